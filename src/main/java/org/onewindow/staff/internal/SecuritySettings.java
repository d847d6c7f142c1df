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
 * @param sessionCacheTtl how long a node serves a session from memory before reading it again from PostgreSQL; a
 *        removed session is refused on every node as soon as the notice arrives, at the latest after this time
 *        (decision 0008)
 * @param sessionTouchInterval how often at most a session's last-access time is written to PostgreSQL
 */
@ConfigurationProperties("onewindow.security")
record SecuritySettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("4h") Duration sessionTimeout, @DefaultValue("30s") Duration sessionCacheTtl,
		@DefaultValue("60s") Duration sessionTouchInterval) {
}
