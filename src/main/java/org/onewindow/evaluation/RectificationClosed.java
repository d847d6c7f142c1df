package org.onewindow.evaluation;

import java.time.Instant;

/**
 * A rectification was closed (fed back to the citizen, or its 差评 annulled on appeal).
 *
 * @param round the round that closed (1, or 2 … after 追评 reopened it): a reader that sees the events of one
 * rectification out of order (the registry hands over again after a crash) keeps the latest round's state
 * @param onTime whether every step met its deadline
 * @param annulled whether the rating was found malicious on appeal (申诉复核) and does not count
 */
public record RectificationClosed(long rectificationId, int round, boolean onTime, boolean annulled, String outcome,
		Instant closedAt) {
}
