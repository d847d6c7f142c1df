package org.onewindow.platform.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How client addresses are found for the rate limits, and the removal of ended windows.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitConfiguration {

	@Bean
	ClientAddresses clientAddresses(RateLimitProperties properties) {
		return new ClientAddresses(properties.trustedProxies(), properties.exemptAddresses());
	}

	/**
	 * Deletes the windows that ended more than {@link #GRACE} ago. Every node runs it: the statement is idempotent,
	 * and the grace keeps a node whose clock is a little behind from recreating a window another node has just
	 * deleted (it would count from zero again).
	 */
	@Component
	static class Housekeeping {

		static final Duration GRACE = Duration.ofMinutes(5);

		private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

		private final RateLimitRepository counters;
		private final Clock clock;

		Housekeeping(RateLimitRepository counters, Clock clock) {
			this.counters = counters;
			this.clock = clock;
		}

		@Scheduled(initialDelay = 90_000, fixedDelay = 300_000)
		public void run() {
			int removed = counters.deleteEndedBefore(clock.instant().minus(GRACE));
			if (removed > 0) {
				log.debug("Rate-limit housekeeping: {} ended windows removed", removed);
			}
		}
	}
}
