package org.onewindow.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A site's queue reference data and runtime state: settings, categories and the state of its counters.
 */
@Repository
public class QueueSiteRepository {

	private final JdbcClient jdbc;

	QueueSiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public QueueSettings settings(long siteId) {
		return jdbc.sql("""
				select site_id, elderly_age, priority_ratio, no_show_return_minutes, wait_alert_minutes,
				       default_service_minutes, check_in_early_minutes, check_in_late_minutes, no_show_ban_count,
				       no_show_ban_days
				from q_site_settings where site_id = :site""")
			.param("site", siteId)
			.query((rs, i) -> new QueueSettings(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
			.optional()
			.orElseGet(() -> QueueSettings.defaults(siteId));
	}

	public void saveSettings(QueueSettings s) {
		jdbc.sql("""
				insert into q_site_settings (site_id, elderly_age, priority_ratio, no_show_return_minutes,
				    wait_alert_minutes, default_service_minutes, check_in_early_minutes, check_in_late_minutes,
				    no_show_ban_count, no_show_ban_days)
				values (:site, :elderly, :ratio, :noShow, :alert, :service, :early, :late, :banCount, :banDays)
				on conflict (site_id) do update set elderly_age = excluded.elderly_age,
				    priority_ratio = excluded.priority_ratio, no_show_return_minutes = excluded.no_show_return_minutes,
				    wait_alert_minutes = excluded.wait_alert_minutes,
				    default_service_minutes = excluded.default_service_minutes,
				    check_in_early_minutes = excluded.check_in_early_minutes,
				    check_in_late_minutes = excluded.check_in_late_minutes,
				    no_show_ban_count = excluded.no_show_ban_count, no_show_ban_days = excluded.no_show_ban_days,
				    version = q_site_settings.version + 1, updated_at = now()""")
			.param("site", s.siteId())
			.param("elderly", s.elderlyAge())
			.param("ratio", s.priorityRatio())
			.param("noShow", s.noShowReturnMinutes())
			.param("alert", s.waitAlertMinutes())
			.param("service", s.defaultServiceMinutes())
			.param("early", s.checkInEarlyMinutes())
			.param("late", s.checkInLateMinutes())
			.param("banCount", s.noShowBanCount())
			.param("banDays", s.noShowBanDays())
			.update();
	}

	public List<Category> categories(long siteId) {
		return jdbc.sql("""
				select site_id, code, name, department_codes, sort_order, active from q_category
				where site_id = :site order by sort_order, code""")
			.param("site", siteId)
			.query((rs, i) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3),
					Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getInt(5), rs.getBoolean(6)))
			.list();
	}

	public Optional<Category> category(long siteId, String code) {
		return categories(siteId).stream().filter(c -> c.code().equals(code)).findFirst();
	}

	public void saveCategory(Category c) {
		jdbc.sql("""
				insert into q_category (site_id, code, name, department_codes, sort_order, active)
				values (:site, :code, :name, :departments, :sort, :active)
				on conflict (site_id, code) do update set name = excluded.name,
				    department_codes = excluded.department_codes, sort_order = excluded.sort_order,
				    active = excluded.active, updated_at = now()""")
			.param("site", c.siteId())
			.param("code", c.code())
			.param("name", c.name())
			.param("departments", c.departmentCodes().toArray(String[]::new))
			.param("sort", c.sortOrder())
			.param("active", c.active())
			.update();
	}

	public enum CounterMode {
		OPEN, PAUSED, CLOSED
	}

	public record CounterState(long counterId, long siteId, CounterMode mode, Long staffId, Instant since) {
	}

	private static final String COUNTER_STATE = "select counter_id, site_id, state, staff_id, since from q_counter_state";

	private static CounterState counterState(ResultSet rs, int row) throws SQLException {
		return new CounterState(rs.getLong(1), rs.getLong(2), CounterMode.valueOf(rs.getString(3)), (Long) rs.getObject(4),
				rs.getTimestamp(5).toInstant());
	}

	public Optional<CounterState> counterState(long counterId) {
		return jdbc.sql(COUNTER_STATE + " where counter_id = :id")
			.param("id", counterId)
			.query(QueueSiteRepository::counterState)
			.optional();
	}

	/** Locks the counter's state row (created closed on first use) for a change. */
	public CounterState lockCounterState(long counterId, long siteId, Instant now) {
		jdbc.sql("""
				insert into q_counter_state (counter_id, site_id, state, since) values (:id, :site, 'CLOSED', :now)
				on conflict (counter_id) do nothing""")
			.param("id", counterId)
			.param("site", siteId)
			.param("now", Timestamp.from(now))
			.update();
		return jdbc.sql(COUNTER_STATE + " where counter_id = :id for update")
			.param("id", counterId)
			.query(QueueSiteRepository::counterState)
			.single();
	}

	public List<CounterState> counterStatesOfSite(long siteId) {
		return jdbc.sql(COUNTER_STATE + " where site_id = :site")
			.param("site", siteId)
			.query(QueueSiteRepository::counterState)
			.list();
	}

	/** Counters the staff member holds open or paused. */
	public List<CounterState> countersHeldBy(long staffId) {
		return jdbc.sql(COUNTER_STATE + " where staff_id = :staff and state <> 'CLOSED'")
			.param("staff", staffId)
			.query(QueueSiteRepository::counterState)
			.list();
	}

	public void setCounterState(long counterId, CounterMode mode, Long staffId, Instant now) {
		jdbc.sql("update q_counter_state set state = :state, staff_id = :staff, since = :now where counter_id = :id")
			.param("id", counterId)
			.param("state", mode.name())
			.param("staff", mode == CounterMode.CLOSED ? null : staffId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** After the day every counter is signed out. */
	public int closeCountersSince(Instant startOfDay, Instant now) {
		return jdbc.sql("""
				update q_counter_state set state = 'CLOSED', staff_id = null, since = :now
				where state <> 'CLOSED' and since < :startOfDay""")
			.param("startOfDay", Timestamp.from(startOfDay))
			.param("now", Timestamp.from(now))
			.update();
	}
}
