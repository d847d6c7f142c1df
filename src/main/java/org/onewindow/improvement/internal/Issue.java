package org.onewindow.improvement.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the issue ledger (问题台账).
 *
 * @param sourceId the id of the record in its source (rectification, matter, suggestion); {@code null} for manual
 * @param deadlineClass the class its due date was computed from; {@code null} when the source's due date was kept
 */
public record Issue(long id, long siteId, IssueSource source, Long sourceId, Long departmentId, String title,
		String detail, DeadlineClass deadlineClass, LocalDate openedOn, LocalDate dueOn, IssueStatus status,
		String evidence, Long evidenceFileId, IssueOutcome outcome, LocalDate closedOn, Boolean closedOnTime,
		Long createdBy, Instant createdAt, int version) {
}
