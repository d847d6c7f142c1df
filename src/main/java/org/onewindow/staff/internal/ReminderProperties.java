package org.onewindow.staff.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 催办提醒 ({@code onewindow.reminders.*}).
 *
 * @param enabled whether the scheduled job looks for yellow and red items at all
 * @param interval how long the job waits between two runs (on each node)
 * @param sms whether reminders are also sent as text messages to staff with a phone number
 */
@ConfigurationProperties("onewindow.reminders")
public record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10m") Duration interval,
		@DefaultValue("true") boolean sms) {
}
