package org.onewindow.citizen.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules for citizens ({@code onewindow.citizen.*}).
 *
 * @param codeValidity how long a text-message code may be used
 * @param maxAttempts wrong codes that make a code useless (the citizen asks for a new one)
 * @param resendInterval the least time between two codes to the same phone
 * @param dailyCodes the most codes one phone gets per calendar day (in the hall's time zone)
 * @param idleTimeout a session ends after this long without a request
 */
@ConfigurationProperties("onewindow.citizen")
public record CitizenProperties(@DefaultValue("5m") Duration codeValidity, @DefaultValue("5") int maxAttempts,
		@DefaultValue("60s") Duration resendInterval, @DefaultValue("10") int dailyCodes,
		@DefaultValue("2h") Duration idleTimeout) {

	/** The rules as the issue states them, for tests without Spring. */
	public static CitizenProperties defaults() {
		return new CitizenProperties(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 10, Duration.ofHours(2));
	}
}
