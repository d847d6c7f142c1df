package org.onewindow.improvement.web;

import java.util.Map;

import org.onewindow.improvement.internal.Campaigns;
import org.onewindow.improvement.internal.TargetGroup;
import org.onewindow.improvement.internal.Theme;
import org.onewindow.platform.PublicPaths;
import org.onewindow.platform.QrCodes;
import org.onewindow.platform.RateLimitBuckets;
import org.onewindow.platform.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The public 金点子 form (no login): the campaign, the submission and the QR code printed for the hall. A
 * submission is one small insert and reads nothing personal back; submissions are limited per address
 * (docs/security.md) so that a script cannot bury the real suggestions.
 */
@Tag(name = "金点子（公开）")
@RestController
@Validated
@RequestMapping("/api/public/suggest/{code}")
class SuggestionPublicController {

	static final String CODE = "[A-Z0-9]{4,12}";

	private static final CacheControl QR_CACHE = CacheControl.maxAge(java.time.Duration.ofHours(1));

	static final String SUBMISSIONS_PER_ADDRESS = "suggestions-per-address";

	private final Campaigns campaigns;
	private final QrCodes qrCodes;
	private final RateLimiter limiter;

	SuggestionPublicController(Campaigns campaigns, QrCodes qrCodes, RateLimiter limiter) {
		this.campaigns = campaigns;
		this.qrCodes = qrCodes;
		this.limiter = limiter;
	}

	@Operation(summary = "征集活动（公开表单显示）")
	@GetMapping
	Campaigns.CampaignView campaign(@PathVariable @Pattern(regexp = CODE) String code) {
		return campaigns.publicView(code);
	}

	record SubmissionBody(@NotNull TargetGroup targetGroup, @NotNull Theme theme,
			@NotBlank @Size(max = 1000) String content, @Size(max = 20) String name, @Size(max = 20) String phone,
			@Size(max = 6) Map<Theme, Integer> answers) {
	}

	@Operation(summary = "提交金点子（活动期间；姓名、手机号可不填）")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Campaigns.Receipt submit(@PathVariable @Pattern(regexp = CODE) String code,
			@Valid @RequestBody SubmissionBody body, HttpServletRequest request) {
		var counted = limiter.hit(limiter.byAddress(SUBMISSIONS_PER_ADDRESS, request));
		try {
			return campaigns.submit(code, new Campaigns.Submission(body.targetGroup(), body.theme(), body.content(),
					body.name(), body.phone(), body.answers()));
		}
		catch (RuntimeException ex) {
			counted.refund();
			throw ex;
		}
	}

	@Operation(summary = "征集二维码（张贴在大厅，手机扫码打开表单）")
	@GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable @Pattern(regexp = CODE) String code) {
		var campaign = campaigns.publicView(code);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(campaign.formPath()).toUriString();
		return ResponseEntity.ok().cacheControl(QR_CACHE).body(qrCodes.png(url, 480));
	}

	@Configuration(proxyBeanMethods = false)
	static class Paths {

		@Bean
		PublicPaths improvementPublicPaths() {
			return PublicPaths.of("/api/public/suggest/*", "/api/public/suggest/*/qr.png");
		}

		@Bean
		RateLimitBuckets improvementRateLimits() {
			return RateLimitBuckets.of(SUBMISSIONS_PER_ADDRESS);
		}
	}
}
