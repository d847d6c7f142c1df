package org.onewindow.approval.internal;

import org.onewindow.acceptance.CaseAccepted;
import org.onewindow.acceptance.CaseSupplemented;
import org.onewindow.acceptance.CaseTerminated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the back office hears from the front desk. Each listener runs after the acceptance transaction committed, in
 * a transaction of its own, and is safe to run twice (the publication registry may deliver an event again after a
 * crash).
 */
@Component
class CaseEventsListener {

	private final ApprovalService approvals;

	CaseEventsListener(ApprovalService approvals) {
		this.approvals = approvals;
	}

	@ApplicationModuleListener
	void on(CaseAccepted event) {
		approvals.accepted(event);
	}

	@ApplicationModuleListener
	void on(CaseSupplemented event) {
		approvals.supplemented(event);
	}

	@ApplicationModuleListener
	void on(CaseTerminated event) {
		approvals.terminated(event);
	}
}
