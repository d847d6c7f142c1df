package org.onewindow.escalation;

import java.time.Instant;

/**
 * A 办不成事 matter was closed (always with a reply recorded).
 */
public record EscalationClosed(long escalationId, boolean onTime, boolean solved, Instant closedAt) {
}
