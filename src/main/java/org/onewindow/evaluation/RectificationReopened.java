package org.onewindow.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A closed rectification was reopened because the citizen's 追评 is still a 差评 (不满意 / 非常不满意): another round
 * of 回访, 核实 and 整改反馈 with fresh deadlines.
 *
 * @param round the round now open (2 for the first reopening)
 * @param dueOn the new 整改反馈 deadline
 * @param reason the 追评 as the citizen gave it (level and comment)
 */
public record RectificationReopened(long rectificationId, int round, LocalDate dueOn, String reason,
		Instant reopenedAt) {
}
