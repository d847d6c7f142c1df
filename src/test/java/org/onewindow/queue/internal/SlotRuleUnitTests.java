package org.onewindow.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.site.DayKind;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.site.internal.CalendarRules;

class SlotRuleUnitTests {

	// 2026: National Day holiday 1–7 October (Saturday 3rd and Sunday 4th included), make-up working Saturday 10 October
	static final CalendarRules RULES = new CalendarRules(Map.of(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY,
			LocalDate.of(2026, 10, 3), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY),
			java.util.Set.of(2026));

	static final WorkingCalendar CALENDAR = new WorkingCalendar() {

		@Override
		public boolean isWorkingDay(LocalDate date) {
			return RULES.isWorkingDay(date);
		}

		@Override
		public boolean isHoliday(LocalDate date) {
			return RULES.isHoliday(date);
		}

		@Override
		public LocalDate addWorkingDays(LocalDate start, int days) {
			return RULES.addWorkingDays(start, days);
		}

		@Override
		public int workingDaysBetween(LocalDate from, LocalDate to) {
			return RULES.workingDaysBetween(from, to);
		}

		@Override
		public LocalDate nextWorkingDayFrom(LocalDate date) {
			return RULES.nextWorkingDayFrom(date);
		}

		@Override
		public boolean covers(int year) {
			return true;
		}
	};

	@Test
	void aRuleIsCutIntoWholeSlots() {
		var rule = new SlotRule(1L, 1, "A", SlotRule.DayKind.WORKDAY, LocalTime.of(14, 30), LocalTime.of(17, 0), 30, 4,
				null);
		var slots = rule.slotsOn(LocalDate.of(2026, 11, 23));
		assertThat(slots).hasSize(5);
		assertThat(slots.get(0).start()).isEqualTo(LocalTime.of(14, 30));
		assertThat(slots.get(4).end()).isEqualTo(LocalTime.of(17, 0));
		var uneven = new SlotRule(1L, 1, "A", SlotRule.DayKind.WORKDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 40, 4,
				null);
		assertThat(uneven.slotsOn(LocalDate.of(2026, 11, 23))).hasSize(1);
	}

	@Test
	void dayKindsFollowTheOfficialCalendar() {
		assertThat(kind(LocalDate.of(2026, 11, 23))).isEqualTo(SlotRule.DayKind.WORKDAY); // a Monday
		assertThat(kind(LocalDate.of(2026, 11, 21))).isEqualTo(SlotRule.DayKind.SATURDAY);
		assertThat(kind(LocalDate.of(2026, 11, 22))).isEqualTo(SlotRule.DayKind.SUNDAY);
		assertThat(kind(LocalDate.of(2026, 10, 1))).as("National Day: no appointments").isNull();
		assertThat(kind(LocalDate.of(2026, 10, 3))).as("a holiday Saturday is no 周六延时").isNull();
		assertThat(kind(LocalDate.of(2026, 10, 10))).as("make-up working Saturday").isEqualTo(SlotRule.DayKind.WORKDAY);
	}

	private static SlotRule.DayKind kind(LocalDate date) {
		return SlotRule.DayKind.of(date, CALENDAR, CALENDAR.isHoliday(date));
	}
}
