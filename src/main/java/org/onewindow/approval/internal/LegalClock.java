package org.onewindow.approval.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.onewindow.site.WorkingCalendar;

/**
 * The legal-time engine (法定时限): how much of a time limit in working days a case has used, when it falls due, and
 * its 电子监察 light. Pure arithmetic on the working calendar, no state and no Spring.
 * <p>
 * The rules:
 * <ul>
 * <li>Counting starts the day after acceptance (受理次日起算): the day of acceptance is never counted.</li>
 * <li>Only working days count (official holidays and weekends do not, 调休 Saturdays and Sundays do).</li>
 * <li>A pause (特别程序, 补正, 挂起) running from {@code from} to {@code to} stops the clock for the days after
 * {@code from} up to and including {@code to}: the day it starts is still counted (the office worked that day), the
 * day it ends is not (counting resumes the next day, as after acceptance). A pause started and ended on the same day
 * therefore costs nothing. Overlapping and nested pauses stop the clock once, not twice.</li>
 * <li>An open pause stops the clock from the day after it started; the due date is then the earliest one possible,
 * as if it ended today.</li>
 * <li>The due date is the day on which the limit's last working day outside pauses falls; pauses only ever move it
 * later.</li>
 * <li>{@link Light#RED} when more working days were used than the limit allows (overdue), {@link Light#YELLOW}
 * from two thirds of the limit on, otherwise {@link Light#GREEN}. A paused case keeps the light it had when the
 * clock stopped: waiting for the applicant never turns a case red.</li>
 * </ul>
 */
public final class LegalClock {

	/** Far beyond any legal time limit; a guard against runaway loops on corrupt data. */
	static final int MAX_SPAN_DAYS = 3 * 3650;

	private final WorkingCalendar calendar;

