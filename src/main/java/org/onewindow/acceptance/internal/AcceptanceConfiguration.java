package org.onewindow.acceptance.internal;

import org.onewindow.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The progress query citizens use without an account, and the scheduled 容缺 deadline job.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AcceptanceConfiguration {

	@Bean
	PublicPaths acceptancePublicPaths() {
		return PublicPaths.of("/api/public/progress", "/api/public/progress/*", "/api/public/progress/*/qr.png");
	}
}
