package org.onewindow.staff.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and locks it for a while after too many. Each step is one atomic statement, so
 * attempts made in parallel on several nodes are all counted.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecuritySettings settings;

	LoginAttempts(JdbcClient jdbc, Clock clock, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Counts a wrong password; returns the time until which the account is now locked, if this locked it. */
	Optional<Instant> failed(String username) {
		Instant now = clock.instant();
		return jdbc.sql("""
				update sf_account a set
				    failed_logins = x.attempts,
				    locked_until = case when x.attempts >= :maxAttempts then cast(:lockUntil as timestamptz) end
				from (select id,
				             case when locked_until is not null and locked_until <= :now then 1 else failed_logins + 1 end as attempts
				      from sf_account where username = :username for update) x
				where a.id = x.id
				returning a.locked_until
				""")
			.param("maxAttempts", settings.maxFailedLogins())
			.param("lockUntil", Timestamp.from(now.plus(settings.lockDuration())))
			.param("now", Timestamp.from(now))
			.param("username", username)
			.query((rs, row) -> rs.getTimestamp("locked_until"))
			.list()
			.stream()
			.filter(lockedUntil -> lockedUntil != null)
			.map(Timestamp::toInstant)
			.findFirst();
	}

	void succeeded(String username) {
		jdbc.sql("""
				update sf_account set failed_logins = 0, locked_until = null, last_login_at = :now where username = :username
				""").param("now", Timestamp.from(clock.instant())).param("username", username).update();
	}

	void unlock(long accountId) {
		jdbc.sql("update sf_account set failed_logins = 0, locked_until = null where id = :id")
			.param("id", accountId)
			.update();
	}
}
