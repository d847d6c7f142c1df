package org.onewindow.escalation;

import org.onewindow.escalation.internal.Classification;
import org.onewindow.escalation.internal.EscalationService;
import org.onewindow.escalation.internal.EscalationService.Intake;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.springframework.stereotype.Service;

/**
 * 办不成事 intake for code that runs without a browser (the demo county's matters), through the service the HTTP
 * endpoints named in the comments call. Never exposed over HTTP.
 */
@Service
public class EscalationSetup {

	private final EscalationService service;

	EscalationSetup(EscalationService service) {
		this.service = service;
	}

	/**
	 * What the citizen reports.
	 *
	 * @param idNumber may be {@code null}
	 * @param itemCode the item that could not be done, or {@code null}; its department becomes the matter's
	 * @param refusal what was refused or delayed, and {@code refusedBy} by whom
	 */
	public record Report(String name, String phone, String idNumber, String summary, String details, String itemCode,
			String refusal, String refusedBy) {

		Intake intake(Classification classification) {
			return new Intake(name, PhoneNumber.of(phone), idNumber == null ? null : IdNumber.of(idNumber), summary,
					details, itemCode, null, refusal, refusedBy, null, classification);
		}
	}

	/**
	 * {@code POST /api/escalation/matters}: taken in at the window by the staff member of the security context, its
	 * first-contact owner (首问负责人).
	 *
	 * @param classification {@code ON_THE_SPOT}, {@code GENERAL}, {@code LEGALLY_IMPOSSIBLE}, {@code DIFFICULT} or
	 * {@code COMPLEX}; {@code null} leaves it to classify later
	 * @return the matter's number
	 */
	public String registerAtWindow(Report report, String classification) {
		var chosen = classification == null ? null : Classification.valueOf(classification);
		return service.registerAtWindow(report.intake(chosen)).number();
	}

	/**
	 * {@code POST /api/escalation/public/sites/{siteId}/matters}: reported online on the phone page, no owner yet.
	 *
	 * @return the matter's number
	 */
	public String registerOnline(long siteId, Report report) {
		return service.registerOnline(siteId, report.intake(null)).number();
	}
}
