package org.onewindow.evaluation;

import java.time.Instant;

/**
 * A rectification was closed (fed back to the citizen, or its 差评 annulled on appeal).
 *
 * @param onTime whether every step met its deadline
 * @param annulled whether the rating was found malicious on appeal (申诉复核) and does not count
 */
public record RectificationClosed(long rectificationId, boolean onTime, boolean annulled, String outcome,
		Instant closedAt) {
}
