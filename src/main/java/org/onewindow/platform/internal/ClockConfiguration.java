package org.onewindow.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.onewindow.platform.Backdating;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

/**
 * The one {@link Clock} every module injects, in the hall's time zone (tests replace it); it reads the real time
 * except in work that {@link Backdating} sets back (the demo county's cases).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(PlatformProperties properties) {
		return Backdating.clock(Clock.system(ZoneId.of(properties.timeZone())));
	}

	/**
	 * Applied by Spring Boot to the application's task executor, which runs the asynchronous event listeners: a
	 * listener acts at the time of the work that published its event (only ever different inside backdated work).
	 */
	@Bean
	TaskDecorator backdatingTaskDecorator() {
		return Backdating::carriedOver;
	}
}
