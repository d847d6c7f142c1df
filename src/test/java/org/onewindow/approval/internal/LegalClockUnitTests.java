package org.onewindow.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.onewindow.approval.internal.LegalClock.PauseKind.SPECIAL_PROCEDURE;
import static org.onewindow.approval.internal.LegalClock.PauseKind.SUPPLEMENT;
import static org.onewindow.approval.internal.LegalClock.PauseKind.SUSPENSION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.onewindow.approval.internal.LegalClock.Light;
import org.onewindow.approval.internal.LegalClock.Pause;
import org.onewindow.support.OfficialCalendar;

/**
 * The legal clock on real 2026 dates with the official calendar (中秋 25–27 September, 国庆 1–7 October, 调休
 * working Sunday 20 September and Saturday 10 October; 春节 15–23 February with working Saturdays 14 and 28
 * February).
 */
class LegalClockUnitTests {

	private final LegalClock clock = new LegalClock(OfficialCalendar.INSTANCE);

	private static LocalDate day(int month, int day) {
		return LocalDate.of(2026, month, day);
	}

	@Nested
	class WithoutALegalTimeLimit {

		@Test
		void aLegalLimitOfZeroDaysIsNoLimitAndGivesNoReadingOrDueDate() {
			var accepted = day(11, 2);
			var pauses = List.of(new Pause(SUPPLEMENT, day(11, 4), day(11, 9)));
			assertThat(clock.readLegal(accepted, 0, pauses, day(11, 30))).isEmpty();
			assertThat(clock.legalDueDate(accepted, 0, pauses, day(11, 30))).isNull();
			// the promised clock of the same case is read as always
			var promised = clock.read(accepted, 10, pauses, day(11, 10));
			assertThat(promised.dueDate()).isEqualTo(day(11, 19));
			assertThat(promised.light()).isEqualTo(Light.GREEN);
		}

		@Test
		void aLegalLimitIsReadLikeThePromisedOne() {
			var accepted = day(11, 2);
			var reading = clock.readLegal(accepted, 20, List.of(), day(11, 3)).orElseThrow();
			assertThat(reading).isEqualTo(clock.read(accepted, 20, List.of(), day(11, 3)));
			assertThat(clock.legalDueDate(accepted, 20, List.of(), day(11, 3)))
				.isEqualTo(clock.dueDate(accepted, 20, List.of(), day(11, 3)));
		}
	}

	@Nested
	class WithoutPauses {

		@Test
		void theDayOfAcceptanceIsNotCounted() {
			var reading = clock.read(day(11, 2), 10, List.of(), day(11, 2));
			assertThat(reading.daysUsed()).isZero();
			assertThat(reading.daysLeft()).isEqualTo(10);
			assertThat(reading.light()).isEqualTo(Light.GREEN);
			assertThat(clock.read(day(11, 2), 10, List.of(), day(11, 3)).daysUsed()).isEqualTo(1);
		}

		@Test
		void acceptedBeforeMidAutumnAndNationalDayTheFiveDayLimitEndsOnTheNinthOfOctober() {
			// Thursday 24 September; 25–27 September 中秋, 28–30 September count, 1–7 October 国庆, then 8 and 9 October
			var accepted = day(9, 24);
			assertThat(clock.read(accepted, 5, List.of(), accepted).dueDate()).isEqualTo(day(10, 9));
			assertThat(clock.read(accepted, 5, List.of(), day(9, 27)).daysUsed()).isZero();
			var lastHolidayDay = clock.read(accepted, 5, List.of(), day(10, 7));
			assertThat(lastHolidayDay.daysUsed()).isEqualTo(3);
			assertThat(lastHolidayDay.light()).isEqualTo(Light.GREEN);
		}

