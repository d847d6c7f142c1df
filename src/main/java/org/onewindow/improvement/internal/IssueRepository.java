package org.onewindow.improvement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onewindow.platform.TransactionLocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The entries of the issue ledger.
 */
@Repository
class IssueRepository {

	private static final String COLUMNS = """
			id, site_id, source, source_id, department_id, title, detail, deadline_class, opened_on, due_on, status,
			evidence, evidence_file_id, outcome, closed_on, closed_on_time, created_by, created_at, version""";

	private final JdbcClient jdbc;

	IssueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts an entry unless its source record has one already (fed entries are unique per source and source id).
	 *
	 * @return the new id, empty when the entry existed (the event was handled before)
	 */
	Optional<Long> insertIfAbsent(Issue i) {
		return jdbc.sql("""
				insert into imp_issue (site_id, source, source_id, department_id, title, detail, deadline_class,
				    opened_on, due_on, status, created_by, created_at, updated_at)
				values (:site, :source, :sourceId, :department, :title, :detail, :deadlineClass, :openedOn, :dueOn,
				    :status, :by, :at, :at)
				on conflict (source, source_id) do nothing
				returning id""")
			.param("site", i.siteId())
			.param("source", i.source().name())
			.param("sourceId", i.sourceId())
			.param("department", i.departmentId())
			.param("title", i.title())
			.param("detail", i.detail())
			.param("deadlineClass", i.deadlineClass() == null ? null : i.deadlineClass().name())
			.param("openedOn", i.openedOn())
			.param("dueOn", i.dueOn())
			.param("status", i.status().name())
			.param("by", i.createdBy())
			.param("at", Timestamp.from(i.createdAt()))
			.query(Long.class)
			.optional();
	}

