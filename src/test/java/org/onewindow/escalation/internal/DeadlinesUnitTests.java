package org.onewindow.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.site.DayKind;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.site.internal.CalendarRules;

/**
 * Deadlines and lights on the official 2026 国庆 schedule (10-01..10-07 off, Saturday 10-10 a 调休 working day), with
 * the default and with configured spans.
 */
class DeadlinesUnitTests {

	static final WorkingCalendar CALENDAR = calendar();

	static final Deadlines DEFAULTS = new Deadlines(CALENDAR, new EscalationProperties(1, 3, 7, 1));

	static LocalDate d(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void theDefaultSpans() {
		assertThat(DEFAULTS.dueOn(Classification.ON_THE_SPOT, d("2026-10-03"))).isEqualTo(d("2026-10-08"));
		assertThat(DEFAULTS.dueOn(Classification.GENERAL, d("2026-09-30"))).isEqualTo(d("2026-10-08"));
		assertThat(DEFAULTS.dueOn(Classification.LEGALLY_IMPOSSIBLE, d("2026-09-30"))).isEqualTo(d("2026-10-10"));
		assertThat(DEFAULTS.dueOn(Classification.DIFFICULT, d("2026-09-30"))).isEqualTo(d("2026-10-15"));
		assertThat(DEFAULTS.dueOn(Classification.COMPLEX, d("2026-09-05"))).as("10-05 is 国庆").isEqualTo(d("2026-10-08"));
		assertThat(DEFAULTS.dueOn(Classification.COMPLEX, d("2026-08-31"))).as("no 09-31: the month's last day")
			.isEqualTo(d("2026-09-30"));
	}

	@Test
	void theSpansAreConfigurable() {
		var longer = new Deadlines(CALENDAR, new EscalationProperties(2, 5, 10, 2));
		assertThat(longer.dueOn(Classification.GENERAL, d("2026-09-30"))).isEqualTo(d("2026-10-09"));
		assertThat(longer.dueOn(Classification.LEGALLY_IMPOSSIBLE, d("2026-09-30"))).isEqualTo(d("2026-10-13"));
		assertThat(longer.dueOn(Classification.COMPLEX, d("2026-08-10"))).as("the 调休 Saturday").isEqualTo(d("2026-10-10"));
		assertThat(longer.dueOn(Classification.COMPLEX, d("2026-08-11"))).as("a Sunday").isEqualTo(d("2026-10-12"));
		assertThat(longer.span(Classification.DIFFICULT)).isEqualTo(10);
	}

	@Test
	void lightsTurnYellowAtTwoThirdsAndRedWhenOverdue() {
		// 疑难 09-30 → 10-15: 7 working days (10-08, 09, 10, 12, 13, 14, 15)
		var open = MatterState.IN_PROGRESS;
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-10-15"), d("2026-10-05"))).isEqualTo(Light.GREEN);
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-10-15"), d("2026-10-12"))).isEqualTo(Light.GREEN);
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-10-15"), d("2026-10-13"))).isEqualTo(Light.YELLOW);
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-10-15"), d("2026-10-15"))).isEqualTo(Light.YELLOW);
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-10-15"), d("2026-10-16"))).isEqualTo(Light.RED);
		// 一般: yellow on the due day itself; 当场: green all day, red the day after
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-10-08"), d("2026-10-07"))).isEqualTo(Light.GREEN);
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-10-08"), d("2026-10-08"))).isEqualTo(Light.YELLOW);
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-09-30"), d("2026-09-30"))).isEqualTo(Light.GREEN);
		assertThat(DEFAULTS.light(open, d("2026-09-30"), d("2026-09-30"), d("2026-10-01"))).isEqualTo(Light.RED);
		assertThat(DEFAULTS.light(MatterState.CLOSED, d("2026-09-30"), d("2026-09-30"), d("2026-12-01")))
			.isEqualTo(Light.NONE);
	}

	private static WorkingCalendar calendar() {
		var exceptions = new HashMap<LocalDate, DayKind>();
		for (int day = 1; day <= 7; day++) {
			exceptions.put(LocalDate.of(2026, 10, day), DayKind.HOLIDAY);
		}
		exceptions.put(LocalDate.of(2026, 9, 20), DayKind.WORKDAY);
		exceptions.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
		return new CalendarRules(exceptions, Set.of(2026));
	}
}
