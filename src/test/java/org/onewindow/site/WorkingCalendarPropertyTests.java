package org.onewindow.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.onewindow.site.internal.CalendarRules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The working-day operations agree with each other on any date of 2024–2027 and any time limit.
 */
class WorkingCalendarPropertyTests {

	private final CalendarRules calendar = WorkingCalendarUnitTests.official();

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 4 * 365).map(offset -> LocalDate.of(2024, 1, 1).plusDays(offset));
	}

	@Property
	void countingBackGivesTheLimit(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 120) int days) {
		assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days))).isEqualTo(days);
	}

	@Property
	void aDeadlineIsAWorkingDayAfterTheStart(@ForAll("dates") LocalDate start,
			@ForAll @IntRange(min = 1, max = 120) int days) {
		LocalDate deadline = calendar.addWorkingDays(start, days);
		assertThat(deadline).isAfter(start);
		assertThat(calendar.isWorkingDay(deadline)).isTrue();
	}

	@Property
	void oneMoreDayNeverEndsEarlier(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 120) int days) {
		assertThat(calendar.addWorkingDays(start, days + 1)).isAfter(calendar.addWorkingDays(start, days));
	}

	@Property
	void betweenIsAntisymmetric(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
		assertThat(calendar.workingDaysBetween(a, b)).isEqualTo(-calendar.workingDaysBetween(b, a));
	}
}
