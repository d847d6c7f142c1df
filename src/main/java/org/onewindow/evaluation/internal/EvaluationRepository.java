package org.onewindow.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.onewindow.evaluation.internal.EvaluationRecords.RatedService;
import org.onewindow.evaluation.internal.EvaluationRecords.Rating;
import org.onewindow.evaluation.internal.EvaluationRecords.Rectification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evaluation tables ({@code ev_…}).
 */
@Repository
public class EvaluationRepository {

	private static final String SERVICE_COLUMNS = """
			id, kind, ticket_id, case_id, site_id, counter_id, staff_id, department_id, description, token, finished_at""";

	private static final String RATING_COLUMNS = """
			id, service_id, site_id, counter_id, staff_id, department_id, channel, level, reasons, comment, rated_at,
			annulled, follow_up_level, follow_up_comment, followed_up_at""";

	private final JdbcClient jdbc;

	EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// services

	/** Inserts the service unless it is already there (listeners may run twice). */
	void insertService(String kind, Long ticketId, Long caseId, long siteId, Long counterId, Long staffId,
			Long departmentId, String description, String token, Instant finishedAt) {
		jdbc.sql("""
				insert into ev_service (kind, ticket_id, case_id, site_id, counter_id, staff_id, department_id,
				    description, token, finished_at)
				values (:kind, :ticket, :case, :site, :counter, :staff, :department, :description, :token, :finished)
				on conflict do nothing""")
			.param("kind", kind)
			.param("ticket", ticketId)
			.param("case", caseId)
			.param("site", siteId)
			.param("counter", counterId)
			.param("staff", staffId)
			.param("department", departmentId)
			.param("description", description)
			.param("token", token)
			.param("finished", at(finishedAt))
			.update();
	}

	Optional<RatedService> serviceByToken(String token) {
		return jdbc.sql("select " + SERVICE_COLUMNS + " from ev_service where token = :token")
			.param("token", token)
			.query(EvaluationRepository::service)
			.optional();
	}

	Optional<RatedService> service(long id) {
		return jdbc.sql("select " + SERVICE_COLUMNS + " from ev_service where id = :id")
			.param("id", id)
			.query(EvaluationRepository::service)
			.optional();
	}

	List<RatedService> servicesOfCase(long caseId) {
		return jdbc.sql("select " + SERVICE_COLUMNS + " from ev_service where kind = 'CASE' and case_id = :id")
			.param("id", caseId)
			.query(EvaluationRepository::service)
			.list();
	}

	List<RatedService> servicesOfTicket(long ticketId) {
		return jdbc.sql("select " + SERVICE_COLUMNS + " from ev_service where kind = 'TICKET' and ticket_id = :id")
			.param("id", ticketId)
			.query(EvaluationRepository::service)
			.list();
	}

	/** The latest unrated service finished at the counter since {@code since}. */
	Optional<RatedService> pendingAt(long counterId, Instant since) {
		return jdbc.sql("select " + SERVICE_COLUMNS + " " + """
				from ev_service s where counter_id = :counter and finished_at >= :since
				 and not exists (select 1 from ev_rating r where r.service_id = s.id)
				 order by finished_at desc, id desc limit 1""")
			.param("counter", counterId)
			.param("since", at(since))
			.query(EvaluationRepository::service)
			.optional();
	}

	// ratings

	long insertRating(Long serviceId, long siteId, Long counterId, Long staffId, Long departmentId, Channel channel,
			Level level, List<String> reasons, String comment, Instant ratedAt, Long enteredBy) {
		return jdbc.sql("""
				insert into ev_rating (service_id, site_id, counter_id, staff_id, department_id, channel, level,
				    reasons, comment, rated_at, entered_by)
				values (:service, :site, :counter, :staff, :department, :channel, :level, :reasons, :comment, :at,
				    :by)
				returning id""")
			.param("service", serviceId)
			.param("site", siteId)
			.param("counter", counterId)
			.param("staff", staffId)
			.param("department", departmentId)
			.param("channel", channel.name())
			.param("level", level.name())
			.param("reasons", reasons.toArray(String[]::new))
			.param("comment", comment)
			.param("at", at(ratedAt))
			.param("by", enteredBy)
			.query(Long.class)
			.single();
	}

	Optional<Rating> rating(long id) {
		return jdbc.sql("select " + RATING_COLUMNS + " from ev_rating where id = :id")
			.param("id", id)
			.query(EvaluationRepository::rating)
			.optional();
	}

