package org.onewindow.approval.web;

import java.util.List;

import org.onewindow.approval.internal.ApprovalService;
import org.onewindow.approval.internal.ApprovalViews;
import org.onewindow.approval.internal.ApprovalViews.PauseView;
import org.onewindow.approval.internal.ApprovalViews.TaskDetail;
import org.onewindow.approval.internal.ApprovalViews.TaskRow;
import org.onewindow.approval.internal.LegalClock.Light;
import org.onewindow.approval.internal.TaskState;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The approver's inbox (审批待办): their department's tasks at the sites of their scope. Every change carries the
 * task's {@code version} as the approver saw it: a task someone else changed in between answers 409.
 */
@Tag(name = "后台审批")
@RestController
@RequestMapping("/api/approval/tasks")
@PreAuthorize("hasRole('APPROVER')")
class ApprovalTaskController {

	private final ApprovalService approvals;
	private final ApprovalViews views;

	ApprovalTaskController(ApprovalService approvals, ApprovalViews views) {
		this.approvals = approvals;
		this.views = views;
	}

	@Operation(summary = "审批待办（state 不填为待签收和办理中；light 按红黄绿灯筛选；mine=true 只看本人签收的）")
	@GetMapping
	List<TaskRow> inbox(@RequestParam(required = false) TaskState state, @RequestParam(required = false) Light light,
			@RequestParam(defaultValue = "false") boolean mine) {
		return views.inbox(state, light, mine);
	}

	@Operation(summary = "审批任务详情（含办件概要、办理环节、历史意见与计时暂停）")
	@GetMapping("/{id}")
	TaskDetail task(@PathVariable long id) {
		return views.task(id);
	}

	record VersionRequest(@NotNull @PositiveOrZero Integer version) {
	}

	@Operation(summary = "签收")
	@PostMapping("/{id}/claim")
	TaskDetail claim(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
		approvals.claim(id, request.version());
		return views.task(id);
	}

	record ApproveRequest(@NotNull @PositiveOrZero Integer version, @Size(max = 500) String opinion) {
	}

	@Operation(summary = "审批通过（最后一个环节通过即准予办理并出证）")
	@PostMapping("/{id}/approve")
	TaskDetail approve(@PathVariable long id, @Valid @RequestBody ApproveRequest request) {
		approvals.approve(id, request.version(), request.opinion());
		return views.task(id);
	}

	record OpinionRequest(@NotNull @PositiveOrZero Integer version, @NotBlank @Size(max = 500) String opinion) {
	}

	@Operation(summary = "退回上一环节（须填写意见；第一个环节不能退回）")
	@PostMapping("/{id}/return")
	TaskDetail returnToPrevious(@PathVariable long id, @Valid @RequestBody OpinionRequest request) {
		approvals.returnToPrevious(id, request.version(), request.opinion().strip());
		return views.task(id);
	}

	@Operation(summary = "不予批准（须填写理由）")
	@PostMapping("/{id}/reject")
	TaskDetail reject(@PathVariable long id, @Valid @RequestBody OpinionRequest request) {
		approvals.reject(id, request.version(), request.opinion().strip());
		return views.task(id);
	}

	record SupplementRequest(@NotNull @PositiveOrZero Integer version,
			@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> items,
			@NotBlank @Size(max = 500) String reason) {
	}

	@Operation(summary = "要求补正（开具补正告知，办理时限暂停至材料补齐）")
	@PostMapping("/{id}/request-supplement")
	@ResponseStatus(HttpStatus.CREATED)
	PauseView requestSupplement(@PathVariable long id, @Valid @RequestBody SupplementRequest request) {
		var items = request.items().stream().map(String::strip).toList();
		return ApprovalViews.pauseView(approvals.requestSupplement(id, request.version(), items, request.reason().strip()));
	}
}
