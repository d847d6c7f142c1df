package org.onewindow.evaluation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 好差评 rules ({@code onewindow.evaluation.*}).
 *
 * @param callBackDays working days after the rating for the 回访 (call back)
 * @param feedbackDays working days after the rating for the 整改反馈 (rectification and feedback)
 * @param padMinutes how long after a ticket is finished the counter pad still offers it for rating
 */
@ConfigurationProperties("onewindow.evaluation")
public record EvaluationProperties(@DefaultValue("1") int callBackDays, @DefaultValue("15") int feedbackDays,
		@DefaultValue("10") int padMinutes) {
}
