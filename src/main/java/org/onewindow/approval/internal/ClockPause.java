package org.onewindow.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.approval.internal.LegalClock.PauseKind;

/**
 * A pause of a case's legal clock as recorded: who asked, who approved (挂起), when it started and ended.
 *
 * @param procedureName for a special procedure: 公示, 专家评审, 检测 …
 * @param items for a supplement: what the applicant must bring
 * @param taskId the task it belongs to: the supplement's asking task, or a step the handbook marks as not counted
 * @param noticeId for a supplement: the front desk's 补正 notice, which {@code CaseSupplemented} names when it ends
 */
public record ClockPause(long id, long caseId, PauseKind kind, String procedureName, String reason,
		List<String> items, Integer expectedDays, PauseState state, LocalDate startedOn, LocalDate endedOn, Long taskId,
		Long noticeId, Long requestedBy, Instant requestedAt, Long approvedBy, Instant approvedAt, Long endedBy,
		Instant endedAt, int version) {

	public ClockPause {
		items = items == null ? List.of() : List.copyOf(items);
	}

	/** The pause as the clock sees it, or {@code null} when it never stopped the clock. */
	public LegalClock.Pause asClockPause() {
		return startedOn == null || state == PauseState.REQUESTED || state == PauseState.CANCELLED ? null
				: new LegalClock.Pause(kind, startedOn, state == PauseState.ACTIVE ? null : endedOn);
	}

	/** 补正 / 特别程序（专家评审） / 挂起 */
	public String title() {
		return kind == PauseKind.SPECIAL_PROCEDURE && procedureName != null
				? kind.label() + "（" + procedureName + "）" : kind.label();
	}
}
