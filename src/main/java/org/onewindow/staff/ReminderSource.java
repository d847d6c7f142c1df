package org.onewindow.staff;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by a module that owns items with a deadline light (审批待办, 差评整改, 办不成事, 问题台账): it lists its
 * open items whose light is yellow or red today, with their responsible staff. The staff module's reminder job asks
 * every source, records each reminder once and sends it (text message and the staff member's 提醒 list). The source
 * does not need to know what was already sent.
 */
public interface ReminderSource {

	/** The open items whose light is {@link ReminderLight#YELLOW} or {@link ReminderLight#RED} on {@code today}. */
	List<DueReminder> dueReminders(LocalDate today);
}
