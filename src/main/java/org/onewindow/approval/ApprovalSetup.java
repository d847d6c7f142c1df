package org.onewindow.approval;

import org.onewindow.approval.internal.ApprovalService;
import org.onewindow.approval.internal.ApprovalViews;
import org.onewindow.approval.internal.ApprovalViews.TaskRow;
import org.onewindow.approval.internal.TaskState;
import org.springframework.stereotype.Service;

/**
 * The approver's steps for code that runs without a browser (the demo county's cases): the case's task taken from
 * the approver's inbox ({@code GET /api/approval/tasks}) and decided with the services its endpoints call, as the
 * approver the security context holds (see {@code StaffSetup.actingAs}), on the task's latest version. Never exposed
 * over HTTP.
 */
@Service
public class ApprovalSetup {

	private final ApprovalService approvals;
	private final ApprovalViews views;

	ApprovalSetup(ApprovalService approvals, ApprovalViews views) {
		this.approvals = approvals;
		this.views = views;
	}

	/**
	 * {@code POST /api/approval/tasks/{id}/claim}: the approver signs for the case's task in their inbox.
	 *
	 * @return the step's name
	 */
	public String claim(long caseId) {
		TaskRow task = inboxTask(caseId);
		approvals.claim(task.id(), task.version());
		return task.stepName();
	}

	/**
	 * {@code POST /api/approval/tasks/{id}/approve}: the approver approves the case's task in their inbox (signing
	 * for it first when nobody has); on the last step the result is issued and the case concludes.
	 *
	 * @return the name of the step approved
	 */
	public String approve(long caseId, String opinion) {
		TaskRow task = inboxTask(caseId);
		int version = task.version();
		if (task.state() == TaskState.OPEN) {
			version = approvals.claim(task.id(), version).version();
		}
		approvals.approve(task.id(), version, opinion);
		return task.stepName();
	}

	private TaskRow inboxTask(long caseId) {
		return views.inbox(null, null, false)
			.stream()
			.filter(row -> row.caseId() == caseId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("case " + caseId + " has no task in the approver's inbox"));
	}
}
