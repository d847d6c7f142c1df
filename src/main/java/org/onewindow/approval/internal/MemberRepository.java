package org.onewindow.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The member situations of each case ({@code apr_member}).
 */
@Repository
public class MemberRepository {

	private static final String COLUMNS = """
			id, case_id, situation_code, situation_name, item_code, item_name, group_no, state, outcome, opinion,
			result_type, license_id, started_at, concluded_at, version""";

	private final JdbcClient jdbc;

	MemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long caseId, String situationCode, String situationName, String itemCode, String itemName,
			int groupNo) {
		return jdbc.sql("""
				insert into apr_member (case_id, situation_code, situation_name, item_code, item_name, group_no, state)
				values (:caseId, :code, :name, :itemCode, :itemName, :group, 'WAITING')
				returning id""")
			.param("caseId", caseId)
			.param("code", situationCode)
			.param("name", situationName)
			.param("itemCode", itemCode)
			.param("itemName", itemName)
			.param("group", groupNo)
			.query(Long.class)
			.single();
	}

	Optional<Member> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from apr_member where id = :id")
			.param("id", id)
			.query(MemberRepository::map)
			.optional();
	}

	List<Member> ofCase(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from apr_member where case_id = :id order by group_no, id")
			.param("id", caseId)
			.query(MemberRepository::map)
			.list();
	}

	List<Member> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from apr_member where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(MemberRepository::map)
			.list();
	}

	void start(long id, Instant now) {
		jdbc.sql("update apr_member set state = 'ACTIVE', started_at = :now, version = version + 1 where id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	void conclude(long id, MemberOutcome outcome, String opinion, String resultType, Long licenseId, Instant now) {
		jdbc.sql("""
				update apr_member set state = 'CONCLUDED', outcome = :outcome, opinion = :opinion, result_type = :resultType,
				    license_id = :licenseId, concluded_at = :now, version = version + 1
				where id = :id""")
			.param("id", id)
			.param("outcome", outcome.name())
			.param("opinion", opinion)
			.param("resultType", resultType)
			.param("licenseId", licenseId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Every member not yet decided of a case that ended without a decision. */
	void cancelOpen(long caseId, Instant now) {
		jdbc.sql("""
				update apr_member set state = 'CANCELLED', concluded_at = :now, version = version + 1
				where case_id = :id and state in ('WAITING', 'ACTIVE')""")
			.param("id", caseId)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static Member map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		Timestamp started = rs.getTimestamp("started_at");
		Timestamp concluded = rs.getTimestamp("concluded_at");
		return new Member(rs.getLong("id"), rs.getLong("case_id"), rs.getString("situation_code"),
				rs.getString("situation_name"), rs.getString("item_code"), rs.getString("item_name"),
				rs.getInt("group_no"), MemberState.valueOf(rs.getString("state")),
				outcome == null ? null : MemberOutcome.valueOf(outcome), rs.getString("opinion"),
				rs.getString("result_type"), (Long) rs.getObject("license_id"),
				started == null ? null : started.toInstant(), concluded == null ? null : concluded.toInstant(),
				rs.getInt("version"));
	}
}
