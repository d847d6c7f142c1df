package org.onewindow.queue.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.site.WorkingCalendar;

/**
 * Appointment hours of a category at a site on one kind of day, cut into slots of equal length. 错时延时 hours
 * (lunch time, Saturday morning) are rules like any other, with a label citizens see.
 */
public record SlotRule(Long id, long siteId, String category, DayKind dayKind, LocalTime start, LocalTime end,
		int slotMinutes, int capacity, String label) {

	public enum DayKind {

		/** A working day of the official calendar (make-up Saturdays and Sundays included). */
		WORKDAY,
		/** A Saturday that is not a working day (not a public holiday). */
		SATURDAY,
		/** A Sunday that is not a working day (not a public holiday). */
		SUNDAY;

		/** The kind of a date, or null on a public holiday (no appointments). */
		public static DayKind of(LocalDate date, WorkingCalendar calendar, boolean holiday) {
			if (calendar.isWorkingDay(date)) {
				return WORKDAY;
			}
			if (holiday) {
				return null;
			}
			if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
				return SATURDAY;
			}
			return date.getDayOfWeek() == DayOfWeek.SUNDAY ? SUNDAY : null;
		}
	}

	public record Slot(LocalDate day, LocalTime start, LocalTime end, int capacity, String label) {
	}

	/** The slots of this rule on a day (a last slot that would run past the end is dropped). */
	public List<Slot> slotsOn(LocalDate day) {
		var slots = new ArrayList<Slot>();
		for (LocalTime t = start; !t.plusMinutes(slotMinutes).isAfter(end) && t.plusMinutes(slotMinutes).isAfter(t);
				t = t.plusMinutes(slotMinutes)) {
			slots.add(new Slot(day, t, t.plusMinutes(slotMinutes), capacity, label));
		}
		return slots;
	}
}
