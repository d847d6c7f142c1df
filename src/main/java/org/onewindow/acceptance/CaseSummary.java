package org.onewindow.acceptance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as other modules see it.
 *
 * @param situationCodes the situation, or a bundle's member situations
 * @param bundleCode the bundle (一件事) when the case is one, otherwise {@code null}
 * @param applicantId the ID number of a person or the credit code of an organisation
 * @param applicantPhone the 11-digit mobile number, {@code null} when none was given
 * @param acceptedAt when it was accepted; {@code null} before
 * @param promisedDate the promised date (承诺办结日期), moved by the legal clock's pauses; {@code null} before acceptance
 * @param deficiencyDeadline the 容缺 supplement deadline while materials are still owed, otherwise {@code null}
 * @param legalRepresentative an organisation's legal representative, {@code null} for a person or when not recorded
 * @param agent the person acting for the applicant (经办人/代理人), {@code null} when none
 */
public record CaseSummary(long id, String caseNumber, long siteId, CaseStatus status, int catalogVersion,
		List<String> situationCodes, String bundleCode, String title, ApplicantKind applicantKind,
		String applicantName, String applicantId, String applicantPhone, Delivery delivery, Instant acceptedAt,
		LocalDate promisedDate, LocalDate deficiencyDeadline, Representative legalRepresentative,
		Representative agent) {

	public CaseSummary {
		situationCodes = List.copyOf(situationCodes);
	}

	/** Whether 容缺 materials are still owed (the last approval step may not decide before they arrive). */
	public boolean deficiencyOpen() {
		return deficiencyDeadline != null;
	}

	/**
	 * A person acting for the applicant (the delivery counter hands results to them after comparing ID numbers).
	 *
	 * @param idNumber the whole ID number, {@code null} when not recorded (compare by value; mask it for display)
	 * @param authorised whether a written authorisation (授权委托书) was handed in; a legal representative acts by law
	 */
	public record Representative(String name, String idNumber, boolean authorised) {
	}

	/**
	 * How the result reaches the applicant.
	 *
	 * @param recipient, phone, address only for {@link DeliveryMethod#MAIL}
	 */
	public record Delivery(DeliveryMethod method, String recipient, String phone, String address) {
	}
}
