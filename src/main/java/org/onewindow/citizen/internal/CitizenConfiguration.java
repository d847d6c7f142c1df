package org.onewindow.citizen.internal;

import java.time.Clock;
import java.time.Duration;

import org.onewindow.platform.PublicPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizens' paths are open to the staff security (a citizen is never a Spring Security principal: each endpoint
 * asks {@link org.onewindow.citizen.CurrentCitizen} itself), and old codes and sessions are cleared away.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CitizenConfiguration {

	@Bean
	PublicPaths citizenPublicPaths() {
		return PublicPaths.of("/api/public/citizen/**");
	}

	/**
	 * Removes expired sessions and codes older than two days (today's count needs today's codes only). Every node
	 * runs it; both statements are idempotent.
	 */
	@Component
	static class Housekeeping {

		private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

		private final SignInCodeRepository codes;
		private final CitizenSessionRepository sessions;
		private final Clock clock;

		Housekeeping(SignInCodeRepository codes, CitizenSessionRepository sessions, Clock clock) {
			this.codes = codes;
			this.sessions = sessions;
			this.clock = clock;
		}

		@Scheduled(initialDelay = 60_000, fixedDelay = 600_000)
		@Transactional
		public void run() {
			var now = clock.instant();
			int expired = sessions.deleteExpired(now);
			int old = codes.deleteBefore(now.minus(Duration.ofDays(2)));
			if (expired + old > 0) {
				log.info("Citizen housekeeping: {} expired sessions, {} old sign-in codes removed", expired, old);
			}
		}
	}
}
