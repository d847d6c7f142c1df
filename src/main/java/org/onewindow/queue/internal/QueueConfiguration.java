package org.onewindow.queue.internal;

import org.onewindow.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The queue's public paths (kiosk, board, phone pages; issuing and check-in answer only a paired kiosk's key or a
 * guide's login: {@link KioskService}) and its scheduled housekeeping.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class QueueConfiguration {

	@Bean
	PublicPaths queuePublicPaths() {
		return PublicPaths.of("/api/queue/sites", "/api/queue/sites/*/categories", "/api/queue/sites/*/tickets",
				"/api/queue/tickets/*", "/api/queue/tickets/*/qr.png", "/api/queue/sites/*/board",
				"/api/queue/sites/*/events", "/api/queue/sites/*/slots", "/api/queue/appointments",
				"/api/queue/appointments/*", "/api/queue/appointments/*/cancellation", "/api/queue/appointments/*/qr.png", "/api/queue/sites/*/check-ins",
				"/api/queue/kiosk-pairings", "/api/queue/kiosks/me");
	}
}
