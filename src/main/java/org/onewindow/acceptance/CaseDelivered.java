package org.onewindow.acceptance;

import java.time.Instant;

/**
 * The result reached the applicant (picked up or mail signed for); the case is closed and may be rated online.
 */
public record CaseDelivered(long caseId, String caseNumber, long siteId, Instant deliveredAt) {
}
