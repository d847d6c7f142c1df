package org.onewindow.evaluation.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.onewindow.evaluation.internal.EvaluationStatistics;
import org.onewindow.evaluation.internal.EvaluationStatistics.By;
import org.onewindow.evaluation.internal.EvaluationStatistics.Row;
import org.onewindow.evaluation.internal.Level;
import org.onewindow.evaluation.internal.RatingService;
import org.onewindow.evaluation.internal.RatingService.Verdict;
import org.onewindow.evaluation.internal.RectificationService;
import org.onewindow.evaluation.web.EvaluationViews.RatingView;
import org.onewindow.evaluation.web.EvaluationViews.RectificationView;
import org.onewindow.evaluation.web.EvaluationViews.StaffService;
import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Staff's side of 好差评: pairing counter pads, the rating links of a case or ticket, anonymous cards, the
 * rectification inbox with its steps and appeal, monthly statistics.
 */
@Tag(name = "好差评（工作人员）")
@RestController
@RequestMapping("/api/evaluation")
class EvaluationController {

	private final RatingService ratings;
	private final RectificationService rectifications;
	private final EvaluationStatistics statistics;
	private final SiteManagement sites;
	private final RectificationViews readModel;

	EvaluationController(RatingService ratings, RectificationService rectifications, EvaluationStatistics statistics,
			SiteManagement sites, RectificationViews readModel) {
		this.ratings = ratings;
		this.rectifications = rectifications;
		this.statistics = statistics;
		this.sites = sites;
		this.readModel = readModel;
	}

	record PairRequest(@NotNull Long counterId) {
	}

	record PairedPad(long counterId, String counterName, String secret, String padPath) {
	}

	@Operation(summary = "配对窗口评价器（站点管理员；密钥只显示这一次）")
	@PostMapping("/pads")
	ResponseEntity<PairedPad> pair(@Valid @RequestBody PairRequest request) {
		String secret = ratings.pair(request.counterId());
		var counter = sites.findCounter(request.counterId()).orElseThrow();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new PairedPad(counter.id(), counter.name(), secret,
					"/pad/" + counter.id() + "?pair=" + secret));
	}

	@Operation(summary = "办件或号票的评价链接（二维码内容 /m/rate/<token>）")
	@GetMapping("/services")
	List<StaffService> services(@RequestParam(required = false) Long caseId,
			@RequestParam(required = false) Long ticketId) {
		return ratings.services(caseId, ticketId)
			.stream()
			.map(s -> StaffService.of(s, ratings.ratingOf(s).isPresent()))
			.toList();
	}

	/** An anonymous card: deliberately no name, phone or ID number fields. */
	record CardRequest(Long siteId, Long counterId, Long departmentId, @NotNull Level level,
			List<@Size(max = 20) String> reasons, @Size(max = 500) String comment) {
	}

	@Operation(summary = "卡片评：录入匿名评价卡（不记录任何个人信息）")
	@PostMapping("/cards")
	ResponseEntity<RatingView> card(@Valid @RequestBody CardRequest request) {
		var rating = ratings.card(request.siteId(), request.counterId(), request.departmentId(),
				new Verdict(request.level(), request.reasons(), request.comment()));
		return ResponseEntity.status(HttpStatus.CREATED).body(RatingView.of(rating));
	}

	@Operation(summary = "按月统计：各等级数量、好评率、差评数、差评按时整改率（按好评率排名）")
	@GetMapping("/stats")
	List<Row> stats(@RequestParam String month, @RequestParam(defaultValue = "staff") String by) {
		YearMonth period;
		By grouping;
		try {
			period = YearMonth.parse(month);
		}
		catch (DateTimeParseException bad) {
			throw DomainException.badRequest("evaluation.stats-month", month);
		}
		try {
			grouping = By.valueOf(by.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException bad) {
			throw DomainException.badRequest("evaluation.stats-by", by);
		}
		return statistics.month(period, grouping);
	}

	@Operation(summary = "整改待办（本部门；站点管理员和督查人员看管辖范围内全部）")
	@GetMapping("/rectifications")
	List<RectificationView> inbox(@RequestParam(defaultValue = "false") boolean all) {
		return rectifications.inbox(!all).stream().map(readModel::view).toList();
	}

	@Operation(summary = "整改详情")
	@GetMapping("/rectifications/{id}")
	RectificationView detail(@PathVariable long id) {
		return readModel.view(rectifications.get(id));
	}

	record StepRequest(@NotBlank @Size(max = 1000) String text, @NotNull Integer version) {
	}

	@Operation(summary = "回访")
	@PostMapping("/rectifications/{id}/call-back")
	RectificationView callBack(@PathVariable long id, @Valid @RequestBody StepRequest request) {
		return readModel.view(rectifications.callBack(id, request.version(), request.text().strip()));
	}

	@Operation(summary = "核实")
	@PostMapping("/rectifications/{id}/verification")
	RectificationView verify(@PathVariable long id, @Valid @RequestBody StepRequest request) {
		return readModel.view(rectifications.verify(id, request.version(), request.text().strip()));
	}

	@Operation(summary = "整改反馈（办结整改）")
	@PostMapping("/rectifications/{id}/feedback")
	RectificationView feedback(@PathVariable long id, @Valid @RequestBody StepRequest request) {
		return readModel.view(rectifications.feedback(id, request.version(), request.text().strip()));
	}

	@Operation(summary = "申诉复核：认为是恶意差评")
	@PostMapping("/rectifications/{id}/appeal")
	RectificationView appeal(@PathVariable long id, @Valid @RequestBody StepRequest request) {
		return readModel.view(rectifications.appeal(id, request.version(), request.text().strip()));
	}

	record DecisionRequest(@NotNull Boolean approve, @NotBlank @Size(max = 1000) String text,
			@NotNull Integer version) {
	}

	@Operation(summary = "督查人员审核申诉（通过则该评价作废、不计入统计）")
	@PostMapping("/rectifications/{id}/appeal-decision")
	RectificationView decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		return readModel.view(
				rectifications.decide(id, request.version(), request.approve(), request.text().strip()));
	}

}
