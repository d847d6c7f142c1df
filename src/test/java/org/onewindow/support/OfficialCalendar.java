package org.onewindow.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;

import org.onewindow.site.DayKind;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.site.internal.CalendarRules;
import org.onewindow.site.internal.OfficialHolidays;

/**
 * The working calendar the application loads ({@code site/official-holidays.csv}, with the 2026 holidays and 调休
 * days), without a database: for unit tests of deadlines.
 */
public final class OfficialCalendar {

	public static final WorkingCalendar INSTANCE = load();

	private static WorkingCalendar load() {
		var exceptions = new HashMap<LocalDate, DayKind>();
		var years = new HashSet<Integer>();
		for (var day : OfficialHolidays.load()) {
			exceptions.put(day.date(), day.kind());
			years.add(day.date().getYear());
		}
		return new CalendarRules(exceptions, years);
	}

	private OfficialCalendar() {
	}
}