	Optional<Issue> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from imp_issue where id = :id")
			.param("id", id)
			.query(IssueRepository::issue)
			.optional();
	}

	/** The open entries the ledger closes itself (金点子, 人工登记): the other sources remind of their own items. */
	List<Issue> openClosedHere() {
		return jdbc.sql("select " + COLUMNS + " from imp_issue where status <> 'CLOSED' and source in ('SUGGESTION', 'MANUAL') order by id")
			.query(IssueRepository::issue)
			.list();
	}

	Optional<Issue> findBySource(IssueSource source, long sourceId) {
		return jdbc.sql("select " + COLUMNS + " from imp_issue where source = :source and source_id = :sourceId")
			.param("source", source.name())
			.param("sourceId", sourceId)
			.query(IssueRepository::issue)
			.optional();
	}

	record Filter(Long[] siteIds, IssueStatus status, IssueSource source, Long departmentId, boolean overdueOnly,
			LocalDate today) {
	}

	List<Issue> list(Filter f) {
		return jdbc.sql("select " + COLUMNS + """
				 from imp_issue
				where site_id = any(:sites)
				  and (cast(:status as varchar) is null or status = :status)
				  and (cast(:source as varchar) is null or source = :source)
				  and (cast(:department as bigint) is null or department_id = :department)
				  and (not :overdue or (status <> 'CLOSED' and due_on < :today))
				order by (status = 'CLOSED'), due_on, id limit 500""")
			.param("sites", f.siteIds())
			.param("status", f.status() == null ? null : f.status().name())
			.param("source", f.source() == null ? null : f.source().name())
			.param("department", f.departmentId())
			.param("overdue", f.overdueOnly())
			.param("today", f.today())
			.query(IssueRepository::issue)
			.list();
	}

	/** @return false when the version was stale or the entry closed */
	boolean recordEvidence(long id, int version, String evidence, Long fileId, Instant now) {
		return jdbc.sql("""
				update imp_issue set evidence = :evidence, evidence_file_id = coalesce(:file, evidence_file_id),
				    status = 'RECTIFYING', updated_at = :now, version = version + 1
				where id = :id and version = :version and status <> 'CLOSED'""")
			.param("id", id)
			.param("version", version)
			.param("evidence", evidence)
			.param("file", fileId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Closes an entry; with a {@code version} only if it is current, without one (a source's closing event) only if
	 * it is still open, so a second delivery of the event changes nothing.
	 */
	boolean close(long id, Integer version, IssueOutcome outcome, LocalDate closedOn, boolean onTime, Instant now) {
		return jdbc.sql("""
				update imp_issue set status = 'CLOSED', outcome = :outcome, closed_on = :closedOn,
				    closed_on_time = :onTime, updated_at = :now, version = version + 1
				where id = :id and status <> 'CLOSED' and (cast(:version as integer) is null or version = :version)""")
			.param("id", id)
			.param("version", version)
			.param("outcome", outcome.name())
			.param("closedOn", closedOn)
			.param("onTime", onTime)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Closes a fed entry for its source's {@code round}. A fed entry's state is that of the latest (round, step) its
	 * source told of, a round's closing coming after its opening: so the same event handed over twice changes it
	 * once, and a round's closing handed over after the next round's opening (the registry republishes after a crash,
	 * listeners on several nodes) leaves the entry open.
	 */
	boolean closeFed(IssueSource source, long sourceId, int round, IssueOutcome outcome, LocalDate closedOn,
			boolean onTime, Instant now) {
		return jdbc.sql("""
				update imp_issue set status = 'CLOSED', outcome = :outcome, closed_on = :closedOn,
				    closed_on_time = :onTime, source_round = :round, updated_at = :now, version = version + 1
				where source = :source and source_id = :sourceId
				  and (source_round < :round or source_round = :round and status <> 'CLOSED')""")
			.param("source", source.name())
			.param("sourceId", sourceId)
			.param("round", round)
			.param("outcome", outcome.name())
			.param("closedOn", closedOn)
			.param("onTime", onTime)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Opens a fed entry again for a new round of its source (a rectification reopened by a 追评), with a new due date;
	 * only when the entry knows no later step than that (see {@link #closeFed}).
	 */
	boolean reopen(IssueSource source, long sourceId, int round, LocalDate dueOn, Instant now) {
		return jdbc.sql("""
				update imp_issue set status = 'OPEN', outcome = null, closed_on = null, closed_on_time = null,
				    due_on = :dueOn, source_round = :round, updated_at = :now, version = version + 1
				where source = :source and source_id = :sourceId and source_round < :round""")
			.param("source", source.name())
			.param("sourceId", sourceId)
			.param("round", round)
			.param("dueOn", dueOn)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Serializes the feeds of one source record until the transaction ends: the event that enters its entry and one
	 * that closes or reopens it, run at the same time (after a crash, on several nodes), find each other although the
	 * entry may not exist yet.
	 */
	void lockSource(IssueSource source, long sourceId) {
		TransactionLocks.lock(jdbc, "imp_issue:" + source.name() + ":" + sourceId);
	}

	/**
	 * A step (round's closing or a new round's opening) a source told of before its entry existed.
	 *
	 * @param outcome, closedOn, onTime for a closing; dueOn for an opening
	 */
	record EarlyStep(int round, boolean closed, IssueOutcome outcome, LocalDate closedOn, Boolean onTime,
			LocalDate dueOn) {
	}

	/** Keeps a step told before the entry existed, unless a later one (round, then closing after opening) is kept. */
	void rememberEarly(IssueSource source, long sourceId, EarlyStep step) {
		jdbc.sql("""
				insert into imp_issue_early (source, source_id, source_round, closed, outcome, closed_on, closed_on_time,
				    due_on)
				values (:source, :sourceId, :round, :closed, :outcome, :closedOn, :onTime, :dueOn)
				on conflict (source, source_id) do update set source_round = excluded.source_round,
				    closed = excluded.closed, outcome = excluded.outcome, closed_on = excluded.closed_on,
				    closed_on_time = excluded.closed_on_time, due_on = excluded.due_on
				where (imp_issue_early.source_round, imp_issue_early.closed) < (excluded.source_round, excluded.closed)""")
			.param("source", source.name())
			.param("sourceId", sourceId)
			.param("round", step.round())
			.param("closed", step.closed())
			.param("outcome", step.outcome() == null ? null : step.outcome().name())
			.param("closedOn", step.closedOn())
			.param("onTime", step.onTime())
			.param("dueOn", step.dueOn())
			.update();
	}

	/** The step kept for a source record that had no entry yet, removed. */
	Optional<EarlyStep> takeEarly(IssueSource source, long sourceId) {
		return jdbc.sql("""
				delete from imp_issue_early where source = :source and source_id = :sourceId
				returning source_round, closed, outcome, closed_on, closed_on_time, due_on""")
			.param("source", source.name())
			.param("sourceId", sourceId)
			.query((rs, row) -> {
				String outcome = rs.getString("outcome");
				return new EarlyStep(rs.getInt("source_round"), rs.getBoolean("closed"),
						outcome == null ? null : IssueOutcome.valueOf(outcome), rs.getObject("closed_on", LocalDate.class),
						rs.getObject("closed_on_time", Boolean.class), rs.getObject("due_on", LocalDate.class));
			})
			.optional();
	}

	record DepartmentFigures(Long departmentId, int open, int overdue, int closed, int closedOnTime) {
	}

	List<DepartmentFigures> figures(Long[] siteIds, LocalDate today) {
		return jdbc.sql("""
				select department_id,
				       count(*) filter (where status <> 'CLOSED') as open,
				       count(*) filter (where status <> 'CLOSED' and due_on < :today) as overdue,
				       count(*) filter (where status = 'CLOSED') as closed,
				       count(*) filter (where status = 'CLOSED' and closed_on_time) as closed_on_time
				from imp_issue where site_id = any(:sites)
				group by department_id order by department_id nulls first""")
			.param("sites", siteIds)
			.param("today", today)
			.query((rs, n) -> new DepartmentFigures(rs.getObject("department_id", Long.class), rs.getInt("open"),
					rs.getInt("overdue"), rs.getInt("closed"), rs.getInt("closed_on_time")))
			.list();
	}

	private static Issue issue(ResultSet rs, int row) throws SQLException {
		String deadlineClass = rs.getString("deadline_class");
		String outcome = rs.getString("outcome");
		return new Issue(rs.getLong("id"), rs.getLong("site_id"), IssueSource.valueOf(rs.getString("source")),
				rs.getObject("source_id", Long.class), rs.getObject("department_id", Long.class), rs.getString("title"),
				rs.getString("detail"), deadlineClass == null ? null : DeadlineClass.valueOf(deadlineClass),
				rs.getObject("opened_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
				IssueStatus.valueOf(rs.getString("status")), rs.getString("evidence"),
				rs.getObject("evidence_file_id", Long.class), outcome == null ? null : IssueOutcome.valueOf(outcome),
				rs.getObject("closed_on", LocalDate.class), rs.getObject("closed_on_time", Boolean.class),
				rs.getObject("created_by", Long.class), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}
}
