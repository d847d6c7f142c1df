package org.onewindow.acceptance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onewindow.acceptance.CaseStatus;
import org.onewindow.platform.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries of online applications that the counter's {@link CaseRepository} has no use for: a citizen's own
 * applications by phone, the same application still pending, and removing a scan.
 */
@Repository
class OnlineApplicationRepository {

	private final JdbcClient jdbc;

	OnlineApplicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, String caseNumber, String title, long siteId, CaseStatus status, Instant openedAt) {
	}

	/** Serialises the applications of one phone until the transaction ends (the open-applications limit holds). */
	void lockPhone(String phone) {
		TransactionLocks.lock(jdbc, "acc_online:" + phone);
	}

	List<Row> ofPhone(String phone, int limit) {
		return jdbc.sql("""
				select id, case_number, title, site_id, status, opened_at from acc_case
				where channel = 'ONLINE' and applicant_phone = :phone
				order by opened_at desc, id desc limit :limit""")
			.param("phone", phone)
			.param("limit", limit)
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
					rs.getLong("site_id"), CaseStatus.valueOf(rs.getString("status")),
					rs.getTimestamp("opened_at").toInstant()))
			.list();
	}

	/** Applications of the phone that wait for pre-review or for the citizen. */
	int countOpen(String phone) {
		return jdbc.sql("""
				select count(*) from acc_case
				where channel = 'ONLINE' and applicant_phone = :phone and status in ('PRE_REVIEW', 'PENDING_SUPPLEMENT')""")
			.param("phone", phone)
			.query(Integer.class)
			.single();
	}

	/**
	 * The number of the phone's earliest online application for the same situations (in any order) and the same
	 * applicant that is not decided yet (pre-review, waiting for a supplement, accepted, in approval), if any. Called
	 * under {@link #lockPhone}, so two identical submissions at the same instant find each other on any node.
	 */
	Optional<String> pendingSame(String phone, List<String> situationCodes, String applicantId) {
		return jdbc.sql("""
				select case_number from acc_case
				where channel = 'ONLINE' and applicant_phone = :phone and applicant_id = :applicant
				  and status in ('DRAFT', 'PRE_REVIEW', 'PENDING_SUPPLEMENT', 'IN_APPROVAL', 'APPROVAL_SUPPLEMENT')
				  and (select string_agg(code, ',' order by code) from unnest(situation_codes) code) = :situations
				order by opened_at, id limit 1""")
			.param("phone", phone)
			.param("applicant", applicantId)
			.param("situations", String.join(",", situationCodes.stream().sorted().toList()))
			.query(String.class)
			.optional();
	}

	void removeFile(long caseId, int line, long fileId, Instant now) {
		jdbc.sql("""
				update acc_case_material set file_ids = array_remove(file_ids, :file), updated_at = :now
				where case_id = :caseId and line = :line""")
			.param("caseId", caseId)
			.param("line", line)
			.param("file", fileId)
			.param("now", Timestamp.from(now))
			.update();
	}
}
