package org.onewindow.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether this installation is the demo ({@code onewindow.demo.enabled}; when not set, on for the embedded database
 * and off for an external one, {@code spring.datasource.url}). The demo module loads the demo county when it is on;
 * the SMS outbox lets a system administrator of the demo read the citizens' sign-in codes, because the demo has no
 * SMS provider.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	public DemoMode(Environment environment) {
		Boolean configured = environment.getProperty("onewindow.demo.enabled", Boolean.class);
		this.enabled = configured != null ? configured
				: !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	public boolean enabled() {
		return enabled;
	}
}
