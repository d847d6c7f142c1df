package org.onewindow.site;

import java.time.LocalDate;

/**
 * Working days (工作日) per the official holiday schedule with its make-up working weekends (调休). Time limits in
 * the handbook are counted in working days; as the administrative licensing law counts them, the day of the
 * starting event is not counted and counting starts the day after (受理次日起算).
 */
public interface WorkingCalendar {

	boolean isWorkingDay(LocalDate date);

	/** Whether the date is an official holiday or a 调休 rest day (not an ordinary weekend). */
	boolean isHoliday(LocalDate date);

	/**
	 * The date on which a time limit of {@code days} working days ends when it starts on {@code start}: the
	 * {@code days}-th working day after {@code start}. Zero days gives {@code start} itself.
	 *
	 * @throws IllegalArgumentException when {@code days} is negative
	 */
	LocalDate addWorkingDays(LocalDate start, int days);

	/**
	 * The number of working days after {@code from} up to and including {@code to}; negative when {@code to} is
	 * before {@code from}. For any working-day count {@code n}: {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
	 */
	int workingDaysBetween(LocalDate from, LocalDate to);

	/** The first working day on or after {@code date}. */
	LocalDate nextWorkingDayFrom(LocalDate date);

	/** Whether the official schedule of {@code year} is loaded (otherwise only weekends are known). */
	boolean covers(int year);
}
