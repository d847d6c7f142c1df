package org.onewindow.staff.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onewindow.staff.DueReminder;
import org.onewindow.staff.ReminderLight;
import org.onewindow.staff.ReminderRecipients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code sf_reminder} and its recipients.
 */
@Repository
public class ReminderRepository {

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a reminder unless the same item was already reminded of for the same light (by this node or another,
	 * now or before a restart): a second insert waits for the first one's transaction and then does nothing.
	 *
	 * @return the new reminder's id, or empty when it had been sent before
	 */
	Optional<Long> insert(DueReminder due, Instant now) {
		return jdbc.sql("""
				insert into sf_reminder (source, item_key, light, title, link, created_at)
				values (:source, :key, :light, :title, :link, :now)
				on conflict (source, item_key, light) do nothing
				returning id""")
			.param("source", due.source())
			.param("key", due.itemKey())
			.param("light", due.light().name())
			.param("title", due.title())
			.param("link", due.link())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	/** An active staff member to remind and their phone (may be {@code null}). */
	record Recipient(long staffId, String phone) {
	}

	List<Recipient> resolve(ReminderRecipients who) {
		if (!who.staffIds().isEmpty()) {
			return jdbc.sql("select id, phone from sf_account where active and id = any(:ids) order by id")
				.param("ids", who.staffIds().toArray(Long[]::new))
				.query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("phone")))
				.list();
		}
		String[] roles = who.roles().stream().map(Enum::name).toArray(String[]::new);
		return jdbc.sql("""
				select a.id, a.phone from sf_account a
				where a.active and a.site_id = :site
				  and (cast(:department as bigint) is null or a.department_id = :department)
				  and (cardinality(cast(:roles as text[])) = 0 or exists (
				      select 1 from sf_account_role r where r.account_id = a.id and r.role = any(cast(:roles as text[]))))
				order by a.id""")
			.param("site", who.siteId())
			.param("department", who.departmentId())
			.param("roles", roles)
			.query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("phone")))
			.list();
	}

	void addRecipient(long reminderId, long staffId, Long smsId) {
		jdbc.sql("""
				insert into sf_reminder_recipient (reminder_id, staff_id, sms_id) values (:reminder, :staff, :sms)
				on conflict do nothing""")
			.param("reminder", reminderId)
			.param("staff", staffId)
			.param("sms", smsId)
			.update();
	}

	/** One reminder as the staff member sees it. */
	public record StaffReminder(long id, String source, String itemKey, ReminderLight light, String title,
			String link, Instant createdAt, Instant readAt, boolean smsSent) {
	}

	public List<StaffReminder> ofStaff(long staffId, boolean unreadOnly, int limit) {
		return jdbc.sql("""
				select m.id, m.source, m.item_key, m.light, m.title, m.link, m.created_at, r.read_at, r.sms_id
				from sf_reminder_recipient r join sf_reminder m on m.id = r.reminder_id
				where r.staff_id = :staff and (not :unreadOnly or r.read_at is null)
				order by m.id desc limit :limit""")
			.param("staff", staffId)
			.param("unreadOnly", unreadOnly)
			.param("limit", limit)
			.query((rs, n) -> {
				Timestamp read = rs.getTimestamp("read_at");
				rs.getLong("sms_id");
				boolean sms = !rs.wasNull();
				return new StaffReminder(rs.getLong("id"), rs.getString("source"), rs.getString("item_key"),
						ReminderLight.valueOf(rs.getString("light")), rs.getString("title"), rs.getString("link"),
						rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(), sms);
			})
			.list();
	}

	public long unreadCount(long staffId) {
		return jdbc.sql("select count(*) from sf_reminder_recipient where staff_id = :staff and read_at is null")
			.param("staff", staffId)
			.query(Long.class)
			.single();
	}

	/** @return false when the reminder is not the staff member's */
	public boolean markRead(long staffId, long reminderId, Instant now) {
		int found = jdbc.sql("""
				update sf_reminder_recipient set read_at = coalesce(read_at, :now)
				where staff_id = :staff and reminder_id = :reminder""")
			.param("staff", staffId)
			.param("reminder", reminderId)
			.param("now", Timestamp.from(now))
			.update();
		return found == 1;
	}

	public int markAllRead(long staffId, Instant now) {
		return jdbc.sql("update sf_reminder_recipient set read_at = :now where staff_id = :staff and read_at is null")
			.param("staff", staffId)
			.param("now", Timestamp.from(now))
			.update();
	}
}