	public LegalClock(WorkingCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	/** Why the clock stops. */
	public enum PauseKind {

		/** 特别程序: 公示, 专家评审, 检测, 听证 … (not counted by law). */
		SPECIAL_PROCEDURE("特别程序"),
		/** 补正: waiting for the applicant's supplement. */
		SUPPLEMENT("补正"),
		/** 挂起: suspended with a reason, approved by a supervisor or site administrator. */
		SUSPENSION("挂起");

		private final String label;

		PauseKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * A stretch of time the clock does not count.
	 *
	 * @param to the day it ended; {@code null} while it runs
	 */
	public record Pause(PauseKind kind, LocalDate from, LocalDate to) {

		public Pause {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(from, "from");
			if (to != null && to.isBefore(from)) {
				throw new IllegalArgumentException("a pause cannot end before it starts: " + from + " > " + to);
			}
		}

		public boolean open() {
			return to == null;
		}

		/** Whether the clock stands still on {@code day}, an open pause taken as running until {@code openUntil}. */
		boolean stops(LocalDate day, LocalDate openUntil) {
			LocalDate end = to != null ? to : openUntil;
			return day.isAfter(from) && !day.isAfter(end);
		}
	}

	/** The 电子监察 light. */
	public enum Light {

		GREEN("绿灯", "正常"), YELLOW("黄灯", "预警"), RED("红灯", "超期");

		private final String label;
		private final String meaning;

		Light(String label, String meaning) {
			this.label = label;
			this.meaning = meaning;
		}

		public String label() {
			return label;
		}

		public String meaning() {
			return meaning;
		}

		/** The worse of two lights. */
		public Light worst(Light other) {
			return other.ordinal() > ordinal() ? other : this;
		}
	}

	/**
	 * The clock read on one day.
	 *
	 * @param daysUsed working days counted from the day after acceptance up to and including today, outside pauses
	 * @param daysLeft {@code limitDays - daysUsed}; negative when overdue
	 * @param daysOver working days past the limit, 0 unless overdue
	 * @param pausedDays working days up to today that pauses kept off the clock
	 * @param dueDate the day the limit ends, moved later by pauses
	 * @param paused whether a pause runs today
	 */
	public record Reading(int limitDays, int daysUsed, int daysLeft, int daysOver, int pausedDays, LocalDate dueDate,
			Light light, boolean paused) {

		public boolean overdue() {
			return daysOver > 0;
		}
	}

	/**
	 * Reads the clock of a time limit.
	 *
	 * @param acceptedOn the day of acceptance (not counted)
	 * @param limitDays the limit in working days (0 = due on the day of acceptance)
	 * @param pauses the pauses of the case, in any order, overlapping or not
	 * @param today the day to read the clock on
	 */
	public Reading read(LocalDate acceptedOn, int limitDays, List<Pause> pauses, LocalDate today) {
		Objects.requireNonNull(acceptedOn, "acceptedOn");
		Objects.requireNonNull(today, "today");
		if (limitDays < 0) {
			throw new IllegalArgumentException("a time limit cannot be negative: " + limitDays);
		}
		List<Pause> all = List.copyOf(pauses);
		int used = 0;
		int pausedDays = 0;
		int span = 0;
		for (LocalDate day = acceptedOn.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
			guard(++span, acceptedOn);
			if (!calendar.isWorkingDay(day)) {
				continue;
			}
			if (stopped(all, day, today)) {
				pausedDays++;
			}
			else {
				used++;
			}
		}
		boolean paused = all.stream().anyMatch(p -> p.open() && !p.from().isAfter(today));
		int over = Math.max(0, used - limitDays);
		Light light = over > 0 ? Light.RED : 3 * used >= 2 * limitDays ? Light.YELLOW : Light.GREEN;
		return new Reading(limitDays, used, limitDays - used, over, pausedDays, dueDate(acceptedOn, limitDays, all, today),
				light, paused);
	}

	/**
	 * Reads the clock of a legal time limit (法定时限): none when the law sets none ({@code legalDays} 0, 无法定时限),
	 * so such a case is timed by its promised limit only and never gets a light or a due date from a legal date that
	 * does not exist.
	 */
	public Optional<Reading> readLegal(LocalDate acceptedOn, int legalDays, List<Pause> pauses, LocalDate today) {
		return legalDays == 0 ? Optional.empty() : Optional.of(read(acceptedOn, legalDays, pauses, today));
	}

	/** The due date of a legal time limit, like {@link #dueDate}; {@code null} without one ({@code legalDays} 0). */
	public LocalDate legalDueDate(LocalDate acceptedOn, int legalDays, List<Pause> pauses, LocalDate today) {
		return legalDays == 0 ? null : dueDate(acceptedOn, legalDays, pauses, today);
	}

	/**
	 * The day a limit of {@code limitDays} working days falls due when counting starts after {@code start}, skipping
	 * the days the pauses stop the clock (open pauses taken as ending {@code today}). Used for the case and for each
	 * step (from the day the step's task opened).
	 */
	public LocalDate dueDate(LocalDate start, int limitDays, List<Pause> pauses, LocalDate today) {
		if (limitDays < 0) {
			throw new IllegalArgumentException("a time limit cannot be negative: " + limitDays);
		}
		LocalDate day = start;
		int span = 0;
		for (int counted = 0; counted < limitDays;) {
			day = day.plusDays(1);
			guard(++span, start);
			if (calendar.isWorkingDay(day) && !stopped(pauses, day, today)) {
				counted++;
			}
		}
		return day;
	}

	private static boolean stopped(List<Pause> pauses, LocalDate day, LocalDate today) {
		for (Pause pause : pauses) {
			if (pause.stops(day, today)) {
				return true;
			}
		}
		return false;
	}

	private static void guard(int span, LocalDate start) {
		if (span > MAX_SPAN_DAYS) {
			throw new IllegalStateException("the legal clock ran past " + MAX_SPAN_DAYS + " days after " + start);
		}
	}
}
