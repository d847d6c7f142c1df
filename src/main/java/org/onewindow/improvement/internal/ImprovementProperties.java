package org.onewindow.improvement.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the issue ledger ({@code onewindow.improvement.*}) in working days, counted from the day after the
 * entry (受理次日起算) with the {@link org.onewindow.site.WorkingCalendar}.
 *
 * @param contactDays 联系类 (contact the person concerned)
 * @param generalDays 一般问题
 * @param difficultDays 疑难问题
 */
@ConfigurationProperties("onewindow.improvement")
public record ImprovementProperties(@DefaultValue("1") int contactDays, @DefaultValue("3") int generalDays,
		@DefaultValue("7") int difficultDays) {

	public int days(DeadlineClass deadlineClass) {
		return switch (deadlineClass) {
			case CONTACT -> contactDays;
			case GENERAL -> generalDays;
			case DIFFICULT -> difficultDays;
		};
	}
}