		@Test
		void theLightTurnsYellowAtTwoThirdsAndRedOnTheMakeUpSaturday() {
			var accepted = day(9, 24);
			var eighth = clock.read(accepted, 5, List.of(), day(10, 8));
			assertThat(eighth.daysUsed()).isEqualTo(4);
			assertThat(eighth.light()).isEqualTo(Light.YELLOW);
			var dueDay = clock.read(accepted, 5, List.of(), day(10, 9));
			assertThat(dueDay.daysLeft()).isZero();
			assertThat(dueDay.light()).isEqualTo(Light.YELLOW);
			assertThat(dueDay.overdue()).isFalse();
			// Saturday 10 October is a 调休 working day: the limit is passed on it
			var saturday = clock.read(accepted, 5, List.of(), day(10, 10));
			assertThat(saturday.daysUsed()).isEqualTo(6);
			assertThat(saturday.daysOver()).isEqualTo(1);
			assertThat(saturday.daysLeft()).isEqualTo(-1);
			assertThat(saturday.light()).isEqualTo(Light.RED);
			// Sunday 11 October is a rest day: still one day over
			assertThat(clock.read(accepted, 5, List.of(), day(10, 11)).daysOver()).isEqualTo(1);
		}

		@Test
		void theMakeUpSundayBeforeMidAutumnCounts() {
			// Friday 18 September: Sunday 20 September is a 调休 working day
			assertThat(clock.read(day(9, 18), 3, List.of(), day(9, 18)).dueDate()).isEqualTo(day(9, 22));
			assertThat(clock.read(day(9, 18), 3, List.of(), day(9, 20)).daysUsed()).isEqualTo(1);
		}

		@Test
		void theSpringFestivalMakeUpSaturdaysCount() {
			// Friday 13 February: Saturday 14 counts, 15–23 rest, Tuesday 24
			assertThat(clock.read(day(2, 13), 2, List.of(), day(2, 13)).dueDate()).isEqualTo(day(2, 24));
			// Tuesday 24 February: 25, 26, 27 and the working Saturday 28
			assertThat(clock.read(day(2, 24), 4, List.of(), day(2, 24)).dueDate()).isEqualTo(day(2, 28));
		}

		@Test
		void theDueDateAgreesWithTheCalendarsOwnArithmetic() {
			var calendar = OfficialCalendar.INSTANCE;
			for (var accepted = day(1, 1); accepted.isBefore(day(12, 1)); accepted = accepted.plusDays(3)) {
				for (int limit : new int[] { 0, 1, 5, 20 }) {
					assertThat(clock.read(accepted, limit, List.of(), accepted).dueDate()).as("%s + %d", accepted, limit)
						.isEqualTo(calendar.addWorkingDays(accepted, limit));
				}
			}
		}
	}

	@Nested
	class ZeroDayLimits {

		@Test
		void aZeroDayLimitIsDueOnTheDayOfAcceptance() {
			var reading = clock.read(day(11, 2), 0, List.of(), day(11, 2));
			assertThat(reading.dueDate()).isEqualTo(day(11, 2));
			assertThat(reading.daysUsed()).isZero();
			assertThat(reading.overdue()).isFalse();
			assertThat(reading.light()).as("due today").isEqualTo(Light.YELLOW);
		}

		@Test
		void aZeroDayLimitIsOverdueOnTheNextWorkingDayNotOverTheWeekend() {
			// accepted Friday 6 November
			assertThat(clock.read(day(11, 6), 0, List.of(), day(11, 8)).light()).isEqualTo(Light.YELLOW);
			var monday = clock.read(day(11, 6), 0, List.of(), day(11, 9));
			assertThat(monday.light()).isEqualTo(Light.RED);
			assertThat(monday.daysOver()).isEqualTo(1);
		}
	}

	@Nested
	class RepeatedSupplements {

		// accepted Monday 2 November 2026 with a promise of 10 working days: due Monday 16 November without pauses
		final LocalDate accepted = day(11, 2);