	Optional<Rating> ratingOfService(long serviceId) {
		return jdbc.sql("select " + RATING_COLUMNS + " from ev_rating where service_id = :id")
			.param("id", serviceId)
			.query(EvaluationRepository::rating)
			.optional();
	}

	/** Records the one 追评; false when there already is one. */
	boolean followUp(long ratingId, Level level, String comment, Instant at) {
		return jdbc.sql("""
				update ev_rating set follow_up_level = :level, follow_up_comment = :comment, followed_up_at = :at
				where id = :id and followed_up_at is null""")
			.param("id", ratingId)
			.param("level", level.name())
			.param("comment", comment)
			.param("at", at(at))
			.update() == 1;
	}

	void annul(long ratingId) {
		jdbc.sql("update ev_rating set annulled = true where id = :id").param("id", ratingId).update();
	}

	// pads

	void pair(long counterId, long siteId, String secretHash, long by, Instant at) {
		jdbc.sql("""
				insert into ev_pad (counter_id, site_id, secret_hash, paired_by, paired_at)
				values (:counter, :site, :hash, :by, :at)
				on conflict (counter_id) do update set secret_hash = excluded.secret_hash,
				    paired_by = excluded.paired_by, paired_at = excluded.paired_at""")
			.param("counter", counterId)
			.param("site", siteId)
			.param("hash", secretHash)
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	Optional<String> padSecretHash(long counterId) {
		return jdbc.sql("select secret_hash from ev_pad where counter_id = :counter")
			.param("counter", counterId)
			.query(String.class)
			.optional();
	}

	// rectifications

	long insertRectification(long ratingId, long siteId, Long departmentId, Long staffId, String service,
			String reason, LocalDate openedOn, Instant openedAt, LocalDate callBackDue, LocalDate feedbackDue) {
		return jdbc.sql("""
				insert into ev_rectification (rating_id, site_id, department_id, staff_id, service, reason, status,
				    opened_on, opened_at, call_back_due, feedback_due)
				values (:rating, :site, :department, :staff, :service, :reason, 'OPEN', :on, :at, :callBack,
				    :feedback)
				returning id""")
			.param("rating", ratingId)
			.param("site", siteId)
			.param("department", departmentId)
			.param("staff", staffId)
			.param("service", service)
			.param("reason", reason)
			.param("on", openedOn)
			.param("at", at(openedAt))
			.param("callBack", callBackDue)
			.param("feedback", feedbackDue)
			.query(Long.class)
			.single();
	}

	Optional<Rectification> rectification(long id) {
		return jdbc.sql("select * from ev_rectification where id = :id")
			.param("id", id)
			.query(EvaluationRepository::rectification)
			.optional();
	}

	Optional<Rectification> rectificationOfRating(long ratingId) {
		return jdbc.sql("select * from ev_rectification where rating_id = :id")
			.param("id", ratingId)
			.query(EvaluationRepository::rectification)
			.optional();
	}

	/** Every open rectification (for the reminders of yellow and red ones). */
	List<Rectification> openRectifications() {
		return jdbc.sql("select * from ev_rectification where status = 'OPEN' order by id")
			.query(EvaluationRepository::rectification)
			.list();
	}

	/**
	 * The rectifications of the sites, all of them or only those of one department.
	 *
	 * @param departmentId {@code null} for every department
	 */
	List<Rectification> rectifications(Long[] siteIds, Long departmentId, boolean openOnly) {
		return jdbc.sql("""
				select * from ev_rectification where site_id = any(:sites)
				and (cast(:department as bigint) is null or department_id = :department)
				and (not :openOnly or status = 'OPEN')
				order by status desc, feedback_due, id limit 500""")
			.param("sites", siteIds)
			.param("department", departmentId)
			.param("openOnly", openOnly)
			.query(EvaluationRepository::rectification)
			.list();
	}

	/**
	 * Sets one step's columns when the version still matches; the column names come from this class only.
	 *
	 * @return false when someone else changed the rectification first
	 */
	boolean recordStep(long id, int version, String step, String text, long by, Instant at) {
		String sql = switch (step) {
			case "call_back" -> "call_back_text = :text, call_back_by = :by, call_back_at = :at";
			case "verify" -> "verify_text = :text, verify_by = :by, verify_at = :at";
			case "feedback" -> "feedback_text = :text, feedback_by = :by, feedback_at = :at";
			case "appeal" -> "appeal_text = :text, appeal_by = :by, appeal_at = :at";
			default -> throw new IllegalArgumentException(step);
		};
		return jdbc.sql("update ev_rectification set " + sql
				+ ", version = version + 1 where id = :id and version = :version and status = 'OPEN'")
			.param("id", id)
			.param("version", version)
			.param("text", text)
			.param("by", by)
			.param("at", at(at))
			.update() == 1;
	}

	boolean decideAppeal(long id, int version, String decision, String text, long by, Instant at) {
		return jdbc.sql("""
				update ev_rectification set appeal_decision = :decision, decision_text = :text, decided_by = :by,
				    decided_at = :at, version = version + 1
				where id = :id and version = :version and status = 'OPEN'""")
			.param("id", id)
			.param("version", version)
			.param("decision", decision)
			.param("text", text)
			.param("by", by)
			.param("at", at(at))
			.update() == 1;
	}

	void close(long id, boolean onTime, boolean annulled, Instant at) {
		jdbc.sql("""
				update ev_rectification set status = 'CLOSED', on_time = :onTime, annulled = :annulled,
				    closed_at = :at, version = version + 1
				where id = :id""")
			.param("id", id)
			.param("onTime", onTime)
			.param("annulled", annulled)
			.param("at", at(at))
			.update();
	}

	/**
	 * Reopens a closed (not annulled) rectification for another round: the closed round is kept in
	 * {@code ev_rectification_round}, the steps start again with the new deadlines.
	 *
	 * @return false when it is open or annulled (nothing changed)
	 */
	boolean reopen(long id, LocalDate on, Instant at, String reason, LocalDate callBackDue, LocalDate feedbackDue) {
		int kept = jdbc.sql("""
				insert into ev_rectification_round (rectification_id, round, opened_on, call_back_due, feedback_due,
				    call_back_text, call_back_by, call_back_at, verify_text, verify_by, verify_at, feedback_text,
				    feedback_by, feedback_at, closed_at, on_time)
				select id, round, coalesce(reopened_on, opened_on), call_back_due, feedback_due, call_back_text,
				    call_back_by, call_back_at, verify_text, verify_by, verify_at, feedback_text, feedback_by,
				    feedback_at, closed_at, on_time
				from ev_rectification where id = :id and status = 'CLOSED' and not annulled
				on conflict do nothing""")
			.param("id", id)
			.update();
		if (kept == 0) {
			return false;
		}
		return jdbc.sql("""
				update ev_rectification set status = 'OPEN', round = round + 1, reopened_on = :on, reopened_at = :at,
				    reopen_reason = :reason, earlier_on_time = coalesce(earlier_on_time, true) and coalesce(on_time, false),
				    on_time = null, closed_at = null, call_back_due = :callBack, feedback_due = :feedback,
				    call_back_text = null, call_back_by = null, call_back_at = null, verify_text = null,
				    verify_by = null, verify_at = null, feedback_text = null, feedback_by = null, feedback_at = null,
				    version = version + 1
				where id = :id and status = 'CLOSED' and not annulled""")
			.param("id", id)
			.param("on", on)
			.param("at", at(at))
			.param("reason", reason)
			.param("callBack", callBackDue)
			.param("feedback", feedbackDue)
			.update() == 1;
	}

	/** The citizen's satisfied 追评 as the rectification's 回访 result. */
	void recordRevisit(long id, Level level, String comment, Instant at) {
		jdbc.sql("""
				update ev_rectification set revisit_level = :level, revisit_comment = :comment, revisit_at = :at,
				    version = version + 1
				where id = :id""")
			.param("id", id)
			.param("level", level.name())
			.param("comment", comment)
			.param("at", at(at))
			.update();
	}

	/** A closed round of a reopened rectification. */
	public record Round(int round, LocalDate openedOn, LocalDate callBackDue, LocalDate feedbackDue,
			String callBackText, Instant callBackAt, String verifyText, Instant verifyAt, String feedbackText,
			Instant feedbackAt, Instant closedAt, Boolean onTime) {
	}

	List<Round> rounds(long rectificationId) {
		return jdbc.sql("select * from ev_rectification_round where rectification_id = :id order by round")
			.param("id", rectificationId)
			.query((rs, n) -> new Round(rs.getInt("round"), rs.getObject("opened_on", LocalDate.class),
					rs.getObject("call_back_due", LocalDate.class), rs.getObject("feedback_due", LocalDate.class),
					rs.getString("call_back_text"), instant(rs, "call_back_at"), rs.getString("verify_text"),
					instant(rs, "verify_at"), rs.getString("feedback_text"), instant(rs, "feedback_at"),
					instant(rs, "closed_at"), nullableBoolean(rs, "on_time")))
			.list();
	}

	// statistics

	/** One group's count of one level. */
	public record LevelCount(Long key, Level level, long count, long closedOnTime) {
	}

	/**
	 * Counts of the ratings that count (not annulled) of the sites in the period, per key and level.
	 *
	 * @param keyColumn one of the fixed column names of {@code ev_rating} chosen by the caller's switch
	 */
	List<LevelCount> levelCounts(Long[] siteIds, Instant from, Instant to, String keyColumn) {
		return jdbc.sql("select r." + keyColumn + ", " + """
				r.level, count(*),
				    count(x.id) filter (where x.status = 'CLOSED' and x.on_time)
				from ev_rating r left join ev_rectification x on x.rating_id = r.id
				where r.site_id = any(:sites) and r.rated_at >= :from and r.rated_at < :to and not r.annulled
				group by 1, 2""")
			.param("sites", siteIds)
			.param("from", at(from))
			.param("to", at(to))
			.query((rs, i) -> new LevelCount(nullableLong(rs, 1), Level.valueOf(rs.getString(2)), rs.getLong(3),
					rs.getLong(4)))
			.list();
	}

	// mapping

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static RatedService service(ResultSet rs, int row) throws SQLException {
		return new RatedService(rs.getLong("id"), rs.getString("kind"), nullableLong(rs, "ticket_id"),
				nullableLong(rs, "case_id"), rs.getLong("site_id"), nullableLong(rs, "counter_id"),
				nullableLong(rs, "staff_id"), nullableLong(rs, "department_id"), rs.getString("description"),
				rs.getString("token"), instant(rs, "finished_at"));
	}

	private static Rating rating(ResultSet rs, int row) throws SQLException {
		String followUp = rs.getString("follow_up_level");
		return new Rating(rs.getLong("id"), nullableLong(rs, "service_id"), rs.getLong("site_id"),
				nullableLong(rs, "counter_id"), nullableLong(rs, "staff_id"), nullableLong(rs, "department_id"),
				Channel.valueOf(rs.getString("channel")), Level.valueOf(rs.getString("level")),
				Arrays.asList((String[]) rs.getArray("reasons").getArray()), rs.getString("comment"),
				instant(rs, "rated_at"), rs.getBoolean("annulled"), followUp == null ? null : Level.valueOf(followUp),
				rs.getString("follow_up_comment"), instant(rs, "followed_up_at"));
	}

	private static Rectification rectification(ResultSet rs, int row) throws SQLException {
		boolean onTime = rs.getBoolean("on_time");
		Boolean onTimeValue = rs.wasNull() ? null : onTime;
		return new Rectification(rs.getLong("id"), rs.getLong("rating_id"), rs.getLong("site_id"),
				nullableLong(rs, "department_id"), nullableLong(rs, "staff_id"), rs.getString("service"),
				rs.getString("reason"), rs.getString("status"), rs.getObject("opened_on", LocalDate.class),
				instant(rs, "opened_at"), rs.getObject("call_back_due", LocalDate.class),
				rs.getObject("feedback_due", LocalDate.class), rs.getString("call_back_text"),
				nullableLong(rs, "call_back_by"), instant(rs, "call_back_at"), rs.getString("verify_text"),
				nullableLong(rs, "verify_by"), instant(rs, "verify_at"), rs.getString("feedback_text"),
				nullableLong(rs, "feedback_by"), instant(rs, "feedback_at"), rs.getString("appeal_text"),
				nullableLong(rs, "appeal_by"), instant(rs, "appeal_at"), rs.getString("appeal_decision"),
				rs.getString("decision_text"), nullableLong(rs, "decided_by"), instant(rs, "decided_at"),
				instant(rs, "closed_at"), onTimeValue, rs.getBoolean("annulled"), rs.getInt("version"), rs.getInt("round"),
				rs.getObject("reopened_on", LocalDate.class), instant(rs, "reopened_at"), rs.getString("reopen_reason"),
				nullableBoolean(rs, "earlier_on_time"),
				rs.getString("revisit_level") == null ? null : Level.valueOf(rs.getString("revisit_level")),
				rs.getString("revisit_comment"), instant(rs, "revisit_at"));
	}
}
