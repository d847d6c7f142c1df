package org.onewindow.escalation.internal;

import java.time.LocalDate;

import org.onewindow.site.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The due date and the light of a matter. Working days are counted from the day after registration (受理次日起算);
 * on-the-spot matters are due on the day they come in (or the next working day when they come in online on a day
 * off); complex matters the same date a month later (the month's last day when it is shorter), moved to the next
 * working day.
 */
@Component
public class Deadlines {

	private final WorkingCalendar calendar;
	private final EscalationProperties properties;

	Deadlines(WorkingCalendar calendar, EscalationProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	public LocalDate dueOn(Classification classification, LocalDate registeredOn) {
		return switch (classification) {
			case ON_THE_SPOT -> calendar.nextWorkingDayFrom(registeredOn);
			case GENERAL -> calendar.addWorkingDays(registeredOn, properties.generalDays());
			case LEGALLY_IMPOSSIBLE -> calendar.addWorkingDays(registeredOn, properties.legallyImpossibleDays());
			case DIFFICULT -> calendar.addWorkingDays(registeredOn, properties.difficultDays());
			case COMPLEX -> calendar.nextWorkingDayFrom(registeredOn.plusMonths(properties.complexMonths()));
		};
	}

	/** The days of a class as shown to staff: working days, or months for complex matters. */
	public int span(Classification classification) {
		return switch (classification) {
			case ON_THE_SPOT -> 0;
			case GENERAL -> properties.generalDays();
			case LEGALLY_IMPOSSIBLE -> properties.legallyImpossibleDays();
			case DIFFICULT -> properties.difficultDays();
			case COMPLEX -> properties.complexMonths();
		};
	}

	/**
	 * Red after the due date, yellow once two thirds of the working days between registration and the due date have
	 * passed, green before; closed matters have no light.
	 */
	public Light light(MatterState state, LocalDate registeredOn, LocalDate dueOn, LocalDate today) {
		if (state == MatterState.CLOSED) {
			return Light.NONE;
		}
		if (today.isAfter(dueOn)) {
			return Light.RED;
		}
		int total = calendar.workingDaysBetween(registeredOn, dueOn);
		int elapsed = calendar.workingDaysBetween(registeredOn, today);
		return total > 0 && elapsed * 3 >= total * 2 ? Light.YELLOW : Light.GREEN;
	}
}
