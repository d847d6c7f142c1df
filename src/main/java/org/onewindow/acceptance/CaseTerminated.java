package org.onewindow.acceptance;

import java.time.Instant;

/**
 * A case ended without a decision (a 容缺 supplement deadline missed, or withdrawn); open back-office tasks close.
 */
public record CaseTerminated(long caseId, String reason, Instant terminatedAt) {
}
