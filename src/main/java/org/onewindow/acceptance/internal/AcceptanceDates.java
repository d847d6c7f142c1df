package org.onewindow.acceptance.internal;

import java.time.LocalDate;

import org.onewindow.site.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The dates a case gets when it is accepted on a day, on the working-day calendar: its promised and legal dates and
 * the bounds of a 容缺 supplement deadline (no legal date when the law sets no time limit). Accepting and the case
 * screen (which offers the deadline) count the same.
 */
@Component
class AcceptanceDates {

	private final WorkingCalendar calendar;
	private final AcceptanceProperties properties;

	AcceptanceDates(WorkingCalendar calendar, AcceptanceProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * @param promised the promised date
	 * @param deficiencyCap the furthest a 容缺 deadline may go by the configured working days
	 * ({@code onewindow.acceptance.deficiency-max-days})
	 */
	record Limits(LocalDate promised, LocalDate deficiencyCap) {

		/** The latest 容缺 supplement deadline: not after the promised date, not after the cap. */
		LocalDate deficiencyLatest() {
			return promised.isBefore(deficiencyCap) ? promised : deficiencyCap;
		}
	}

	Limits acceptedOn(LocalDate day, int promisedDays) {
		return new Limits(calendar.addWorkingDays(day, promisedDays),
				calendar.addWorkingDays(day, properties.deficiencyMaxDays()));
	}

	/**
	 * The legal date (法定办结日期) of a case accepted on {@code day}; {@code null} when the law sets no time limit
	 * ({@code legalDays} 0, 无法定时限): such a case is timed by its promised date only.
	 */
	LocalDate legalDate(LocalDate day, int legalDays) {
		return legalDays == 0 ? null : calendar.addWorkingDays(day, legalDays);
	}

	int deficiencyMaxDays() {
		return properties.deficiencyMaxDays();
	}
}
