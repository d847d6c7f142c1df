package org.onewindow.approval.web;

import java.util.List;

import org.onewindow.approval.internal.ApprovalViews;
import org.onewindow.approval.internal.ApprovalViews.PauseView;
import org.onewindow.approval.internal.PauseService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Stopping a case's legal clock: 特别程序 by the department holding the case, 挂起 asked for by that department and
 * approved by a supervisor or site administrator before the clock stops.
 */
@Tag(name = "办理时限暂停")
@RestController
@RequestMapping("/api/approval/cases/{caseId}")
class ApprovalCaseController {

	/** The special procedures the law does not count (行政许可法第四十五条) and the hall uses. */
	static final String PROCEDURES = "公示|专家评审|检测|检验|检疫|鉴定|听证|招标|拍卖|现场勘验|其他";

	private final PauseService pauses;
	private final ApprovalViews views;

	ApprovalCaseController(PauseService pauses, ApprovalViews views) {
		this.pauses = pauses;
		this.views = views;
	}

	@Operation(summary = "办件的计时暂停记录（特别程序、补正、挂起）")
	@GetMapping("/pauses")
	@PreAuthorize("hasAnyRole('APPROVER', 'SUPERVISOR', 'SITE_ADMIN')")
	List<PauseView> pausesOf(@PathVariable long caseId) {
		return views.pausesOf(caseId);
	}

	record SpecialProcedureRequest(
			@NotBlank @Pattern(regexp = PROCEDURES, message = "须为 公示、专家评审、检测、检验、检疫、鉴定、听证、招标、拍卖、现场勘验 或 其他") String procedure,
			@NotBlank @Size(max = 500) String reason, @NotNull @Min(1) @Max(365) Integer expectedDays) {
	}

	@Operation(summary = "启动特别程序（公示、专家评审、检测等），期间不计入办理时限")
	@PostMapping("/special-procedures")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('APPROVER')")
	PauseView startSpecialProcedure(@PathVariable long caseId, @Valid @RequestBody SpecialProcedureRequest request) {
		return ApprovalViews.pauseView(pauses.startSpecialProcedure(caseId, request.procedure(),
				request.reason().strip(), request.expectedDays()));
	}

	@Operation(summary = "结束特别程序，办理时限恢复计算、承诺日期顺延")
	@PostMapping("/special-procedures/{pauseId}/end")
	@PreAuthorize("hasRole('APPROVER')")
	PauseView endSpecialProcedure(@PathVariable long caseId, @PathVariable long pauseId) {
		return ApprovalViews.pauseView(pauses.endSpecialProcedure(caseId, pauseId));
	}

	record SuspensionRequest(@NotBlank @Size(max = 500) String reason) {
	}

	@Operation(summary = "申请挂起（须监督员或站点管理员批准后才暂停计时）")
	@PostMapping("/suspensions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('APPROVER')")
	PauseView requestSuspension(@PathVariable long caseId, @Valid @RequestBody SuspensionRequest request) {
		return ApprovalViews.pauseView(pauses.requestSuspension(caseId, request.reason().strip()));
	}

	@Operation(summary = "批准挂起，自批准之日起暂停计时")
	@PostMapping("/suspensions/{pauseId}/approve")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'SITE_ADMIN')")
	PauseView approveSuspension(@PathVariable long caseId, @PathVariable long pauseId) {
		return ApprovalViews.pauseView(pauses.approveSuspension(caseId, pauseId));
	}

	@Operation(summary = "不批准挂起")
	@PostMapping("/suspensions/{pauseId}/decline")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'SITE_ADMIN')")
	PauseView declineSuspension(@PathVariable long caseId, @PathVariable long pauseId) {
		return ApprovalViews.pauseView(pauses.declineSuspension(caseId, pauseId));
	}

	@Operation(summary = "恢复办理（结束挂起），办理时限恢复计算、承诺日期顺延")
	@PostMapping("/suspensions/{pauseId}/resume")
	@PreAuthorize("hasAnyRole('APPROVER', 'SUPERVISOR', 'SITE_ADMIN')")
	PauseView resumeSuspension(@PathVariable long caseId, @PathVariable long pauseId) {
		return ApprovalViews.pauseView(pauses.resumeSuspension(caseId, pauseId));
	}
}