		final List<Pause> threeSupplements = List.of(
				// asked Wednesday 4, brought Monday 9: 5, 6 and 9 November not counted
				new Pause(SUPPLEMENT, day(11, 4), day(11, 9)),
				// asked Wednesday 11, brought Friday 13: 12 and 13 not counted
				new Pause(SUPPLEMENT, day(11, 11), day(11, 13)),
				// asked Tuesday 17, brought Friday 20: 18, 19 and 20 not counted
				new Pause(SUPPLEMENT, day(11, 17), day(11, 20)));

		@Test
		void withoutPausesTheCaseIsDueOnTheSixteenth() {
			assertThat(clock.read(accepted, 10, List.of(), accepted).dueDate()).isEqualTo(day(11, 16));
			assertThat(clock.read(accepted, 10, List.of(), day(11, 17)).light()).isEqualTo(Light.RED);
		}

		@Test
		void threeSupplementsMoveTheDueDateByTheEightWorkingDaysTheyTook() {
			var reading = clock.read(accepted, 10, threeSupplements, day(11, 25));
			assertThat(reading.pausedDays()).isEqualTo(8);
			assertThat(reading.daysUsed()).isEqualTo(9);
			assertThat(reading.daysLeft()).isEqualTo(1);
			assertThat(reading.dueDate()).isEqualTo(day(11, 26));
			assertThat(reading.light()).isEqualTo(Light.YELLOW);
			assertThat(reading.paused()).isFalse();
		}

		@Test
		void supplementsNeverTurnACaseRedOnTheirOwn() {
			// the OpenCPS defect: each resume re-counted from acceptance and flipped the case to overdue
			for (var today = accepted; !today.isAfter(day(11, 26)); today = today.plusDays(1)) {
				var reading = clock.read(accepted, 10, threeSupplements, today);
				assertThat(reading.light()).as(today.toString()).isNotEqualTo(Light.RED);
				assertThat(reading.daysUsed()).as(today.toString()).isLessThanOrEqualTo(10);
			}
			assertThat(clock.read(accepted, 10, threeSupplements, day(11, 27)).light()).isEqualTo(Light.RED);
		}

		@Test
		void supplementsAskedAndBroughtTheSameDayCostNothing() {
			var sameDay = new ArrayList<Pause>();
			for (int d = 3; d <= 13; d++) {
				sameDay.add(new Pause(SUPPLEMENT, day(11, d), day(11, d)));
			}
			var reading = clock.read(accepted, 10, sameDay, day(11, 16));
			assertThat(reading.dueDate()).isEqualTo(day(11, 16));
			assertThat(reading.pausedDays()).isZero();
			assertThat(reading.daysUsed()).isEqualTo(10);
		}

		@Test
		void aSupplementAskedOnTheDueDayKeepsTheCaseOutOfTheRed() {
			// asked on Monday 16 (the due day, counted), still open a week later
			var open = List.of(new Pause(SUPPLEMENT, day(11, 16), null));
			var reading = clock.read(accepted, 10, open, day(11, 23));
			assertThat(reading.paused()).isTrue();
			assertThat(reading.daysUsed()).isEqualTo(10);
			assertThat(reading.light()).isEqualTo(Light.YELLOW);
			// brought on Monday 23: the last counted day was the 16th, so the 24th is already one day over
			var brought = List.of(new Pause(SUPPLEMENT, day(11, 16), day(11, 23)));
			assertThat(clock.read(accepted, 10, brought, day(11, 23)).light()).isEqualTo(Light.YELLOW);
			assertThat(clock.read(accepted, 10, brought, day(11, 24)).light()).isEqualTo(Light.RED);
		}
	}

	@Nested
	class OverlappingPauses {

		final LocalDate accepted = day(11, 2);

		@Test
		void aSupplementInsideASpecialProcedureStopsTheClockOnce() {
			var procedure = new Pause(SPECIAL_PROCEDURE, day(11, 3), day(11, 13));
			var nested = new Pause(SUPPLEMENT, day(11, 5), day(11, 9));
			var alone = clock.read(accepted, 10, List.of(procedure), day(11, 20));
			var both = clock.read(accepted, 10, List.of(procedure, nested), day(11, 20));
			assertThat(alone.pausedDays()).isEqualTo(8);
			assertThat(both.pausedDays()).isEqualTo(8);
			assertThat(both.dueDate()).isEqualTo(alone.dueDate()).isEqualTo(day(11, 26));
			assertThat(both.daysUsed()).isEqualTo(6);
		}

