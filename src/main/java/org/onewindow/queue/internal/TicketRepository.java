package org.onewindow.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.onewindow.queue.Priority;
import org.onewindow.queue.TicketState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tickets, their numbering and their history. The call is one statement: it claims the first eligible row with
 * {@code FOR UPDATE SKIP LOCKED} and marks it called, so a ticket can never go to two counters.
 */
@Repository
public class TicketRepository {

	private static final String COLUMNS = """
			id, token, site_id, service_day, category, seq, number, priority, channel, state, situation_codes,
			catalog_version, phone, id_number, appointment_id, sort_key, not_before, target_counter_id, counter_id,
			staff_id, issued_at, called_at, call_count, no_show_count, transfer_count, finished_at, service_seconds,
			version""";

	private final JdbcClient jdbc;

	TicketRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Gives a ticket inserted in this transaction the next number of its category, site and day, in one statement,
	 * and answers the ticket. The day's counter row stays locked until the transaction ends, so this comes last:
	 * taken first, every kiosk of a site waited for the others' whole issuing (docs/benchmarks.md).
	 */
	Ticket assignNumber(long ticketId, long siteId, LocalDate day, String category) {
		return jdbc.sql("""
				with next as (
				    insert into q_number_sequence (site_id, service_day, category, last_number)
				    values (:site, :day, :category, 1)
				    on conflict (site_id, service_day, category)
				    do update set last_number = q_number_sequence.last_number + 1
				    returning last_number)
				update q_ticket
				set seq = next.last_number,
				    number = :category || case when next.last_number < 1000 then lpad(next.last_number::text, 3, '0')
				                               else next.last_number::text end
				from next
				where id = :id
				returning\s""" + COLUMNS)
			.param("site", siteId)
			.param("day", day)
			.param("category", category)
			.param("id", ticketId)
			.query(this::map)
			.single();
	}

	/**
	 * Inserts a ticket under a provisional {@code seq}: the negative process id of this connection, unique among the
	 * transactions in flight and never committed — {@link #assignNumber} replaces it in the same transaction.
	 */
	long insert(Ticket t, Long issuedBy) {
		return jdbc.sql("""
				insert into q_ticket (token, site_id, service_day, category, seq, number, priority, lane, channel, state,
				    situation_codes, catalog_version, phone, id_number, appointment_id, sort_key, not_before, issued_at,
				    issued_by)
				values (:token, :site, :day, :category, -pg_backend_pid(), :number, :priority, :lane, :channel, 'WAITING',
				    :situations, :catalogVersion, :phone, :idNumber, :appointment, :sortKey, :notBefore, :issuedAt, :issuedBy)
				returning id""")
			.param("token", t.token())
			.param("site", t.siteId())
			.param("day", t.serviceDay())
			.param("category", t.category())
			.param("number", t.number())
			.param("priority", t.priority().name())
			.param("lane", CallingPolicy.Lane.of(t.priority().isPriority()).code())
			.param("channel", t.channel().name())
			.param("situations", t.situationCodes().toArray(String[]::new))
			.param("catalogVersion", t.catalogVersion())
			.param("phone", t.phone())
			.param("idNumber", t.idNumber())
			.param("appointment", t.appointmentId())
			.param("sortKey", Timestamp.from(t.sortKey()))
			.param("notBefore", Timestamp.from(t.notBefore()))
			.param("issuedAt", Timestamp.from(t.issuedAt()))
			.param("issuedBy", issuedBy)
			.query(Long.class)
			.single();
	}

