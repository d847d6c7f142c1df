package org.onewindow.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.support.OfficialCalendar;

/**
 * The deadlines and lights of the issue ledger on the real 2026 schedule (国庆 1–7 October, 调休 Saturday
 * 10 October).
 */
class LightUnitTests {

	private static final WorkingCalendar CALENDAR = OfficialCalendar.INSTANCE;

	private static final ImprovementProperties DEFAULTS = new ImprovementProperties(1, 3, 7);

	private static LocalDate due(LocalDate opened, DeadlineClass deadlineClass) {
		return CALENDAR.addWorkingDays(opened, DEFAULTS.days(deadlineClass));
	}

	@Test
	void theClassesCountWorkingDaysFromTheDayAfter() {
		var wednesday = LocalDate.of(2026, 9, 30);
		assertThat(due(wednesday, DeadlineClass.CONTACT)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(due(wednesday, DeadlineClass.GENERAL)).isEqualTo(LocalDate.of(2026, 10, 10)); // 调休 Saturday
		assertThat(due(wednesday, DeadlineClass.DIFFICULT)).isEqualTo(LocalDate.of(2026, 10, 15));
		// an entry of Friday 11 December: Mon 14, Tue 15, Wed 16
		assertThat(due(LocalDate.of(2026, 12, 11), DeadlineClass.GENERAL)).isEqualTo(LocalDate.of(2026, 12, 16));
	}

	@Test
	void yellowAtTwoThirdsRedAfterTheDueDateNoneWhenClosed() {
		var opened = LocalDate.of(2026, 9, 30);
		var due = LocalDate.of(2026, 10, 10);
		assertThat(Light.of(false, opened, due, LocalDate.of(2026, 10, 5), CALENDAR)).isEqualTo(Light.GREEN);
		assertThat(Light.of(false, opened, due, LocalDate.of(2026, 10, 8), CALENDAR)).isEqualTo(Light.GREEN);
		assertThat(Light.of(false, opened, due, LocalDate.of(2026, 10, 9), CALENDAR)).isEqualTo(Light.YELLOW);
		assertThat(Light.of(false, opened, due, due, CALENDAR)).isEqualTo(Light.YELLOW);
		assertThat(Light.of(false, opened, due, LocalDate.of(2026, 10, 11), CALENDAR)).isEqualTo(Light.RED);
		assertThat(Light.of(true, opened, due, LocalDate.of(2026, 10, 11), CALENDAR)).isEqualTo(Light.NONE);
	}

	@Test
	void aContactEntryIsYellowOnItsOnlyDayAndADifficultOneAfterFiveOfSeven() {
		var opened = LocalDate.of(2026, 9, 30);
		assertThat(Light.of(false, opened, LocalDate.of(2026, 10, 8), opened, CALENDAR)).isEqualTo(Light.GREEN);
		assertThat(Light.of(false, opened, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 8), CALENDAR))
			.isEqualTo(Light.YELLOW);
		var difficultDue = LocalDate.of(2026, 10, 15);
		// 8, 9, 10, 12 = 4 of 7 (< 2/3); 13 = 5 of 7 (≥ 2/3)
		assertThat(Light.of(false, opened, difficultDue, LocalDate.of(2026, 10, 12), CALENDAR)).isEqualTo(Light.GREEN);
		assertThat(Light.of(false, opened, difficultDue, LocalDate.of(2026, 10, 13), CALENDAR)).isEqualTo(Light.YELLOW);
	}
}
