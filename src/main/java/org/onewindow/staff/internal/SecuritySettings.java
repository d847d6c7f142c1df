package org.onewindow.staff.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login rules ({@code onewindow.security.*}).
 *
 * @param maxFailedLogins wrong passwords in a row that lock an account
 * @param lockDuration how long the lock lasts
 * @param sessionTimeout idle time after which a login expires
 */
@ConfigurationProperties("onewindow.security")
record SecuritySettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("4h") Duration sessionTimeout) {
}
