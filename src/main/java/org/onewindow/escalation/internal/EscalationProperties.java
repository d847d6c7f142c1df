package org.onewindow.escalation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the 办不成事 classes ({@code onewindow.escalation.*}); on-the-spot matters are always due the same day.
 *
 * @param generalDays 一般事项, working days
 * @param legallyImpossibleDays 法律法规不允许, working days
 * @param difficultDays 疑难事项, working days
 * @param complexMonths 复杂事项, calendar months (the same date that many months later, or the month's last day,
 * moved to the next working day)
 */
@ConfigurationProperties("onewindow.escalation")
public record EscalationProperties(@DefaultValue("1") int generalDays, @DefaultValue("3") int legallyImpossibleDays,
		@DefaultValue("7") int difficultDays, @DefaultValue("1") int complexMonths) {
}
