package org.onewindow.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.onewindow.approval.internal.LegalClock.Pause;
import org.onewindow.approval.internal.LegalClock.PauseKind;
import org.onewindow.support.OfficialCalendar;

/**
 * What must hold for any case of 2026, checked on thousands of generated cases (a fixed seed: a failure names the
 * case and is reproducible): pauses only ever help the office (the due date never earlier, the days used never more,
 * the light never worse) and the clock's numbers agree with each other.
 */
class LegalClockPropertiesUnitTests {

	private static final int CASES = 3000;

	private final LegalClock clock = new LegalClock(OfficialCalendar.INSTANCE);

	/** One generated case: accepted some day of 2026, a limit, up to five pauses (some open), read some days later. */
	record Sample(LocalDate accepted, int limit, List<Pause> pauses, LocalDate today) {

		static Sample random(Random random, boolean allowOpen) {
			LocalDate accepted = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
			var pauses = new ArrayList<Pause>();
			int count = random.nextInt(6);
			for (int i = 0; i < count; i++) {
				LocalDate from = accepted.plusDays(random.nextInt(61));
				int length = random.nextInt(36) - 5; // negative: still running
				LocalDate to = length < 0 ? (allowOpen ? null : from) : from.plusDays(length);
				pauses.add(new Pause(PauseKind.values()[random.nextInt(3)], from, to));
			}
			return new Sample(accepted, random.nextInt(31), List.copyOf(pauses), accepted.plusDays(random.nextInt(121)));
		}
	}

	@Test
	void pausesNeverMakeTheDueDateEarlierNorTheLightWorse() {
		var random = new Random(20261001L);
		for (int i = 0; i < CASES; i++) {
			var s = Sample.random(random, true);
			var without = clock.read(s.accepted(), s.limit(), List.of(), s.today());
			var with = clock.read(s.accepted(), s.limit(), s.pauses(), s.today());
			assertThat(with.dueDate()).as(s.toString()).isAfterOrEqualTo(without.dueDate());
			assertThat(with.daysUsed()).as(s.toString()).isLessThanOrEqualTo(without.daysUsed());
			assertThat(with.light().ordinal()).as(s.toString()).isLessThanOrEqualTo(without.light().ordinal());
		}
	}

	@Test
	void everyWorkingDayIsEitherUsedOrPaused() {
		var random = new Random(20260920L);
		for (int i = 0; i < CASES; i++) {
			var s = Sample.random(random, true);
			var reading = clock.read(s.accepted(), s.limit(), s.pauses(), s.today());
			assertThat(reading.daysUsed() + reading.pausedDays()).as(s.toString())
				.isEqualTo(OfficialCalendar.INSTANCE.workingDaysBetween(s.accepted(), s.today()));
			assertThat(reading.daysLeft()).as(s.toString()).isEqualTo(s.limit() - reading.daysUsed());
			assertThat(reading.overdue()).as(s.toString()).isEqualTo(reading.daysUsed() > s.limit());
			if (reading.overdue()) {
				assertThat(s.today()).as(s.toString()).isAfter(reading.dueDate());
			}
		}
	}

	@Test
	void onTheDueDateExactlyTheLimitIsUsed() {
		var random = new Random(20260214L);
		for (int i = 0; i < CASES; i++) {
			var s = Sample.random(random, false);
			LocalDate due = clock.read(s.accepted(), s.limit(), s.pauses(), s.accepted()).dueDate();
			var onDueDate = clock.read(s.accepted(), s.limit(), s.pauses(), due);
			assertThat(onDueDate.daysUsed()).as(s.toString()).isEqualTo(s.limit());
			assertThat(onDueDate.overdue()).as(s.toString()).isFalse();
			assertThat(onDueDate.dueDate()).as(s.toString()).isEqualTo(due);
		}
	}
}