		@Test
		void overlappingPausesCountTheirUnionOnce() {
			var first = new Pause(SPECIAL_PROCEDURE, day(11, 3), day(11, 6)); // 4, 5, 6
			var second = new Pause(SUSPENSION, day(11, 5), day(11, 10)); // 6, 9, 10
			var reading = clock.read(accepted, 10, List.of(second, first), day(11, 23));
			assertThat(reading.pausedDays()).isEqualTo(5);
			assertThat(reading.dueDate()).isEqualTo(day(11, 23));
			assertThat(reading.daysUsed()).isEqualTo(10);
		}

		@Test
		void aPauseOverTheNationalDayHolidayOnlyTakesItsWorkingDays() {
			// accepted Thursday 24 September, 专家评审 from Tuesday 29 September to Friday 9 October:
			// 30 September, 8 and 9 October are the only working days it takes
			var review = new Pause(SPECIAL_PROCEDURE, day(9, 29), day(10, 9));
			var reading = clock.read(day(9, 24), 5, List.of(review), day(10, 10));
			assertThat(reading.pausedDays()).isEqualTo(3);
			assertThat(reading.daysUsed()).isEqualTo(3); // 28, 29 September and Saturday 10 October
			assertThat(reading.dueDate()).isEqualTo(day(10, 13));
		}
	}

	@Nested
	class OpenPauses {

		final LocalDate accepted = day(11, 2);

		@Test
		void anOpenPauseStopsTheClockFromTheNextDay() {
			var open = List.of(new Pause(SUSPENSION, day(11, 5), null));
			var reading = clock.read(accepted, 10, open, day(11, 10));
			assertThat(reading.paused()).isTrue();
			assertThat(reading.daysUsed()).isEqualTo(3);
			assertThat(reading.pausedDays()).isEqualTo(3);
			assertThat(reading.light()).isEqualTo(Light.GREEN);
			// the earliest due date: as if the pause ended today
			assertThat(reading.dueDate()).isEqualTo(day(11, 19));
		}

		@Test
		void aLongOpenPauseNeverTurnsTheCaseRed() {
			var open = List.of(new Pause(SUPPLEMENT, day(11, 5), null));
			var reading = clock.read(accepted, 10, open, day(12, 31));
			assertThat(reading.daysUsed()).isEqualTo(3);
			assertThat(reading.light()).isEqualTo(Light.GREEN);
			assertThat(reading.dueDate()).isAfter(day(12, 31));
		}

		@Test
		void aCaseAlreadyOverdueStaysRedWhilePaused() {
			var open = List.of(new Pause(SUSPENSION, day(11, 6), null));
			var reading = clock.read(accepted, 2, open, day(11, 20));
			assertThat(reading.daysUsed()).isEqualTo(4);
			assertThat(reading.daysOver()).isEqualTo(2);
			assertThat(reading.light()).isEqualTo(Light.RED);
			assertThat(reading.paused()).isTrue();
		}

		@Test
		void aPauseStartingLaterIsNotRunningYet() {
			var later = List.of(new Pause(SPECIAL_PROCEDURE, day(11, 20), null));
			assertThat(clock.read(accepted, 10, later, day(11, 10)).paused()).isFalse();
		}
	}

	@Nested
	class BadInput {

		@Test
		void aPauseCannotEndBeforeItStarts() {
			assertThatIllegalArgumentException().isThrownBy(() -> new Pause(SUPPLEMENT, day(11, 5), day(11, 4)));
		}

		@Test
		void aLimitCannotBeNegative() {
			assertThatIllegalArgumentException().isThrownBy(() -> clock.read(day(11, 2), -1, List.of(), day(11, 2)));
		}
	}
}
