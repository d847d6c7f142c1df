package org.onewindow.approval.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.approval.internal.LegalClock.Pause;
import org.onewindow.approval.internal.LegalClock.Reading;
import org.onewindow.site.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's clock: reads it (the promised limit gives the light), and when a pause ends moves the due dates
 * of the case and of its open tasks and tells the acceptance module the new promised date.
 */
@Component
public class ClockKeeper {

	static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final LegalClock legalClock;
	private final CaseClockRepository clocks;
	private final PauseRepository pauses;
	private final TaskRepository tasks;
	private final CaseLifecycle lifecycle;
	private final Clock clock;

	ClockKeeper(WorkingCalendar calendar, CaseClockRepository clocks, PauseRepository pauses, TaskRepository tasks,
			CaseLifecycle lifecycle, Clock clock) {
		this.legalClock = new LegalClock(calendar);
		this.clocks = clocks;
		this.pauses = pauses;
		this.tasks = tasks;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public LegalClock legalClock() {
		return legalClock;
	}

	/** The pauses that stopped (or stop) the clock. */
	public static List<Pause> clockPauses(List<ClockPause> recorded) {
		return recorded.stream().map(ClockPause::asClockPause).filter(Objects::nonNull).toList();
	}

	/**
	 * The case's promised clock (承诺时限, the one the lights are about), read today while the case is in approval and
	 * on the day it ended otherwise.
	 */
	public Reading read(CaseClock c, List<ClockPause> recorded) {
		LocalDate asOf = c.concludedAt() == null ? today() : LocalDate.ofInstant(c.concludedAt(), clock.getZone());
		return legalClock.read(c.acceptedOn(), c.promisedDays(), clockPauses(recorded), asOf);
	}

	/**
	 * The legal clock (法定时限), when the item has a legal limit; empty without one (无法定时限): the case is timed by
	 * its promised date only.
	 */
	public Optional<Reading> readLegal(CaseClock c, List<ClockPause> recorded) {
		LocalDate asOf = c.concludedAt() == null ? today() : LocalDate.ofInstant(c.concludedAt(), clock.getZone());
		return legalClock.readLegal(c.acceptedOn(), c.legalDays(), clockPauses(recorded), asOf);
	}

	/** The due date of a step opening today. */
	public LocalDate stepDueDate(long caseId, int stepDays) {
		LocalDate today = today();
		return legalClock.dueDate(today, stepDays, clockPauses(pauses.ofCase(caseId)), today);
	}

	/**
	 * After a pause changed: the case's due dates and its open tasks' due dates follow; a moved promised date goes
	 * to the acceptance module (the applicant sees it) with a line in the timeline saying why.
	 *
	 * @param why what happened, e.g. "补正材料已收到"
	 */
	public void refresh(CaseClock c, String why) {
		LocalDate today = today();
		var stops = clockPauses(pauses.ofCase(c.caseId()));
		LocalDate promised = legalClock.dueDate(c.acceptedOn(), c.promisedDays(), stops, today);
		LocalDate legal = legalClock.legalDueDate(c.acceptedOn(), c.legalDays(), stops, today);
		if (!promised.equals(c.duePromisedOn()) || !Objects.equals(legal, c.dueLegalOn())) {
			clocks.moveDueDates(c.caseId(), promised, legal);
		}
		for (Task task : tasks.inHandOfCase(c.caseId())) {
			LocalDate due = legalClock.dueDate(task.openedOn(), task.stepDays(), stops, today);
			if (!due.equals(task.dueOn())) {
				tasks.moveDueDate(task.id(), due);
			}
		}
		boolean stillPaused = stops.stream().anyMatch(Pause::open);
		String state = stillPaused ? "，另有暂停事项未结束，办理时限仍暂停计算" : "，办理时限恢复计算";
		if (!promised.equals(c.duePromisedOn())) {
			lifecycle.movePromisedDate(c.caseId(), promised);
			Progress.record(lifecycle, c.caseId(),
					why + state + "，承诺办结日期顺延至" + CHINESE_DATE.format(promised));
		}
		else {
			Progress.record(lifecycle, c.caseId(), why + state);
		}
	}
}
