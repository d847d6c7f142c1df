package org.onewindow.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A 差评 (不满意 or 非常不满意) was given; a rectification was opened for the service's owner. The issue ledger
 * (问题台账) records it.
 *
 * @param departmentId the department owning the rated service, {@code null} for a hall service of the site itself
 * @param staffId the staff member who served, when known
 * @param service what was rated, in words ("A012 综合受理 3号窗口", "办件 12-20261121-0003 …")
 * @param reason the reasons picked and the citizen's text, joined
 * @param dueOn the rectification's final deadline (反馈)
 */
public record BadRatingReceived(long evaluationId, long rectificationId, long siteId, Long departmentId, Long staffId,
		String service, String reason, LocalDate dueOn, Instant receivedAt) {
}
