package org.onewindow.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A matter that could not get done (办不成事) was registered; the issue ledger (问题台账) records it.
 *
 * @param departmentId the department concerned, {@code null} when none was named
 * @param summary what the citizen could not get done, in a line
 * @param dueOn the deadline of its class
 */
public record EscalationRegistered(long escalationId, String number, long siteId, Long departmentId, String summary,
		LocalDate dueOn, Instant registeredAt) {
}
