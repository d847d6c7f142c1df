package org.onewindow.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The kiosks (自助机) of the sites: their pairing code and device key, both only as SHA-256 hashes.
 */
@Repository
public class KioskRepository {

	/** A kiosk as the administration sees it (no hashes). */
	public record Kiosk(long id, long siteId, String name, boolean paired, boolean pairingPending,
			Instant pairingExpiresAt, Instant pairedAt, Instant lastSeenAt, boolean active, Instant createdAt,
			Instant revokedAt, int version) {
	}

	private static final String COLUMNS = """
			id, site_id, name, device_key_hash is not null, pairing_code_hash is not null, pairing_expires_at,
			paired_at, last_seen_at, active, created_at, revoked_at, version""";

	private final JdbcClient jdbc;

	KioskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long siteId, String name, String pairingCodeHash, Instant expiresAt, Long by, Instant at) {
		return jdbc.sql("""
				insert into q_kiosk (site_id, name, pairing_code_hash, pairing_expires_at, created_by, created_at)
				values (:site, :name, :code, :expires, :by, :at) returning id""")
			.param("site", siteId)
			.param("name", name)
			.param("code", pairingCodeHash)
			.param("expires", utc(expiresAt))
			.param("by", by)
			.param("at", utc(at))
			.query(Long.class)
			.single();
	}

	/** Whether a pairing code is live (so that a new random code never collides with one). */
	boolean pairingCodeInUse(String codeHash) {
		return jdbc.sql("select exists (select 1 from q_kiosk where pairing_code_hash = :code)")
			.param("code", codeHash)
			.query(Boolean.class)
			.single();
	}

	Optional<Kiosk> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from q_kiosk where id = :id").param("id", id).query(this::map).optional();
	}

	List<Kiosk> ofSite(long siteId) {
		return jdbc.sql("select " + COLUMNS + " from q_kiosk where site_id = :site order by active desc, id")
			.param("site", siteId)
			.query(this::map)
			.list();
	}

	Optional<Kiosk> findByName(long siteId, String name) {
		return jdbc.sql("select " + COLUMNS + " from q_kiosk where site_id = :site and name = :name order by id limit 1")
			.param("site", siteId)
			.param("name", name)
			.query(this::map)
			.optional();
	}

	/** Sets a new pairing code when the version still matches; false when someone changed the kiosk meanwhile. */
	boolean newPairingCode(long id, int version, String codeHash, Instant expiresAt) {
		return jdbc.sql("""
				update q_kiosk set pairing_code_hash = :code, pairing_expires_at = :expires, version = version + 1
				where id = :id and version = :version and active""")
			.param("id", id)
			.param("version", version)
			.param("code", codeHash)
			.param("expires", utc(expiresAt))
			.update() == 1;
	}

	/**
	 * Uses a pairing code once: the kiosk it belongs to (active, not expired) takes the new device key and the code is
	 * gone. Empty when no such code.
	 */
	Optional<Kiosk> pair(String codeHash, String deviceKeyHash, Instant now) {
		return jdbc.sql("""
				update q_kiosk set device_key_hash = :key, pairing_code_hash = null, pairing_expires_at = null,
				       paired_at = :now, last_seen_at = :now, version = version + 1
				where pairing_code_hash = :code and active and pairing_expires_at > :now
				returning\s""" + COLUMNS)
			.param("code", codeHash)
			.param("key", deviceKeyHash)
			.param("now", utc(now))
			.query(this::map)
			.optional();
	}

	/** The active kiosk holding this device key. */
	Optional<Kiosk> byDeviceKey(String deviceKeyHash) {
		return jdbc.sql("select " + COLUMNS + " from q_kiosk where device_key_hash = :key and active")
			.param("key", deviceKeyHash)
			.query(this::map)
			.optional();
	}

	/** Notes that the kiosk was seen; written at most once a minute per kiosk. */
	void seen(long id, Instant now) {
		jdbc.sql("""
				update q_kiosk set last_seen_at = :now
				where id = :id and (last_seen_at is null or last_seen_at < :stale)""")
			.param("id", id)
			.param("now", utc(now))
			.param("stale", utc(now.minusSeconds(60)))
			.update();
	}

	boolean revoke(long id, int version, Long by, Instant at) {
		return jdbc.sql("""
				update q_kiosk set active = false, device_key_hash = null, pairing_code_hash = null,
				       pairing_expires_at = null, revoked_by = :by, revoked_at = :at, version = version + 1
				where id = :id and version = :version and active""")
			.param("id", id)
			.param("version", version)
			.param("by", by)
			.param("at", utc(at))
			.update() == 1;
	}

	/**
	 * 重新启用: a revoked kiosk is active again with a new pairing code and no device key (the old one was removed at
	 * 停用), so the device must pair again; the pairing and revocation times are cleared (the audit log keeps who did
	 * what). False when the version no longer matches or the kiosk is active.
	 */
	boolean reactivate(long id, int version, String codeHash, Instant expiresAt) {
		return jdbc.sql("""
				update q_kiosk set active = true, device_key_hash = null, pairing_code_hash = :code,
				       pairing_expires_at = :expires, paired_at = null, revoked_by = null, revoked_at = null,
				       version = version + 1
				where id = :id and version = :version and not active""")
			.param("id", id)
			.param("version", version)
			.param("code", codeHash)
			.param("expires", utc(expiresAt))
			.update() == 1;
	}

	private Kiosk map(ResultSet rs, int row) throws SQLException {
		return new Kiosk(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
				instant(rs, 6), instant(rs, 7), instant(rs, 8), rs.getBoolean(9), instant(rs, 10), instant(rs, 11),
				rs.getInt(12));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
