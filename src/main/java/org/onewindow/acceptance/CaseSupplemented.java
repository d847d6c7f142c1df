package org.onewindow.acceptance;

import java.time.Instant;

/**
 * The applicant brought what the back office asked for (补正); the legal clock resumes.
 *
 * @param noticeId the 补正 notice the supplement answers ({@link CaseLifecycle#requestSupplement} returned it); null
 *        in events published before the notice was named
 */
public record CaseSupplemented(long caseId, Instant supplementedAt, Long noticeId) {
}
