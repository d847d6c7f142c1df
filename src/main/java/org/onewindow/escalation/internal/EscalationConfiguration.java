package org.onewindow.escalation.internal;

import org.onewindow.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public phone page on which a citizen reports a matter online (anonymous, identified by a validated phone).
 */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

	@Bean
	PublicPaths escalationPublicPaths() {
		return PublicPaths.of("/api/escalation/public/sites/*/matters", "/api/escalation/public/sites/*/matters/*");
	}
}
