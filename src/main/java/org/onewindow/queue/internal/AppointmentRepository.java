package org.onewindow.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.onewindow.platform.TransactionLocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Slot rules, booked slots and appointments.
 */
@Repository
public class AppointmentRepository {

	private static final String APPOINTMENT = """
			select a.id, a.code, a.slot_id, a.site_id, a.name, a.id_number, a.phone, a.situation_code, a.state,
			       a.ticket_id, s.category, s.day, s.start_time, s.end_time, s.label, a.created_at
			from q_appointment a join q_appointment_slot s on s.id = a.slot_id""";

	private final JdbcClient jdbc;

	AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public enum State {
		BOOKED("已预约"), CANCELLED("已取消"), CHECKED_IN("已签到"), NO_SHOW("未到");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public record Appointment(long id, String code, long slotId, long siteId, String name, String idNumber,
			String phone, String situationCode, State state, Long ticketId, String category, LocalDate day,
			LocalTime start, LocalTime end, String label, Instant createdAt) {
	}

	// --- rules

	public List<SlotRule> rules(long siteId) {
		return jdbc.sql("""
				select id, site_id, category, day_kind, start_time, end_time, slot_minutes, capacity, label
				from q_slot_rule where site_id = :site order by category, day_kind, start_time""")
			.param("site", siteId)
			.query((rs, i) -> new SlotRule(rs.getLong(1), rs.getLong(2), rs.getString(3),
					SlotRule.DayKind.valueOf(rs.getString(4)), rs.getTime(5).toLocalTime(), rs.getTime(6).toLocalTime(),
					rs.getInt(7), rs.getInt(8), rs.getString(9)))
			.list();
	}

	public long insertRule(SlotRule r) {
		return jdbc.sql("""
				insert into q_slot_rule (site_id, category, day_kind, start_time, end_time, slot_minutes, capacity, label)
				values (:site, :category, :kind, :start, :end, :minutes, :capacity, :label) returning id""")
			.param("site", r.siteId())
			.param("category", r.category())
			.param("kind", r.dayKind().name())
			.param("start", Time.valueOf(r.start()))
			.param("end", Time.valueOf(r.end()))
			.param("minutes", r.slotMinutes())
			.param("capacity", r.capacity())
			.param("label", r.label())
			.query(Long.class)
			.single();
	}

	public boolean deleteRule(long siteId, long id) {
		return jdbc.sql("delete from q_slot_rule where site_id = :site and id = :id")
			.param("site", siteId)
			.param("id", id)
			.update() == 1;
	}

	// --- slots

	/** Booked counts of the slots of a site, category and days. */
	public List<BookedSlot> bookedSlots(long siteId, String category, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select day, start_time, booked from q_appointment_slot
				where site_id = :site and category = :category and day between :from and :to""")
			.param("site", siteId)
			.param("category", category)
			.param("from", from)
			.param("to", to)
			.query((rs, i) -> new BookedSlot(rs.getObject(1, LocalDate.class), rs.getTime(2).toLocalTime(),
					rs.getInt(3)))
			.list();
	}

	public record BookedSlot(LocalDate day, LocalTime start, int booked) {
	}

	/** Takes one place in a slot (creating its row on first use); empty when the slot is full. */
	public Optional<Long> takePlace(long siteId, String category, SlotRule.Slot slot) {
		jdbc.sql("""
				insert into q_appointment_slot (site_id, category, day, start_time, end_time, capacity, label)
				values (:site, :category, :day, :start, :end, :capacity, :label)
				on conflict (site_id, category, day, start_time) do nothing""")
			.param("site", siteId)
			.param("category", category)
			.param("day", slot.day())
			.param("start", Time.valueOf(slot.start()))
			.param("end", Time.valueOf(slot.end()))
			.param("capacity", slot.capacity())
			.param("label", slot.label())
			.update();
		return jdbc.sql("""
				update q_appointment_slot set booked = booked + 1
				where site_id = :site and category = :category and day = :day and start_time = :start
				  and booked < capacity
				returning id""")
			.param("site", siteId)
			.param("category", category)
			.param("day", slot.day())
			.param("start", Time.valueOf(slot.start()))
			.query(Long.class)
			.optional();
	}

	public void releasePlace(long slotId) {
		jdbc.sql("update q_appointment_slot set booked = booked - 1 where id = :id and booked > 0")
			.param("id", slotId)
			.update();
	}

	// --- appointments

	public void insert(String code, long slotId, long siteId, String category, LocalDate day, String name,
			String idNumber, String phone, String situationCode, Instant now) {
		jdbc.sql("""
				insert into q_appointment (code, slot_id, site_id, category, day, name, id_number, phone, situation_code,
				    state, created_at, updated_at)
				values (:code, :slot, :site, :category, :day, :name, :idNumber, :phone, :situation, 'BOOKED', :now,
				    :now)""")
			.param("code", code)
			.param("slot", slotId)
			.param("site", siteId)
			.param("category", category)
			.param("day", day)
			.param("name", name)
			.param("idNumber", idNumber)
			.param("phone", phone)
			.param("situation", situationCode)
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<Appointment> findByCode(String code) {
		return jdbc.sql(APPOINTMENT + " where a.code = :code").param("code", code).query(this::map).optional();
	}

	public Optional<Appointment> findByCodeForUpdate(String code) {
		return jdbc.sql(APPOINTMENT + " where a.code = :code for update of a")
			.param("code", code)
			.query(this::map)
			.optional();
	}

	/**
	 * Serialises the bookings of one person at a site, category and day until the transaction ends, so that two
	 * bookings at the same instant (on any node) cannot both pass {@link #activeOnDay}; the unique index
	 * {@code q_appointment_person_day_idx} holds the rule in any case.
	 */
	public void lockPersonDay(long siteId, String category, LocalDate day, String idNumber) {
		TransactionLocks.lock(jdbc, "q_appointment:" + siteId + ":" + category + ":" + day + ":" + idNumber);
	}

	/** The person's active (booked, not yet checked in) booking at a site, category and day, if any. */
	public Optional<Appointment> activeOnDay(long siteId, String category, LocalDate day, String idNumber) {
		return jdbc.sql(APPOINTMENT + """

				where a.site_id = :site and a.category = :category and a.day = :day and a.id_number = :idNumber
				  and a.state = 'BOOKED'""")
			.param("site", siteId)
			.param("category", category)
			.param("day", day)
			.param("idNumber", idNumber)
			.query(this::map)
			.optional();
	}

	/** Today's open bookings of a person at a site, earliest first. */
	public List<Appointment> bookedToday(long siteId, String idNumber, LocalDate day) {
		return jdbc.sql(APPOINTMENT + """
				 where a.site_id = :site and a.id_number = :idNumber and s.day = :day and a.state = 'BOOKED'
				order by s.start_time for update of a""")
			.param("site", siteId)
			.param("idNumber", idNumber)
			.param("day", day)
			.query(this::map)
			.list();
	}

	public void setState(long id, State state, Long ticketId, Instant now) {
		jdbc.sql("update q_appointment set state = :state, ticket_id = coalesce(:ticket, ticket_id), updated_at = :now where id = :id")
			.param("id", id)
			.param("state", state.name())
			.param("ticket", ticketId)
			.param("now", Timestamp.from(now))
			.update();
	}

	public record NoShows(int count, Instant latest) {
	}

	public NoShows noShowsSince(String idNumber, Instant since) {
		return jdbc.sql("""
				select count(*), max(updated_at) from q_appointment
				where id_number = :idNumber and state = 'NO_SHOW' and updated_at >= :since""")
			.param("idNumber", idNumber)
			.param("since", Timestamp.from(since))
			.query((rs, i) -> new NoShows(rs.getInt(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.single();
	}

	/** Bookings whose slot ended (plus the grace) without check-in become no-shows. */
	public int markNoShows(LocalDateTime endedBefore, Instant now) {
		return jdbc.sql("""
				update q_appointment a set state = 'NO_SHOW', updated_at = :now
				from q_appointment_slot s
				where s.id = a.slot_id and a.state = 'BOOKED' and (s.day + s.end_time) < :endedBefore""")
			.param("endedBefore", endedBefore)
			.param("now", Timestamp.from(now))
			.update();
	}

	private Appointment map(ResultSet rs, int row) throws SQLException {
		return new Appointment(rs.getLong("id"), rs.getString("code"), rs.getLong("slot_id"), rs.getLong("site_id"),
				rs.getString("name"), rs.getString("id_number"), rs.getString("phone"),
				rs.getString("situation_code"), State.valueOf(rs.getString("state")),
				(Long) rs.getObject("ticket_id"), rs.getString("category"), rs.getObject("day", LocalDate.class),
				rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(), rs.getString("label"),
				rs.getTimestamp("created_at").toInstant());
	}
}
