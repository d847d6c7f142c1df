package org.onewindow.citizen.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.onewindow.platform.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in codes of {@code cz_sms_code}.
 */
@Repository
class SignInCodeRepository {

	private final JdbcClient jdbc;

	SignInCodeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredCode(long id, byte[] hash, SignInCodePolicy.IssuedCode issued) {
	}

	record Issued(Instant last, int since) {
	}

	/**
	 * Serialises the code requests and sign-ins of one phone until the transaction ends (two taps on "获取验证码" at
	 * once must not both pass the rate limit, five parallel guesses must not all count as the first).
	 */
	void lockPhone(String phone) {
		TransactionLocks.lock(jdbc, "cz_sms_code:" + phone);
	}

	/** The phone's latest code and how many it got since {@code dayStart}. */
	Issued issued(String phone, Instant dayStart) {
		return jdbc.sql("""
				select max(created_at), count(*) filter (where created_at >= :dayStart)
				from cz_sms_code where phone = :phone""")
			.param("phone", phone)
			.param("dayStart", Timestamp.from(dayStart))
			.query((rs, i) -> new Issued(rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
					rs.getInt(2)))
			.single();
	}

	long insert(String phone, byte[] hash, Instant createdAt, Instant expiresAt) {
		return jdbc.sql("""
				insert into cz_sms_code (phone, code_hash, created_at, expires_at)
				values (:phone, :hash, :created, :expires) returning id""")
			.param("phone", phone)
			.param("hash", hash)
			.param("created", Timestamp.from(createdAt))
			.param("expires", Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
	}

	void recordMessage(long id, long messageId) {
		jdbc.sql("update cz_sms_code set message_id = :message where id = :id")
			.param("id", id)
			.param("message", messageId)
			.update();
	}

	/** The phone's latest code: only the latest counts, a new code replaces the ones before. */
	Optional<StoredCode> latest(String phone) {
		return jdbc.sql("""
				select id, code_hash, created_at, expires_at, attempts, used_at from cz_sms_code
				where phone = :phone order by created_at desc, id desc limit 1""")
			.param("phone", phone)
			.query((rs, i) -> new StoredCode(rs.getLong(1), rs.getBytes(2),
					new SignInCodePolicy.IssuedCode(rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
							rs.getInt(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant())))
			.optional();
	}

	void countAttempt(long id) {
		jdbc.sql("update cz_sms_code set attempts = attempts + 1 where id = :id").param("id", id).update();
	}

	void markUsed(long id, Instant at) {
		jdbc.sql("update cz_sms_code set used_at = :at where id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Codes older than {@code before} are of no use any more (not even for today's count). */
	int deleteBefore(Instant before) {
		return jdbc.sql("delete from cz_sms_code where created_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}
}
