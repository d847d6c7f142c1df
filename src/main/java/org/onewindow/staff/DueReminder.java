package org.onewindow.staff;

import java.util.Objects;

import org.onewindow.shared.Texts;

/**
 * An item whose light is yellow or red today, as a module that owns it tells the reminder job (催办提醒). The staff
 * module sends one reminder per {@code (source, itemKey, light)}, ever.
 *
 * @param source the kind of item, e.g. {@code approval-task}, {@code escalation-matter}
 * @param itemKey the item within its source; a new key (e.g. {@code 17#2}) when the item starts a new round
 * @param light the light it has today
 * @param title the line shown in the staff member's 提醒 list (Chinese, at most 200 characters)
 * @param smsText the whole text message (Chinese, starting with 【一窗通】, at most 500 characters)
 * @param link the front-end path of the item, e.g. {@code /escalation/matters/17}
 * @param recipients who is responsible for it
 */
public record DueReminder(String source, String itemKey, ReminderLight light, String title, String smsText,
		String link, ReminderRecipients recipients) {

	public DueReminder {
		Objects.requireNonNull(source);
		Objects.requireNonNull(itemKey);
		Objects.requireNonNull(light);
		Objects.requireNonNull(recipients);
		title = Texts.abbreviate(title, 200);
		smsText = Texts.abbreviate(smsText, 500);
	}
}
