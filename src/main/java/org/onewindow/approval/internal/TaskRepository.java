package org.onewindow.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onewindow.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tasks of the department inboxes ({@code apr_task}). A change is written only if the task still has the version
 * the approver saw (optimistic locking: two browsers on the same task, one wins, the other gets 409).
 */
@Repository
public class TaskRepository {

	static final String COLUMNS = """
			t.id, t.case_id, t.member_id, t.site_id, t.department_id, t.department_code, t.department_name, t.step_index,
			t.step_name, t.step_days, t.counts_in_limit, t.last_step, t.state, t.assignee_id, t.assignee_name,
			t.claimed_at, t.opened_at, t.opened_on, t.due_on, t.decision, t.opinion, t.decided_by, t.decided_at,
			t.version""";

	private final JdbcClient jdbc;

	TaskRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Task t) {
		return jdbc.sql("""
				insert into apr_task (case_id, member_id, site_id, department_id, department_code, department_name,
				    step_index, step_name, step_days, counts_in_limit, last_step, state, opened_at, opened_on, due_on)
				values (:caseId, :memberId, :siteId, :departmentId, :departmentCode, :departmentName, :stepIndex, :stepName,
				    :stepDays, :countsInLimit, :lastStep, 'OPEN', :openedAt, :openedOn, :dueOn)
				returning id""")
			.param("caseId", t.caseId())
			.param("memberId", t.memberId())
			.param("siteId", t.siteId())
			.param("departmentId", t.departmentId())
			.param("departmentCode", t.departmentCode())
			.param("departmentName", t.departmentName())
			.param("stepIndex", t.stepIndex())
			.param("stepName", t.stepName())
			.param("stepDays", t.stepDays())
			.param("countsInLimit", t.countsInLimit())
			.param("lastStep", t.lastStep())
			.param("openedAt", Timestamp.from(t.openedAt()))
			.param("openedOn", t.openedOn())
			.param("dueOn", t.dueOn())
			.query(Long.class)
			.single();
	}

	Optional<Task> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from apr_task t where t.id = :id")
			.param("id", id)
			.query(TaskRepository::map)
			.optional();
	}

	List<Task> ofCase(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from apr_task t where t.case_id = :id order by t.opened_at, t.id")
			.param("id", caseId)
			.query(TaskRepository::map)
			.list();
	}

	/** Every task in hand (待签收, 办理中), for the reminders of yellow and red cases. */
	List<Task> allInHand() {
		return jdbc.sql("select " + COLUMNS + " from apr_task t where t.state in ('OPEN', 'CLAIMED') order by t.id")
			.query(TaskRepository::map)
			.list();
	}

	List<Task> inHandOfCase(long caseId) {
		return jdbc.sql("select " + COLUMNS
				+ " from apr_task t where t.case_id = :id and t.state in ('OPEN', 'CLAIMED') order by t.id")
			.param("id", caseId)
			.query(TaskRepository::map)
			.list();
	}

	/**
	 * Writes a transition if the task still has {@code expectedVersion}.
	 *
	 * @throws DomainException 409 {@code approval.task-changed} when someone else changed it first
	 */
	void update(Task t, int expectedVersion) {
		int rows = jdbc.sql("""
				update apr_task set state = :state, assignee_id = :assigneeId, assignee_name = :assigneeName,
				    claimed_at = :claimedAt, decision = :decision, opinion = :opinion, decided_by = :decidedBy,
				    decided_at = :decidedAt, version = version + 1
				where id = :id and version = :version""")
			.param("id", t.id())
			.param("version", expectedVersion)
			.param("state", t.state().name())
			.param("assigneeId", t.assigneeId())
			.param("assigneeName", t.assigneeName())
			.param("claimedAt", t.claimedAt() == null ? null : Timestamp.from(t.claimedAt()))
			.param("decision", t.decision() == null ? null : t.decision().name())
			.param("opinion", t.opinion())
			.param("decidedBy", t.decidedBy())
			.param("decidedAt", t.decidedAt() == null ? null : Timestamp.from(t.decidedAt()))
			.update();
		if (rows == 0) {
			throw DomainException.conflict("approval.task-changed", t.id());
		}
	}

	void moveDueDate(long id, LocalDate dueOn) {
		jdbc.sql("update apr_task set due_on = :due where id = :id").param("id", id).param("due", dueOn).update();
	}

	static Task map(ResultSet rs, int row) throws SQLException {
		String decision = rs.getString("decision");
		Timestamp claimed = rs.getTimestamp("claimed_at");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Task(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("member_id"), rs.getLong("site_id"),
				rs.getLong("department_id"), rs.getString("department_code"), rs.getString("department_name"),
				rs.getInt("step_index"), rs.getString("step_name"), rs.getInt("step_days"),
				rs.getBoolean("counts_in_limit"), rs.getBoolean("last_step"), TaskState.valueOf(rs.getString("state")),
				(Long) rs.getObject("assignee_id"), rs.getString("assignee_name"),
				claimed == null ? null : claimed.toInstant(), rs.getTimestamp("opened_at").toInstant(),
				rs.getObject("opened_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				decision == null ? null : Decision.valueOf(decision), rs.getString("opinion"),
				(Long) rs.getObject("decided_by"), decided == null ? null : decided.toInstant(), rs.getInt("version"));
	}
}
