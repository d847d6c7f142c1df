package org.onewindow.delivery.internal;

import org.onewindow.acceptance.CaseConcluded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A concluded case's result goes to the unified delivery counter of its site (or into the mail). Idempotent: the
 * event publication registry may hand the same event over again after a crash.
 */
@Component
class CaseConcludedListener {

	private final DeliveryService deliveries;

	CaseConcludedListener(DeliveryService deliveries) {
		this.deliveries = deliveries;
	}

	@ApplicationModuleListener
	void on(CaseConcluded concluded) {
		deliveries.open(concluded);
	}
}
