package org.onewindow.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.platform.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The back office's record of each accepted case ({@code apr_clock}).
 */
@Repository
public class CaseClockRepository {

	private static final String COLUMNS = """
			case_id, case_number, site_id, catalog_version, bundle_code, title, applicant_display, accepted_at,
			accepted_on, promised_days, legal_days, promised_on, legal_on, due_promised_on, due_legal_on, state, outcome,
			concluded_at, version""";

	private final JdbcClient jdbc;

	CaseClockRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a newly accepted case; {@code false} when it was recorded before (the event delivered twice). */
	boolean insertIfAbsent(CaseClock c, Instant now) {
		return jdbc.sql("""
				insert into apr_clock (case_id, case_number, site_id, catalog_version, bundle_code, title, applicant_display,
				    accepted_at, accepted_on, promised_days, legal_days, promised_on, legal_on, due_promised_on, due_legal_on,
				    state, created_at)
				values (:caseId, :caseNumber, :siteId, :catalogVersion, :bundleCode, :title, :applicant, :acceptedAt,
				    :acceptedOn, :promisedDays, :legalDays, :promisedOn, :legalOn, :promisedOn, :legalOn, 'IN_APPROVAL', :now)
				on conflict (case_id) do nothing""")
			.param("caseId", c.caseId())
			.param("caseNumber", c.caseNumber())
			.param("siteId", c.siteId())
			.param("catalogVersion", c.catalogVersion())
			.param("bundleCode", c.bundleCode())
			.param("title", c.title())
			.param("applicant", c.applicantDisplay())
			.param("acceptedAt", Timestamp.from(c.acceptedAt()))
			.param("acceptedOn", c.acceptedOn())
			.param("promisedDays", c.promisedDays())
			.param("legalDays", c.legalDays())
			.param("promisedOn", c.promisedOn())
			.param("legalOn", c.legalOn())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<CaseClock> find(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from apr_clock where case_id = :id")
			.param("id", caseId)
			.query(CaseClockRepository::map)
			.optional();
	}

	/**
	 * Serializes the listeners of one case until the transaction ends: a case's acceptance and its termination handed
	 * over at the same time (the registry republishes after a crash, listeners on several nodes) find each other,
	 * although the clock row may not exist yet.
	 */
	void lockCaseEvents(long caseId) {
		TransactionLocks.lock(jdbc, "apr_clock:" + caseId);
	}

	/** The case, locked: every decision on a case's tasks goes through this lock, one at a time per case. */
	Optional<CaseClock> lock(long caseId) {
		return jdbc.sql("select " + COLUMNS + " from apr_clock where case_id = :id for update")
			.param("id", caseId)
			.query(CaseClockRepository::map)
			.optional();
	}

	List<CaseClock> findAll(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from apr_clock where case_id = any(:ids)")
			.param("ids", caseIds.toArray(Long[]::new))
			.query(CaseClockRepository::map)
			.list();
	}

	/**
	 * The cases in approval that concern a site scope: accepted at one of its sites, or with a task in hand at one.
	 */
	List<CaseClock> openInScope(Long[] siteIds) {
		return jdbc.sql("select " + COLUMNS + """
				 from apr_clock c
				where c.state = 'IN_APPROVAL'
				  and (c.site_id = any(:sites)
				       or exists (select 1 from apr_task t
				                  where t.case_id = c.case_id and t.state in ('OPEN', 'CLAIMED') and t.site_id = any(:sites)))
				order by c.accepted_at""")
			.param("sites", siteIds)
			.query(CaseClockRepository::map)
			.list();
	}

	void moveDueDates(long caseId, LocalDate promised, LocalDate legal) {
		jdbc.sql("""
				update apr_clock set due_promised_on = :promised, due_legal_on = :legal, version = version + 1
				where case_id = :id""")
			.param("id", caseId)
			.param("promised", promised)
			.param("legal", legal)
			.update();
	}

	void close(long caseId, CaseClock.State state, CaseOutcome outcome, Instant at) {
		jdbc.sql("""
				update apr_clock set state = :state, outcome = :outcome, concluded_at = :at, version = version + 1
				where case_id = :id""")
			.param("id", caseId)
			.param("state", state.name())
			.param("outcome", outcome == null ? null : outcome.name())
			.param("at", Timestamp.from(at))
			.update();
	}

	private static CaseClock map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		Timestamp concluded = rs.getTimestamp("concluded_at");
		return new CaseClock(rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("site_id"),
				rs.getInt("catalog_version"), rs.getString("bundle_code"), rs.getString("title"),
				rs.getString("applicant_display"), rs.getTimestamp("accepted_at").toInstant(),
				rs.getObject("accepted_on", LocalDate.class), rs.getInt("promised_days"), rs.getInt("legal_days"),
				rs.getObject("promised_on", LocalDate.class), rs.getObject("legal_on", LocalDate.class),
				rs.getObject("due_promised_on", LocalDate.class), rs.getObject("due_legal_on", LocalDate.class),
				CaseClock.State.valueOf(rs.getString("state")), outcome == null ? null : CaseOutcome.valueOf(outcome),
				concluded == null ? null : concluded.toInstant(), rs.getInt("version"));
	}
}
