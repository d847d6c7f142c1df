package org.onewindow.approval.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onewindow.approval.internal.LegalClock.PauseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pauses of the legal clock ({@code apr_pause}).
 */
@Repository
public class PauseRepository {

	private static final String COLUMNS = """
			id, case_id, kind, procedure_name, reason, items, expected_days, state, started_on, ended_on, task_id,
			notice_id, requested_by, requested_at, approved_by, approved_at, ended_by, ended_at, version""";

	private final JdbcClient jdbc;

	PauseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long caseId, PauseKind kind, String procedureName, String reason, List<String> items,
			Integer expectedDays, PauseState state, LocalDate startedOn, Long taskId, Long requestedBy, Instant now) {
		return insert(caseId, kind, procedureName, reason, items, expectedDays, state, startedOn, taskId, null,
				requestedBy, now);
	}

	/** A supplement's pause names the front desk's notice ({@code noticeId}); other pauses have none. */
	long insert(long caseId, PauseKind kind, String procedureName, String reason, List<String> items,
			Integer expectedDays, PauseState state, LocalDate startedOn, Long taskId, Long noticeId, Long requestedBy,
			Instant now) {
		return jdbc.sql("""
				insert into apr_pause (case_id, kind, procedure_name, reason, items, expected_days, state, started_on, task_id,
				    notice_id, requested_by, requested_at)
				values (:caseId, :kind, :procedure, :reason, :items, :expectedDays, :state, :startedOn, :taskId,
				    :noticeId, :requestedBy, :now)
				returning id""")
			.param("caseId", caseId)
			.param("kind", kind.name())
			.param("procedure", procedureName)
			.param("reason", reason)
			.param("items", items.toArray(String[]::new))
			.param("expectedDays", expectedDays)
			.param("state", state.name())
			.param("startedOn", startedOn)
			.param("taskId", taskId)
			.param("noticeId", noticeId)
			.param("requestedBy", requestedBy)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<ClockPause> findForUpdate(long id) {
		return jdbc.sql("select " + COLUMNS + " from apr_pause where id = :id for update")
			.param("id", id)
			.query(PauseRepository::map)
			.optional();
	}

	List<ClockPause> ofCase(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from apr_pause where case_id = :id order by requested_at, id")
			.param("id", caseId)
			.query(PauseRepository::map)
			.list();
	}

	/** The pauses of several cases, by case. */
	Map<Long, List<ClockPause>> ofCases(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select " + COLUMNS + " from apr_pause where case_id = any(:ids) order by requested_at, id")
			.param("ids", caseIds.toArray(Long[]::new))
			.query(PauseRepository::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(ClockPause::caseId));
	}

	void approve(long id, long staffId, LocalDate startedOn, Instant now) {
		jdbc.sql("""
				update apr_pause set state = 'ACTIVE', started_on = :startedOn, approved_by = :staff, approved_at = :now,
				    version = version + 1
				where id = :id""")
			.param("id", id)
			.param("staff", staffId)
			.param("startedOn", startedOn)
			.param("now", Timestamp.from(now))
			.update();
	}

	void end(long id, PauseState state, LocalDate endedOn, Long staffId, Instant now) {
		jdbc.sql("""
				update apr_pause set state = :state, ended_on = :endedOn, ended_by = :staff, ended_at = :now,
				    version = version + 1
				where id = :id""")
			.param("id", id)
			.param("state", state.name())
			.param("endedOn", endedOn)
			.param("staff", staffId)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static ClockPause map(ResultSet rs, int row) throws SQLException {
		Array items = rs.getArray("items");
		Timestamp approvedAt = rs.getTimestamp("approved_at");
		Timestamp endedAt = rs.getTimestamp("ended_at");
		return new ClockPause(rs.getLong("id"), rs.getLong("case_id"), PauseKind.valueOf(rs.getString("kind")),
				rs.getString("procedure_name"), rs.getString("reason"),
				items == null ? List.of() : List.of((String[]) items.getArray()), (Integer) rs.getObject("expected_days"),
				PauseState.valueOf(rs.getString("state")), rs.getObject("started_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), (Long) rs.getObject("task_id"),
				(Long) rs.getObject("notice_id"), (Long) rs.getObject("requested_by"),
				rs.getTimestamp("requested_at").toInstant(),
				(Long) rs.getObject("approved_by"), approvedAt == null ? null : approvedAt.toInstant(),
				(Long) rs.getObject("ended_by"), endedAt == null ? null : endedAt.toInstant(), rs.getInt("version"));
	}
}
