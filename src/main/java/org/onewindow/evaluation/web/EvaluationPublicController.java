package org.onewindow.evaluation.web;

import java.util.Arrays;
import java.util.List;

import org.onewindow.evaluation.internal.BadRatingReasons;
import org.onewindow.evaluation.internal.EvaluationRecords.RatedService;
import org.onewindow.evaluation.internal.EvaluationRecords.Rating;
import org.onewindow.evaluation.internal.Level;
import org.onewindow.evaluation.internal.RatingService;
import org.onewindow.evaluation.internal.RatingService.Verdict;
import org.onewindow.evaluation.web.EvaluationViews.LevelOption;
import org.onewindow.evaluation.web.EvaluationViews.Options;
import org.onewindow.evaluation.web.EvaluationViews.PublicService;
import org.onewindow.evaluation.web.EvaluationViews.RatingView;
import org.onewindow.platform.QrCodes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The citizen's side of 好差评: the counter pad (即时评, paired by its secret) and the phone page (扫码评, online after
 * delivery) with the service's token. A request with a staff session is refused: the clerk cannot rate for the
 * citizen.
 */
@Tag(name = "好差评（群众）")
@RestController
@RequestMapping("/api/public/evaluation")
class EvaluationPublicController {

	static final String PAD_SECRET = "X-Pad-Secret";

	private final RatingService ratings;
	private final QrCodes qrCodes;

	EvaluationPublicController(RatingService ratings, QrCodes qrCodes) {
		this.ratings = ratings;
		this.qrCodes = qrCodes;
	}

	@Operation(summary = "评价等级和差评原因（全国统一的现场服务差评原因）")
	@GetMapping("/options")
	Options options() {
		return new Options(
				Arrays.stream(Level.values()).map(l -> new LevelOption(l, l.label(), l.bad())).toList(),
				BadRatingReasons.ON_SITE);
	}

	@Operation(summary = "评价器：本窗口刚办结、尚未评价的服务（没有时 204）")
	@GetMapping("/pads/{counterId}/pending")
	ResponseEntity<PublicService> pending(@PathVariable long counterId,
			@RequestHeader(name = PAD_SECRET, required = false) String secret) {
		return ratings.pending(counterId, secret)
			.map(service -> ResponseEntity.ok(PublicService.of(service, null)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	record PadRatingRequest(@NotNull Long serviceId, @NotNull Level level, List<@Size(max = 20) String> reasons,
			@Size(max = 500) String comment) {
	}

	@Operation(summary = "评价器：即时评")
	@PostMapping("/pads/{counterId}/ratings")
	ResponseEntity<RatingView> rateOnPad(@PathVariable long counterId,
			@RequestHeader(name = PAD_SECRET, required = false) String secret,
			@Valid @RequestBody PadRatingRequest request) {
		var rating = ratings.rateOnPad(counterId, secret, request.serviceId(),
				new Verdict(request.level(), request.reasons(), request.comment()));
		return ResponseEntity.status(HttpStatus.CREATED).body(RatingView.of(rating));
	}

	@Operation(summary = "扫码评 / 网上评：待评价的服务")
	@GetMapping("/ratings/{token}")
	PublicService service(@PathVariable String token) {
		var service = ratings.serviceByToken(token);
		return PublicService.of(service, ratings.ratingOf(service).orElse(null));
	}

	/** Where the QR of a ticket or a notice leads once the service can be rated. */
	record RateLink(String ratingToken, boolean rated, boolean followedUp) {

		static RateLink of(RatedService service, Rating rating) {
			return new RateLink(service.token(), rating != null, rating != null && rating.followedUpAt() != null);
		}
	}

	@Operation(summary = "扫码评：号票二维码（跟踪令牌）对应的评价链接（号票办结后才有，否则 404）")
	@GetMapping("/tickets/{followToken}")
	RateLink ticket(@PathVariable String followToken) {
		var service = ratings.serviceByFollowToken(followToken);
		return RateLink.of(service, ratings.ratingOf(service).orElse(null));
	}

	@Operation(summary = "扫码评：受理通知书 / 回执二维码（办件进度令牌）对应的评价链接（送达后才有，否则 404）")
	@GetMapping("/cases/{progressToken}")
	RateLink caseOf(@PathVariable String progressToken) {
		var service = ratings.serviceByProgressToken(progressToken);
		return RateLink.of(service, ratings.ratingOf(service).orElse(null));
	}

	@Operation(summary = "扫码评二维码（内容为 /m/rate/<token>，印在号票或回执上）")
	@GetMapping(value = "/ratings/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable String token) {
		var service = ratings.serviceByToken(token);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/m/rate/" + service.token())
			.toUriString();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(qrCodes.png(url, 240));
	}

	record RatingRequest(@NotNull Level level, List<@Size(max = 20) String> reasons,
			@Size(max = 500) String comment) {
	}

	@Operation(summary = "扫码评 / 网上评（一次一评，再次评价 409）")
	@PostMapping("/ratings/{token}")
	ResponseEntity<RatingView> rate(@PathVariable String token, @Valid @RequestBody RatingRequest request) {
		var rating = ratings.rateByToken(token, new Verdict(request.level(), request.reasons(), request.comment()));
		return ResponseEntity.status(HttpStatus.CREATED).body(RatingView.of(rating));
	}

	record FollowUpRequest(@NotNull Level level, @Size(max = 500) String comment) {
	}

	@Operation(summary = "追评（一次）")
	@PostMapping("/ratings/{token}/follow-up")
	RatingView followUp(@PathVariable String token, @Valid @RequestBody FollowUpRequest request) {
		return RatingView.of(ratings.followUp(token, request.level(), request.comment()));
	}
}
