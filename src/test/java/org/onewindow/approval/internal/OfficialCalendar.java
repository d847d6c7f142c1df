package org.onewindow.approval.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;

import org.onewindow.site.DayKind;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.site.internal.CalendarRules;
import org.onewindow.site.internal.OfficialHolidays;

/**
 * The working calendar the application loads ({@code site/official-holidays.csv}, with the 2026 holidays and 调休
 * days), without a database: for the legal clock's unit tests.
 */
final class OfficialCalendar implements WorkingCalendar {

	static final OfficialCalendar INSTANCE = new OfficialCalendar();

	private final CalendarRules rules;

	private OfficialCalendar() {
		var exceptions = new HashMap<LocalDate, DayKind>();
		var years = new HashSet<Integer>();
		for (var day : OfficialHolidays.load()) {
			exceptions.put(day.date(), day.kind());
			years.add(day.date().getYear());
		}
		rules = new CalendarRules(exceptions, years);
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return rules.isWorkingDay(date);
	}

	@Override
	public boolean isHoliday(LocalDate date) {
		return rules.isHoliday(date);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		return rules.addWorkingDays(start, days);
	}

	@Override
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return rules.workingDaysBetween(from, to);
	}

	@Override
	public LocalDate nextWorkingDayFrom(LocalDate date) {
		return rules.nextWorkingDayFrom(date);
	}

	@Override
	public boolean covers(int year) {
		return rules.covers(year);
	}
}
