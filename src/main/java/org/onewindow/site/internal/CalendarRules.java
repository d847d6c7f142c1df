package org.onewindow.site.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.onewindow.site.DayKind;
import org.onewindow.site.WorkingCalendar;

/**
 * The working-day arithmetic on a fixed set of calendar exceptions: plain Java, no database (also the calendar of
 * unit tests).
 */
public final class CalendarRules implements WorkingCalendar {

	/** Ten years of working days: far beyond any legal time limit, and a guard against runaway loops. */
	static final int MAX_DAYS = 2500;

	private final Map<LocalDate, DayKind> exceptions;
	private final Set<Integer> coveredYears;

	public CalendarRules(Map<LocalDate, DayKind> exceptions, Set<Integer> coveredYears) {
		this.exceptions = Map.copyOf(exceptions);
		this.coveredYears = Set.copyOf(coveredYears);
	}

	/** Whether the date is an official holiday (including the 调休 rest days), whatever the day of the week. */
	@Override
	public boolean isHoliday(LocalDate date) {
		return exceptions.get(date) == DayKind.HOLIDAY;
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = exceptions.get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		if (days < 0 || days > MAX_DAYS) {
			throw new IllegalArgumentException("working days must be between 0 and " + MAX_DAYS + ": " + days);
		}
		LocalDate date = start;
		for (int counted = 0; counted < days;) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public LocalDate nextWorkingDayFrom(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	@Override
	public boolean covers(int year) {
		return coveredYears.contains(year);
	}
}
