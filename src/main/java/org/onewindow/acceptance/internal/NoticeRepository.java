package org.onewindow.acceptance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices of a case: one-time notices (一次性告知) before acceptance and supplement requests (补正) of the back office,
 * numbered per case and kind.
 */
@Repository
public class NoticeRepository {

	/** Whose notice it is. */
	public enum Kind {
		ONE_TIME, APPROVAL_SUPPLEMENT
	}

	/**
	 * One thing the applicant must bring or correct.
	 *
	 * @param line the checklist line, {@code null} for an item not on the checklist
	 * @param needed what is needed (form, copies, what the handbook checks)
	 * @param why why: the clerk's finding, the condition, or the back office's reason
	 */
	public record Item(Integer line, String material, String needed, String why) {
	}

	public record Notice(long id, long caseId, Kind kind, int seq, Instant issuedAt, Long issuedBy, String department,
			String reason, List<Item> items, Instant resolvedAt) {

		public Notice {
			items = List.copyOf(items);
		}
	}

	private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	NoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Notice insert(long caseId, Kind kind, Long issuedBy, String department, String reason, List<Item> items,
			Instant now) {
		long id = jdbc.sql("""
				insert into acc_notice (case_id, kind, seq, issued_at, issued_by, department, reason, items)
				values (:case, :kind,
				        (select coalesce(max(seq), 0) + 1 from acc_notice where case_id = :case and kind = :kind),
				        :now, :by, :department, :reason, cast(:items as jsonb))
				returning id""")
			.param("case", caseId)
			.param("kind", kind.name())
			.param("now", Timestamp.from(now))
			.param("by", issuedBy)
			.param("department", department)
			.param("reason", reason)
			.param("items", json.writeValueAsString(items))
			.query(Long.class)
			.single();
		return find(caseId, id).orElseThrow();
	}

	/** Marks the open notices of a kind resolved (the supplement arrived, the case resumed); their ids. */
	List<Long> resolve(long caseId, Kind kind, Instant now) {
		return jdbc.sql("""
				update acc_notice set resolved_at = :now
				where case_id = :case and kind = :kind and resolved_at is null
				returning id""")
			.param("case", caseId)
			.param("kind", kind.name())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	List<Notice> ofCase(long caseId) {
		return jdbc.sql("""
				select id, case_id, kind, seq, issued_at, issued_by, department, reason, items, resolved_at
				from acc_notice where case_id = :case order by issued_at, id""")
			.param("case", caseId)
			.query((rs, i) -> map(rs))
			.list();
	}

	java.util.Optional<Notice> find(long caseId, long id) {
		return jdbc.sql("""
				select id, case_id, kind, seq, issued_at, issued_by, department, reason, items, resolved_at
				from acc_notice where case_id = :case and id = :id""")
			.param("case", caseId)
			.param("id", id)
			.query((rs, i) -> map(rs))
			.optional();
	}

	private Notice map(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		return new Notice(rs.getLong("id"), rs.getLong("case_id"), Kind.valueOf(rs.getString("kind")), rs.getInt("seq"),
				rs.getTimestamp("issued_at").toInstant(), (Long) rs.getObject("issued_by"), rs.getString("department"),
				rs.getString("reason"), json.readValue(rs.getString("items"), ITEMS),
				resolved == null ? null : resolved.toInstant());
	}
}
