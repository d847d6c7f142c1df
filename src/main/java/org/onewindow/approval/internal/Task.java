package org.onewindow.approval.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.onewindow.platform.DomainException;

/**
 * One step of one member situation in a department's inbox (审批任务). The transitions are guarded here; the
 * repository writes them only if nobody changed the task in between ({@link #version()}).
 *
 * @param lastStep whether approving it decides the member
 * @param dueOn the step's own due date: its share of the time limit counted from the day it opened, outside pauses
 */
public record Task(long id, long caseId, long memberId, long siteId, long departmentId, String departmentCode,
		String departmentName, int stepIndex, String stepName, int stepDays, boolean countsInLimit, boolean lastStep,
		TaskState state, Long assigneeId, String assigneeName, Instant claimedAt, Instant openedAt, LocalDate openedOn,
		LocalDate dueOn, Decision decision, String opinion, Long decidedBy, Instant decidedAt, int version) {

	/** Claimed by an approver of its department. */
	public Task claim(long staffId, String staffName, Instant now) {
		if (state == TaskState.CLAIMED) {
			throw DomainException.conflict("approval.task-claimed", assigneeName);
		}
		requireNotClosed();
		return new Task(id, caseId, memberId, siteId, departmentId, departmentCode, departmentName, stepIndex, stepName,
				stepDays, countsInLimit, lastStep, TaskState.CLAIMED, staffId, staffName, now, openedAt, openedOn, dueOn,
				null, null, null, null, version);
	}

	/** Only the approver who claimed the task may act on it. */
	public void requireHeldBy(long staffId) {
		requireNotClosed();
		if (state == TaskState.OPEN) {
			throw DomainException.conflict("approval.task-not-claimed");
		}
		if (assigneeId == null || assigneeId != staffId) {
			throw DomainException.forbidden("approval.task-not-yours", assigneeName);
		}
	}

	/** Approved, rejected ({@link TaskState#DONE}) or returned ({@link TaskState#RETURNED}) by its holder. */
	public Task decide(Decision decision, String opinion, long staffId, Instant now) {
		requireHeldBy(staffId);
		var next = decision == Decision.RETURN ? TaskState.RETURNED : TaskState.DONE;
		return new Task(id, caseId, memberId, siteId, departmentId, departmentCode, departmentName, stepIndex, stepName,
				stepDays, countsInLimit, lastStep, next, assigneeId, assigneeName, claimedAt, openedAt, openedOn, dueOn,
				decision, opinion, staffId, now, version);
	}

	/** The case ended without a decision. */
	public Task cancel(Instant now) {
		return new Task(id, caseId, memberId, siteId, departmentId, departmentCode, departmentName, stepIndex, stepName,
				stepDays, countsInLimit, lastStep, TaskState.CANCELLED, assigneeId, assigneeName, claimedAt, openedAt,
				openedOn, dueOn, null, null, null, now, version);
	}

	private void requireNotClosed() {
		if (!state.inHand()) {
			throw DomainException.conflict("approval.task-closed", state.label());
		}
	}
}
