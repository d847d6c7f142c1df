package org.onewindow.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.onewindow.site.internal.CalendarRules;
import org.onewindow.site.internal.OfficialHolidays;

/**
 * Working-day arithmetic on the real 2025 and 2026 schedules of the State Council.
 */
class WorkingCalendarUnitTests {

	static CalendarRules official() {
		var exceptions = new HashMap<LocalDate, DayKind>();
		var years = new HashSet<Integer>();
		for (var day : OfficialHolidays.load()) {
			exceptions.put(day.date(), day.kind());
			years.add(day.date().getYear());
		}
		return new CalendarRules(exceptions, years);
	}

	private final CalendarRules calendar = official();

	@Test
	void weekdaysWorkAndWeekendsRestOutsideTheHolidays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 10))).isTrue(); // Tuesday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse(); // Saturday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 15))).isFalse(); // Sunday
	}

	@Test
	void springFestival2026IsNineDaysOffWithTwoMakeUpSaturdays() {
		for (var day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
			assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday before: 调休上班").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Saturday after: 调休上班").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
	}

	@Test
	void springFestival2025() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sunday 调休上班").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).as("除夕").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 5))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).as("Saturday 调休上班").isTrue();
	}

	@Test
	void nationalDayWeek2026() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sunday 调休上班").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).as("中秋节").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday 调休上班").isTrue();
	}

	@Test
	void aDeadlineCountsFromTheNextDayAndSkipsTheNationalDayWeek() {
		// accepted on Wednesday 30 September 2026: day 1 is Thursday 8 October
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
		// 8 Oct (Thu), 9 Oct (Fri), 10 Oct (Sat, make-up), 12 Oct (Mon), 13 Oct (Tue)
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
	}

	@Test
	void twentyWorkingDaysAcrossTheSpringFestival2026() {
		// accepted Monday 2 February 2026; the legal limit of 20 working days of a licence
		LocalDate deadline = calendar.addWorkingDays(LocalDate.of(2026, 2, 2), 20);
		// Feb 3–13 (9 days), Feb 14 (Sat make-up, 10), Feb 24–27 (14), Feb 28 (Sat make-up, 15), Mar 2–6 (20)
		assertThat(deadline).isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 2), deadline)).isEqualTo(20);
	}

	@Test
	void labourDay2025MakeUpSundayCounts() {
		// Friday 25 April 2025 + 1 working day = Sunday 27 April (调休上班)
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 27));
		// then 28, 29, 30 April, and 6 May after the holiday
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 5)).isEqualTo(LocalDate.of(2025, 5, 6));
	}

	@Test
	void zeroDaysIsTheStartAndNegativeIsRefused() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1));
	}

	@Test
	void workingDaysBetweenIsSignedAndExcludesTheStart() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5))).isZero();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9))).isEqualTo(4);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 5))).isEqualTo(-4);
		// New Year 2026: 1–3 January off, Sunday 4 January works
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 5))).isEqualTo(2);
	}

	@Test
	void nextWorkingDayAfterAHoliday() {
		assertThat(calendar.nextWorkingDayFrom(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.nextWorkingDayFrom(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void knowsWhichYearsItCovers() {
		assertThat(calendar.covers(2025)).isTrue();
		assertThat(calendar.covers(2026)).isTrue();
		assertThat(calendar.covers(2027)).isFalse();
	}

	@Test
	void officialScheduleHasTheRightNumberOfDays() {
		var days = OfficialHolidays.load();
		assertThat(days.stream().filter(d -> d.date().getYear() == 2026 && d.kind() == DayKind.HOLIDAY)).hasSize(33);
		assertThat(days.stream().filter(d -> d.date().getYear() == 2026 && d.kind() == DayKind.WORKDAY)).hasSize(6);
		assertThat(days.stream().filter(d -> d.date().getYear() == 2025 && d.kind() == DayKind.WORKDAY)).hasSize(5);
		assertThat(days).allSatisfy(day -> {
			if (day.kind() == DayKind.WORKDAY) {
				assertThat(day.date().getDayOfWeek().getValue()).as(day.date().toString()).isGreaterThanOrEqualTo(6);
			}
		});
	}
}
