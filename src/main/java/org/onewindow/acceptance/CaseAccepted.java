package org.onewindow.acceptance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case was accepted (受理) and goes to the back office. Not published for 即办 cases, which conclude at once.
 *
 * @param situationCodes the situation, or a bundle's member situations
 * @param acceptedOn the local date of acceptance; the legal clock starts counting the next working day
 * @param promisedDate {@code promisedDays} working days after {@code acceptedOn}
 * @param legalDays the legal time limit (法定时限) in working days; 0 when the law sets none (无法定时限)
 * @param legalDate {@code legalDays} working days after {@code acceptedOn}; {@code null} without a legal time limit
 */
public record CaseAccepted(long caseId, String caseNumber, long siteId, int catalogVersion,
		List<String> situationCodes, String bundleCode, Instant acceptedAt, LocalDate acceptedOn, int promisedDays,
		LocalDate promisedDate, int legalDays, LocalDate legalDate) {

	public CaseAccepted {
		situationCodes = List.copyOf(situationCodes);
	}
}