	Optional<Ticket> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from q_ticket where id = :id").param("id", id).query(this::map).optional();
	}

	Optional<Ticket> findForUpdate(long id) {
		return jdbc.sql("select " + COLUMNS + " from q_ticket where id = :id for update")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	Optional<Ticket> findByToken(String token) {
		return jdbc.sql("select " + COLUMNS + " from q_ticket where token = :token")
			.param("token", token)
			.query(this::map)
			.optional();
	}

	Optional<Ticket> currentAt(long counterId) {
		return jdbc.sql("select " + COLUMNS + " from q_ticket where counter_id = :counter and state = 'CALLED'")
			.param("counter", counterId)
			.query(this::map)
			.optional();
	}

	/**
	 * What a call needs to know, read in one round trip: the counter's state, its current ticket, whether tickets were
	 * transferred to it, the site's priority ratio and, for each of the categories to call from (in the counter's
	 * order of preference), the lanes ({@link CategoryLanes}). Empty when the counter has never been opened.
	 */
	record CallContext(QueueSiteRepository.CounterMode mode, Long staffId, Long currentTicketId, String currentNumber,
			boolean targetedWaiting, int priorityRatio, List<CategoryLanes> lanes) {
	}

	/**
	 * For one category: whether each of the latest calls today (up to the priority ratio) was a priority ticket (most
	 * recent first), and which lanes have tickets that may be called now.
	 */
	record CategoryLanes(String category, List<Boolean> recentCalls, boolean priorityWaiting, boolean normalWaiting) {

		boolean waiting(CallingPolicy.Lane lane) {
			return lane == CallingPolicy.Lane.PRIORITY ? priorityWaiting : normalWaiting;
		}
	}

	Optional<CallContext> callContext(long counterId, long siteId, LocalDate day, List<String> categories,
			Instant now) {
		// the categories as a VALUES list of their number (not unnest of an array): PostgreSQL then plans the statement
		// once per connection and reuses it; with an array of unknown length it re-planned it at every call, which cost
		// ten times what executing it did (docs/benchmarks.md)
		// (a counter without categories gets one row of null: its context still comes back, with no lanes)
		var values = new StringJoiner(", ");
		var categoryParams = new HashMap<String, Object>();
		for (int i = 0; i < Math.max(1, categories.size()); i++) {
			values.add("(cast(:category" + i + " as text), " + i + ")");
			categoryParams.put("category" + i, i < categories.size() ? categories.get(i) : null);
		}
		var rows = jdbc.sql("""
				with context as (
				    select cs.state, cs.staff_id, cur.id as current_id, cur.number as current_number,
				           exists (select 1 from q_ticket w
				                   where w.target_counter_id = cs.counter_id and w.state = 'WAITING') as targeted,
				           coalesce(qs.priority_ratio, 3) as ratio
				    from q_counter_state cs
				    left join q_ticket cur on cur.counter_id = cs.counter_id and cur.state = 'CALLED'
				    left join q_site_settings qs on qs.site_id = cs.site_id
				    where cs.counter_id = :counter)
				select context.*, c.category,
				       array(select r.lane = 0 from q_ticket r
				             where r.site_id = :site and r.service_day = :day and r.category = c.category
				               and r.called_at is not null
				             order by r.called_at desc limit (select ratio from context)) as recent,
				       exists (select 1 from q_ticket w
				               where w.site_id = :site and w.service_day = :day and w.category = c.category and w.lane = 0
				                 and w.state = 'WAITING' and w.target_counter_id is null and w.not_before <= :now) as priority,
				       exists (select 1 from q_ticket w
				               where w.site_id = :site and w.service_day = :day and w.category = c.category and w.lane = 1
				                 and w.state = 'WAITING' and w.target_counter_id is null and w.not_before <= :now) as normal
				from context
				left join (values\s""" + values + """
				) as c(category, position) on true
				order by c.position""")
			.param("counter", counterId)
			.param("site", siteId)
			.param("day", day)
			.param("now", Timestamp.from(now))
			.params(categoryParams)
			.query((rs, i) -> {
				int ratio = rs.getInt("ratio");
				String category = rs.getString("category");
				List<CategoryLanes> lanes = List.of();
				if (category != null) {
					var recent = Arrays.asList((Boolean[]) rs.getArray("recent").getArray());
					lanes = List.of(new CategoryLanes(category, recent, rs.getBoolean("priority"),
							rs.getBoolean("normal")));
				}
				return new CallContext(QueueSiteRepository.CounterMode.valueOf(rs.getString("state")),
						(Long) rs.getObject("staff_id"), (Long) rs.getObject("current_id"),
						rs.getString("current_number"), rs.getBoolean("targeted"), ratio, lanes);
			})
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		var first = rows.get(0);
		return Optional.of(new CallContext(first.mode(), first.staffId(), first.currentTicketId(),
				first.currentNumber(), first.targetedWaiting(), first.priorityRatio(),
				rows.stream().flatMap(row -> row.lanes().stream()).toList()));
	}

	/**
	 * Claims the oldest eligible waiting ticket of one lane of a category (or, with {@code category == null}, the
	 * oldest ticket transferred to this counter), marks it called by the counter and records the call, in one
	 * statement.
	 */
	Optional<Ticket> claimNext(long siteId, LocalDate day, String category, CallingPolicy.Lane lane, long counterId,
			long staffId, Instant now) {
		String candidate = category == null ? """
				select id from q_ticket
				where target_counter_id = :counter and state = 'WAITING' and not_before <= :now
				order by sort_key, id limit 1 for update skip locked""" : """
				select id from q_ticket
				where site_id = :site and service_day = :day and category = :category and lane = :lane
				  and state = 'WAITING' and target_counter_id is null and not_before <= :now
				order by sort_key, id limit 1 for update skip locked""";
		return jdbc.sql("with candidate as (" + candidate + """
				), called as (
				    update q_ticket t set state = 'CALLED', counter_id = :counter, staff_id = :staff, called_at = :now,
				        call_count = t.call_count + 1, target_counter_id = null, version = t.version + 1
				    from candidate where t.id = candidate.id
				    returning""" + " " + prefixed("t") + """
				), event as (
				    insert into q_ticket_event (ticket_id, site_id, kind, counter_id, staff_id, at)
				    select id, site_id, 'CALLED', :counter, :staff, :now from called)
				select * from called""")
			.param("site", siteId)
			.param("day", day)
			.param("category", category)
			.param("lane", lane.code())
			.param("counter", counterId)
			.param("staff", staffId)
			.param("now", Timestamp.from(now))
			.query(this::map)
			.optional();
	}

	/**
	 * Writes back a transition made by {@link Ticket} (the row is locked by {@link #findForUpdate}) and records it
	 * in the ticket's history, in one statement.
	 */
	void update(Ticket t, String kind, Long counterId, Long staffId, String detail, Instant at) {
		jdbc.sql("""
				with changed as (
				    update q_ticket set state = :state, category = :category, not_before = :notBefore,
				        target_counter_id = :target, counter_id = :counter, staff_id = :staff, call_count = :callCount,
				        no_show_count = :noShows, transfer_count = :transfers, finished_at = :finishedAt,
				        service_seconds = :serviceSeconds, situation_codes = :situations, version = version + 1
				    where id = :id
				    returning id, site_id)
				insert into q_ticket_event (ticket_id, site_id, kind, counter_id, staff_id, detail, at)
				select id, site_id, :kind, :eventCounter, :eventStaff, :detail, :at from changed""")
			.param("id", t.id())
			.param("state", t.state().name())
			.param("category", t.category())
			.param("notBefore", Timestamp.from(t.notBefore()))
			.param("target", t.targetCounterId())
			.param("counter", t.counterId())
			.param("staff", t.staffId())
			.param("callCount", t.callCount())
			.param("noShows", t.noShowCount())
			.param("transfers", t.transferCount())
			.param("finishedAt", t.finishedAt() == null ? null : Timestamp.from(t.finishedAt()))
			.param("serviceSeconds", t.serviceSeconds())
			.param("situations", t.situationCodes().toArray(String[]::new))
			.param("kind", kind)
			.param("eventCounter", counterId)
			.param("eventStaff", staffId)
			.param("detail", detail)
			.param("at", Timestamp.from(at))
			.update();
	}

	void recordEvent(Ticket t, String kind, Long counterId, Long staffId, String detail, Instant at) {
		recordEvent(t.id(), t.siteId(), kind, counterId, staffId, detail, at);
	}

	void recordEvent(long ticketId, long siteId, String kind, Long counterId, Long staffId, String detail, Instant at) {
		jdbc.sql("""
				insert into q_ticket_event (ticket_id, site_id, kind, counter_id, staff_id, detail, at)
				values (:ticket, :site, :kind, :counter, :staff, :detail, :at)""")
			.param("ticket", ticketId)
			.param("site", siteId)
			.param("kind", kind)
			.param("counter", counterId)
			.param("staff", staffId)
			.param("detail", detail)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Beyond this many, "people ahead" is not counted further (the ticket shows "200 人以上"): a count walks that many
	 * index entries, and at 999 it was the costliest statement of a busy hall (docs/benchmarks.md), for a number no
	 * citizen plans by.
	 */
	static final int PEOPLE_AHEAD_CAP = 200;

	/**
	 * Waiting tickets ahead of this one in its category and lane order (an estimate: lanes interleave), counted up
	 * to {@link #PEOPLE_AHEAD_CAP}.
	 */
	int peopleAhead(Ticket t) {
		return jdbc.sql("""
				select count(*) from (
				    select 1 from q_ticket
				    where site_id = :site and service_day = :day and category = :category and state = 'WAITING'
				      and target_counter_id is null and (lane, sort_key, id) < (:lane, :sortKey, :id)
				    limit :cap) ahead""")
			.param("site", t.siteId())
			.param("day", t.serviceDay())
			.param("category", t.category())
			.param("id", t.id())
			.param("lane", CallingPolicy.Lane.of(t.priority().isPriority()).code())
			.param("sortKey", Timestamp.from(t.sortKey()))
			.param("cap", PEOPLE_AHEAD_CAP)
			.query(Integer.class)
			.single();
	}

	record Waiting(String category, int count, Instant oldestIssuedAt) {
	}

	List<Waiting> waitingByCategory(long siteId, LocalDate day) {
		return jdbc.sql("""
				select category, count(*) as n, min(issued_at) as oldest from q_ticket
				where site_id = :site and service_day = :day and state = 'WAITING'
				group by category order by category""")
			.param("site", siteId)
			.param("day", day)
			.query((rs, i) -> new Waiting(rs.getString("category"), rs.getInt("n"),
					rs.getTimestamp("oldest").toInstant()))
			.list();
	}

	/** Average service time of the latest finished tickets of a category today (null without any). */
	Double averageServiceSeconds(long siteId, LocalDate day, String category) {
		return jdbc.sql("""
				select avg(service_seconds) from (
				    select service_seconds from q_ticket
				    where site_id = :site and service_day = :day and category = :category and state = 'DONE'
				    order by finished_at desc limit 30) latest""")
			.param("site", siteId)
			.param("day", day)
			.param("category", category)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	int servedToday(long siteId, LocalDate day, Long counterId) {
		return jdbc.sql("""
				select count(*) from q_ticket where site_id = :site and service_day = :day and state = 'DONE'
				  and (cast(:counter as bigint) is null or counter_id = :counter)""")
			.param("site", siteId)
			.param("day", day)
			.param("counter", counterId)
			.query(Integer.class)
			.single();
	}

	Double averageWaitMinutes(long siteId, LocalDate day) {
		return jdbc.sql("""
				select avg(extract(epoch from (called_at - issued_at)) / 60) from q_ticket
				where site_id = :site and service_day = :day and called_at is not null""")
			.param("site", siteId)
			.param("day", day)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	record Call(long ticketId, String number, String category, long counterId, String kind, Instant at) {
	}

	/** The latest calls and recalls at a site today, newest first. */
	List<Call> recentCallsAt(long siteId, Instant since, int limit) {
		return jdbc.sql("""
				select e.ticket_id, t.number, t.category, e.counter_id, e.kind, e.at
				from q_ticket_event e join q_ticket t on t.id = e.ticket_id
				where e.site_id = :site and e.kind in ('CALLED', 'RECALLED') and e.at >= :since
				order by e.at desc, e.id desc limit :limit""")
			.param("site", siteId)
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, i) -> new Call(rs.getLong("ticket_id"), rs.getString("number"), rs.getString("category"),
					rs.getLong("counter_id"), rs.getString("kind"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** Tickets currently at a counter of a site. */
	List<Ticket> currentAtSite(long siteId) {
		return jdbc.sql("select " + COLUMNS + " from q_ticket where site_id = :site and state = 'CALLED'")
			.param("site", siteId)
			.query(this::map)
			.list();
	}

	/** End of day: unserved tickets of earlier days are closed (kept for the statistics). */
	int closeBefore(LocalDate day, Instant now) {
		jdbc.sql("""
				insert into q_ticket_event (ticket_id, site_id, kind, at)
				select id, site_id, 'CLOSED', :now from q_ticket where service_day < :day and state in ('WAITING', 'CALLED')""")
			.param("day", day)
			.param("now", Timestamp.from(now))
			.update();
		return jdbc.sql("""
				update q_ticket set state = 'CLOSED', closed_at = :now, version = version + 1
				where service_day < :day and state in ('WAITING', 'CALLED')""")
			.param("day", day)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static String prefixed(String alias) {
		return Arrays.stream(COLUMNS.split(","))
			.map(String::strip)
			.map(column -> alias + "." + column)
			.reduce((a, b) -> a + ", " + b)
			.orElseThrow();
	}

	private Ticket map(ResultSet rs, int row) throws SQLException {
		return new Ticket(rs.getLong("id"), rs.getString("token"), rs.getLong("site_id"),
				rs.getObject("service_day", LocalDate.class), rs.getString("category"), rs.getInt("seq"),
				rs.getString("number"), Priority.valueOf(rs.getString("priority")),
				Ticket.Channel.valueOf(rs.getString("channel")), TicketState.valueOf(rs.getString("state")),
				Arrays.asList((String[]) rs.getArray("situation_codes").getArray()),
				(Integer) rs.getObject("catalog_version"), rs.getString("phone"), rs.getString("id_number"),
				(Long) rs.getObject("appointment_id"), instant(rs, "sort_key"), instant(rs, "not_before"),
				(Long) rs.getObject("target_counter_id"), (Long) rs.getObject("counter_id"),
				(Long) rs.getObject("staff_id"), instant(rs, "issued_at"), instant(rs, "called_at"),
				rs.getInt("call_count"), rs.getInt("no_show_count"), rs.getInt("transfer_count"),
				instant(rs, "finished_at"), (Integer) rs.getObject("service_seconds"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
