package org.onewindow.delivery;

import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.delivery.internal.Delivery;
import org.onewindow.delivery.internal.DeliveryService;
import org.onewindow.shared.IdNumber;
import org.springframework.stereotype.Service;

/**
 * The delivery counter's steps for code that runs without a browser (the demo county's cases): the case's delivery
 * found in the counter's list ({@code GET /api/deliveries?q=<case number>}) and handed over with the services its
 * endpoints call, as the clerk the security context holds (see {@code StaffSetup.actingAs}), on the delivery's
 * latest version. Never exposed over HTTP.
 */
@Service
public class DeliverySetup {

	private final DeliveryService deliveries;
	private final CaseLifecycle cases;

	DeliverySetup(DeliveryService deliveries, CaseLifecycle cases) {
		this.deliveries = deliveries;
		this.cases = cases;
	}

	/**
	 * {@code POST /api/deliveries/{id}/pickup}: the collector shows the ID card and types the signature; the case is
	 * delivered.
	 */
	public void pickUp(long caseId, String idNumber, String signatureName) {
		Delivery d = deliveryOf(caseId);
		deliveries.pickUp(d.id(), d.version(), IdNumber.of(idNumber), signatureName);
	}

	/** {@code POST /api/deliveries/{id}/mail}: 邮帮办, the result left with the carrier (已寄出). */
	public void mail(long caseId, String carrier, String trackingNumber) {
		Delivery d = deliveryOf(caseId);
		deliveries.mail(d.id(), d.version(), carrier, trackingNumber);
	}

	private Delivery deliveryOf(long caseId) {
		String caseNumber = cases.get(caseId).caseNumber();
		return deliveries.search(null, caseNumber, 0, 10)
			.content()
			.stream()
			.filter(d -> d.caseId() == caseId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("case " + caseNumber + " has no delivery at the counter"));
	}
}
