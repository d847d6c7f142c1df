package org.onewindow.acceptance;

import java.time.Instant;
import java.util.List;

/**
 * A case was decided, on the spot (即办, {@code instant}) or by the back office. The result now goes to the
 * applicant as the case's {@link CaseSummary.Delivery} says.
 */
public record CaseConcluded(long caseId, String caseNumber, long siteId, CaseOutcome outcome, boolean instant,
		List<Long> licenseIds, Instant concludedAt) {

	public CaseConcluded {
		licenseIds = List.copyOf(licenseIds);
	}
}
