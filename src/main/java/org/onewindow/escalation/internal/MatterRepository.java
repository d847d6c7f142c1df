package org.onewindow.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Matters, their numbering, owner changes and coordination notes. Every change of a matter checks its
 * {@code version} in the same statement (optimistic locking).
 */
@Repository
public class MatterRepository {

	private final JdbcClient jdbc;

	MatterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next matter number of a site on a day: one atomic upsert. */
	int nextNumber(long siteId, LocalDate day) {
		return jdbc.sql("""
				insert into esc_number_sequence (site_id, day, last_number) values (:site, :day, 1)
				on conflict (site_id, day) do update set last_number = esc_number_sequence.last_number + 1
				returning last_number""")
			.param("site", siteId)
			.param("day", day)
			.query(Integer.class)
			.single();
	}

	long insert(Matter m) {
		return jdbc.sql("""
				insert into esc_matter (number, site_id, registered_on, registered_at, registered_by, channel, ticket_id,
				    ticket_number, citizen_name, citizen_phone, citizen_id_number, summary, details, item_code,
				    department_id, refusal, refused_by, owner_staff_id, classification, due_on, state)
				values (:number, :site, :registeredOn, :registeredAt, :registeredBy, :channel, :ticketId, :ticketNumber,
				    :name, :phone, :idNumber, :summary, :details, :itemCode, :departmentId, :refusal, :refusedBy, :owner,
				    :classification, :dueOn, :state)
				returning id""")
			.param("number", m.number())
			.param("site", m.siteId())
			.param("registeredOn", m.registeredOn())
			.param("registeredAt", Timestamp.from(m.registeredAt()))
			.param("registeredBy", m.registeredBy())
			.param("channel", m.channel().name())
			.param("ticketId", m.ticketId())
			.param("ticketNumber", m.ticketNumber())
			.param("name", m.citizenName())
			.param("phone", m.citizenPhone())
			.param("idNumber", m.citizenIdNumber())
			.param("summary", m.summary())
			.param("details", m.details())
			.param("itemCode", m.itemCode())
			.param("departmentId", m.departmentId())
			.param("refusal", m.refusal())
			.param("refusedBy", m.refusedBy())
			.param("owner", m.ownerStaffId())
			.param("classification", m.classification().name())
			.param("dueOn", m.dueOn())
			.param("state", m.state().name())
			.query(Long.class)
			.single();
	}

	Optional<Matter> find(long id) {
		return jdbc.sql("select * from esc_matter where id = :id").param("id", id).query(MatterRepository::map).optional();
	}

	Optional<Matter> findByNumber(long siteId, String number) {
		return jdbc.sql("select * from esc_matter where site_id = :site and number = :number")
			.param("site", siteId)
			.param("number", number)
			.query(MatterRepository::map)
			.optional();
	}

	/** Every matter not closed yet (for the reminders of yellow and red matters). */
	List<Matter> open() {
		return jdbc.sql("select * from esc_matter where state <> 'CLOSED' order by id")
			.query(MatterRepository::map)
			.list();
	}

