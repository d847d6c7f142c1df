package org.onewindow.improvement.internal;

import java.time.LocalDate;

import org.onewindow.site.WorkingCalendar;

/**
 * The overdue light of an open entry, computed when read: 红 after the due date, 黄 once two thirds of the working
 * days are used, 绿 before; a closed entry has none.
 */
public enum Light {

	GREEN("正常"), YELLOW("临期"), RED("超期"), NONE("已销号");

	private final String label;

	Light(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Light of(boolean closed, LocalDate openedOn, LocalDate dueOn, LocalDate today,
			WorkingCalendar calendar) {
		if (closed) {
			return NONE;
		}
		if (today.isAfter(dueOn)) {
			return RED;
		}
		int total = Math.max(calendar.workingDaysBetween(openedOn, dueOn), 0);
		int used = Math.max(calendar.workingDaysBetween(openedOn, today), 0);
		// used / total >= 2/3, in integers; a limit of 0 working days is yellow from the start
		return 3 * used >= 2 * total ? YELLOW : GREEN;
	}
}
