package org.onewindow.acceptance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onewindow.acceptance.ApplicantKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The credit blacklist (失信名单) kept by administrators: applicants on it may not use 容缺受理. An entry is active
 * until it is removed or its {@code until} date passed.
 */
@Repository
public class Blacklist {

	private final JdbcClient jdbc;

	Blacklist(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Entry(long id, ApplicantKind kind, String applicantId, String name, String reason, Long addedBy,
			Instant addedAt, LocalDate until) {
	}

	/** Whether an ID number or credit code is on the list on a day. */
	public boolean isListed(String applicantId, LocalDate on) {
		return jdbc.sql("""
				select exists (select 1 from acc_blacklist
				               where applicant_id = :id and removed_at is null and (until is null or until >= :on))""")
			.param("id", applicantId)
			.param("on", on)
			.query(Boolean.class)
			.single();
	}

	List<Entry> active(LocalDate on) {
		return jdbc.sql("""
				select id, kind, applicant_id, name, reason, added_by, added_at, until from acc_blacklist
				where removed_at is null and (until is null or until >= :on) order by added_at desc, id desc""")
			.param("on", on)
			.query(this::map)
			.list();
	}

	/** The entry not removed for an ID (active or expired). */
	Optional<Entry> entryFor(String applicantId) {
		return jdbc.sql("""
				select id, kind, applicant_id, name, reason, added_by, added_at, until from acc_blacklist
				where applicant_id = :id and removed_at is null""")
			.param("id", applicantId)
			.query(this::map)
			.optional();
	}

	Optional<Entry> find(long id) {
		return jdbc.sql("""
				select id, kind, applicant_id, name, reason, added_by, added_at, until from acc_blacklist
				where id = :id and removed_at is null""")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	long add(ApplicantKind kind, String applicantId, String name, String reason, LocalDate until, Long by,
			Instant now) {
		return jdbc.sql("""
				insert into acc_blacklist (kind, applicant_id, name, reason, added_by, added_at, until)
				values (:kind, :id, :name, :reason, :by, :now, :until) returning id""")
			.param("kind", kind.name())
			.param("id", applicantId)
			.param("name", name)
			.param("reason", reason)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("until", until)
			.query(Long.class)
			.single();
	}

	/** Ends an entry; answers whether it was active. */
	boolean remove(long id, Long by, Instant now) {
		return jdbc.sql("""
				update acc_blacklist set removed_at = :now, removed_by = :by where id = :id and removed_at is null""")
			.param("id", id)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private Entry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Entry(rs.getLong("id"), ApplicantKind.valueOf(rs.getString("kind")), rs.getString("applicant_id"),
				rs.getString("name"), rs.getString("reason"), (Long) rs.getObject("added_by"),
				rs.getTimestamp("added_at").toInstant(), rs.getObject("until", LocalDate.class));
	}
}