	/** Matters of the given sites registered between the dates (inclusive), newest first. */
	List<Matter> findInSites(Long[] siteIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from esc_matter where site_id = any(:sites) and registered_on between :from and :to
				order by registered_at desc, id desc""")
			.param("sites", siteIds)
			.param("from", from)
			.param("to", to)
			.query(MatterRepository::map)
			.list();
	}

	boolean classify(long id, int version, Classification classification, LocalDate dueOn, String explanation,
			MatterState state) {
		return jdbc.sql("""
				update esc_matter set classification = :classification, due_on = :dueOn, explanation = :explanation,
				    state = :state, version = version + 1
				where id = :id and version = :version""")
			.param("classification", classification.name())
			.param("dueOn", dueOn)
			.param("explanation", explanation)
			.param("state", state.name())
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean touch(long id, int version, MatterState state) {
		return jdbc.sql("update esc_matter set state = :state, version = version + 1 where id = :id and version = :version")
			.param("state", state.name())
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean changeOwner(long id, int version, long ownerId, MatterState state) {
		return jdbc.sql("""
				update esc_matter set owner_staff_id = :owner, state = :state, version = version + 1
				where id = :id and version = :version""")
			.param("owner", ownerId)
			.param("state", state.name())
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean reply(long id, int version, String text, ReplyChannel channel, Instant at, long staffId) {
		return jdbc.sql("""
				update esc_matter set reply_text = :text, reply_channel = :channel, replied_at = :at, replied_by = :staff,
				    state = 'REPLIED', version = version + 1
				where id = :id and version = :version""")
			.param("text", text)
			.param("channel", channel.name())
			.param("at", Timestamp.from(at))
			.param("staff", staffId)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean close(long id, int version, Satisfaction satisfaction, boolean solved, Instant at, LocalDate on,
			long staffId, boolean onTime) {
		return jdbc.sql("""
				update esc_matter set satisfaction = :satisfaction, solved = :solved, closed_at = :at, closed_on = :on,
				    closed_by = :staff, on_time = :onTime, state = 'CLOSED', version = version + 1
				where id = :id and version = :version""")
			.param("satisfaction", satisfaction.name())
			.param("solved", solved)
			.param("at", Timestamp.from(at))
			.param("on", on)
			.param("staff", staffId)
			.param("onTime", onTime)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void addOwnerChange(long matterId, Long from, long to, String reason, long by, Instant at) {
		jdbc.sql("""
				insert into esc_owner_change (matter_id, from_staff_id, to_staff_id, reason, changed_by, changed_at)
				values (:matter, :from, :to, :reason, :by, :at)""")
			.param("matter", matterId)
			.param("from", from)
			.param("to", to)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	void addNote(long matterId, Long departmentId, String note, long staffId, Instant at) {
		jdbc.sql("""
				insert into esc_note (matter_id, department_id, note, staff_id, noted_at)
				values (:matter, :department, :note, :staff, :at)""")
			.param("matter", matterId)
			.param("department", departmentId)
			.param("note", note)
			.param("staff", staffId)
			.param("at", Timestamp.from(at))
			.update();
	}

	record OwnerChange(Long fromStaffId, long toStaffId, String reason, long changedBy, Instant changedAt) {
	}

	record Note(Long departmentId, String note, long staffId, Instant notedAt) {
	}

	List<OwnerChange> ownerChanges(long matterId) {
		return jdbc.sql("""
				select from_staff_id, to_staff_id, reason, changed_by, changed_at from esc_owner_change
				where matter_id = :matter order by changed_at, id""")
			.param("matter", matterId)
			.query((rs, n) -> new OwnerChange(longOrNull(rs, "from_staff_id"), rs.getLong("to_staff_id"),
					rs.getString("reason"), rs.getLong("changed_by"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	List<Note> notes(long matterId) {
		return jdbc.sql("""
				select department_id, note, staff_id, noted_at from esc_note where matter_id = :matter order by noted_at, id""")
			.param("matter", matterId)
			.query((rs, n) -> new Note(longOrNull(rs, "department_id"), rs.getString("note"), rs.getLong("staff_id"),
					rs.getTimestamp("noted_at").toInstant()))
			.list();
	}

	private static Matter map(ResultSet rs, int row) throws SQLException {
		return new Matter(rs.getLong("id"), rs.getString("number"), rs.getLong("site_id"),
				rs.getObject("registered_on", LocalDate.class), instant(rs, "registered_at"),
				longOrNull(rs, "registered_by"), Channel.valueOf(rs.getString("channel")), longOrNull(rs, "ticket_id"),
				rs.getString("ticket_number"), rs.getString("citizen_name"), rs.getString("citizen_phone"),
				rs.getString("citizen_id_number"), rs.getString("summary"), rs.getString("details"),
				rs.getString("item_code"), longOrNull(rs, "department_id"), rs.getString("refusal"),
				rs.getString("refused_by"), longOrNull(rs, "owner_staff_id"),
				Classification.valueOf(rs.getString("classification")), rs.getObject("due_on", LocalDate.class),
				rs.getString("explanation"), MatterState.valueOf(rs.getString("state")), rs.getString("reply_text"),
				rs.getString("reply_channel") == null ? null : ReplyChannel.valueOf(rs.getString("reply_channel")),
				instant(rs, "replied_at"), longOrNull(rs, "replied_by"),
				rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")),
				(Boolean) rs.getObject("solved"), instant(rs, "closed_at"), rs.getObject("closed_on", LocalDate.class),
				longOrNull(rs, "closed_by"), (Boolean) rs.getObject("on_time"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Long longOrNull(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
