package org.onewindow.improvement.internal;

import org.onewindow.evaluation.BadRatingReceived;
import org.onewindow.evaluation.RectificationClosed;
import org.onewindow.evaluation.RectificationReopened;
import org.onewindow.escalation.EscalationClosed;
import org.onewindow.escalation.EscalationRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the issue ledger from 好差评 and 办不成事. Idempotent: the event publication registry may hand an event over
 * again after a crash; the ledger keeps one entry per source record and closes an entry once.
 */
@Component
class ImprovementListeners {

	private final IssueLedger ledger;

	ImprovementListeners(IssueLedger ledger) {
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(BadRatingReceived event) {
		ledger.record(event);
	}

	@ApplicationModuleListener
	void on(RectificationClosed event) {
		ledger.close(event);
	}

	@ApplicationModuleListener
	void on(RectificationReopened event) {
		ledger.reopen(event);
	}

	@ApplicationModuleListener
	void on(EscalationRegistered event) {
		ledger.record(event);
	}

	@ApplicationModuleListener
	void on(EscalationClosed event) {
		ledger.close(event);
	}
}
