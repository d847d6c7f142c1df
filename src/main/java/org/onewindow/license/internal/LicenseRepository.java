package org.onewindow.license.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.onewindow.license.HolderKind;
import org.onewindow.license.License;
import org.onewindow.license.LicenseState;
import org.onewindow.platform.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code lic_license} rows and the per-department number counters. A licence's {@code number} is null only
 * inside the transaction that issues it (pending until {@link PendingNumbers} assigns it before commit).
 */
@Repository
public class LicenseRepository {

	private static final String COLUMNS = """
			select id, type, number, holder_kind, holder_name, holder_id, issuer, valid_from, valid_until, case_id,
			       case_number, issued_at, state
			from lic_license
			""";

	private final JdbcClient jdbc;

	LicenseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serializes issuing for one case and type until the transaction ends, so that two concurrent issues of the same
	 * licence find each other instead of both taking a number.
	 */
	public void lockCaseAndType(long caseId, String type) {
		TransactionLocks.lock(jdbc, "lic_license:" + caseId + ":" + type);
	}

	/**
	 * Takes {@code count} numbers of the department's counter for the year at once, atomically, and answers the last
	 * one taken (the first is {@code last - count + 1}). The counter row stays locked until the transaction ends, so
	 * this is done just before commit ({@link PendingNumbers}).
	 */
	long takeSequences(String issuer, int year, int count) {
		return jdbc.sql("""
				insert into lic_number_sequence (issuer, year, last_value) values (:issuer, :year, :count)
				on conflict (issuer, year) do update set last_value = lic_number_sequence.last_value + :count
				returning last_value
				""")
			.param("issuer", issuer)
			.param("year", year)
			.param("count", count)
			.query(Long.class)
			.single();
	}

	/** Writes the numbers of licences whose number is pending, pairwise; answers how many were written. */
	int assignNumbers(List<Long> licenseIds, List<String> numbers) {
		return jdbc.sql("""
				update lic_license l set number = n.number
				from unnest(cast(:ids as bigint[]), cast(:numbers as text[])) as n(id, number)
				where l.id = n.id and l.number is null
				""")
			.param("ids", licenseIds.toArray(Long[]::new))
			.param("numbers", numbers.toArray(String[]::new))
			.update();
	}

	/** Inserts a licence with its number pending: {@link PendingNumbers} assigns it before the transaction commits. */
	public long insert(String type, HolderKind holderKind, String holderName, String holderId,
			String issuer, LocalDate validFrom, LocalDate validUntil, Long caseId, String caseNumber,
			OffsetDateTime issuedAt) {
		return jdbc.sql("""
				insert into lic_license (type, number, holder_kind, holder_name, holder_id, issuer, valid_from,
				                         valid_until, case_id, case_number, issued_at, state)
				values (:type, null, :holderKind, :holderName, :holderId, :issuer, :validFrom, :validUntil, :caseId,
				        :caseNumber, :issuedAt, 'VALID')
				returning id
				""")
			.param("type", type)
			.param("holderKind", holderKind.name())
			.param("holderName", holderName)
			.param("holderId", holderId)
			.param("issuer", issuer)
			.param("validFrom", validFrom)
			.param("validUntil", validUntil)
			.param("caseId", caseId)
			.param("caseNumber", caseNumber)
			.param("issuedAt", issuedAt)
			.query(Long.class)
			.single();
	}

	public Optional<License> find(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(LicenseRepository::license).optional();
	}

	public Optional<License> findByCaseAndType(long caseId, String type) {
		return jdbc.sql(COLUMNS + " where case_id = :caseId and type = :type")
			.param("caseId", caseId)
			.param("type", type)
			.query(LicenseRepository::license)
			.optional();
	}

	/** Every licence of the holder, newest first. */
	public List<License> ofHolder(String holderId) {
		return jdbc.sql(COLUMNS + " where holder_id = :holderId order by issued_at desc, id desc")
			.param("holderId", holderId)
			.query(LicenseRepository::license)
			.list();
	}

	/** The holder's licences that stand on the day (of one type, or of all when {@code type} is null), newest first. */
	public List<License> validOn(String holderId, String type, LocalDate on) {
		return jdbc.sql(COLUMNS + """
				where holder_id = :holderId
				  and state = 'VALID'
				  and (cast(:type as text) is null or type = :type)
				  and valid_from <= :on
				  and (valid_until is null or valid_until >= :on)
				order by issued_at desc, id desc
				""")
			.param("holderId", holderId)
			.param("type", type)
			.param("on", on)
			.query(LicenseRepository::license)
			.list();
	}

	/** Revokes a valid licence; false when there is none with that id or it is already revoked. */
	public boolean revoke(long id, String reason, OffsetDateTime at) {
		return jdbc.sql("""
				update lic_license set state = 'REVOKED', revoked_at = :at, revoked_reason = :reason
				where id = :id and state = 'VALID'
				""")
			.param("id", id)
			.param("reason", reason)
			.param("at", at)
			.update() == 1;
	}

	/** When and why a revoked licence was revoked. */
	public Optional<Revocation> revocation(long id) {
		return jdbc.sql("select revoked_at, revoked_reason from lic_license where id = :id and state = 'REVOKED'")
			.param("id", id)
			.query((rs, row) -> new Revocation(rs.getObject("revoked_at", OffsetDateTime.class).toInstant(),
					rs.getString("revoked_reason")))
			.optional();
	}

	private static License license(ResultSet rs, int row) throws SQLException {
		return new License(rs.getLong("id"), rs.getString("type"), rs.getString("number"),
				HolderKind.valueOf(rs.getString("holder_kind")), rs.getString("holder_name"), rs.getString("holder_id"),
				rs.getString("issuer"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), (Long) rs.getObject("case_id"),
				rs.getString("case_number"), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
				LicenseState.valueOf(rs.getString("state")));
	}

	public record Revocation(Instant at, String reason) {
	}
}
