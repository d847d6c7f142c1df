package org.onewindow.citizen.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.onewindow.citizen.Citizen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Citizens' sessions ({@code cz_session}), by the hash of the cookie's token.
 */
@Repository
class CitizenSessionRepository {

	private final JdbcClient jdbc;

	CitizenSessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Session(Citizen citizen, Instant lastSeenAt) {
	}

	void insert(byte[] tokenHash, String phone, Instant now, Instant expiresAt) {
		jdbc.sql("""
				insert into cz_session (token_hash, phone, created_at, last_seen_at, expires_at)
				values (:hash, :phone, :now, :now, :expires)""")
			.param("hash", tokenHash)
			.param("phone", phone)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	/** A session that has not expired at {@code now}. */
	Optional<Session> findLive(byte[] tokenHash, Instant now) {
		return jdbc.sql("""
				select phone, created_at, expires_at, last_seen_at from cz_session
				where token_hash = :hash and expires_at > :now""")
			.param("hash", tokenHash)
			.param("now", Timestamp.from(now))
			.query((rs, i) -> new Session(new Citizen(rs.getString(1), rs.getTimestamp(2).toInstant(),
					rs.getTimestamp(3).toInstant()), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	/** Moves the idle timeout (the caller does it at most once a minute per session). */
	void touch(byte[] tokenHash, Instant now, Instant expiresAt) {
		jdbc.sql("""
				update cz_session set last_seen_at = :now, expires_at = :expires
				where token_hash = :hash and expires_at > :now""")
			.param("hash", tokenHash)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	void delete(byte[] tokenHash) {
		jdbc.sql("delete from cz_session where token_hash = :hash").param("hash", tokenHash).update();
	}

	int deleteExpired(Instant now) {
		return jdbc.sql("delete from cz_session where expires_at <= :now")
			.param("now", Timestamp.from(now))
			.update();
	}
}
