package org.onewindow.acceptance;

import java.time.Instant;

/**
 * The applicant brought what the back office asked for (补正); the legal clock resumes.
 */
public record CaseSupplemented(long caseId, Instant supplementedAt) {
}
