package org.onewindow.site.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onewindow.site.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar exceptions (holidays, make-up working days) and the years they cover.
 */
@Repository
public class CalendarRepository {

	private final JdbcClient jdbc;

	CalendarRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CalendarDay> findAll() {
		return jdbc.sql("select day, kind, name from st_calendar_day order by day")
			.query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.list();
	}

	public List<CalendarDay> findYear(int year) {
		return jdbc.sql("select day, kind, name from st_calendar_day where day between :from and :to order by day")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs, row) -> new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.list();
	}

	public Set<Integer> coveredYears() {
		return new HashSet<>(jdbc.sql("select year from st_calendar_year").query(Integer.class).list());
	}

	public void save(CalendarDay day, String username) {
		jdbc.sql("""
				insert into st_calendar_day (day, kind, name, updated_at, updated_by) values (:day, :kind, :name, now(), :by)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name, updated_at = now(),
				    updated_by = excluded.updated_by
				""")
			.param("day", day.date())
			.param("kind", day.kind().name())
			.param("name", day.name())
			.param("by", username)
			.update();
		markCovered(day.date().getYear(), "manual");
	}

	public boolean delete(LocalDate date) {
		return jdbc.sql("delete from st_calendar_day where day = :day").param("day", date).update() == 1;
	}

	/** Loads the official days of a year unless the year is already there; safe when several nodes start together. */
	public boolean loadOfficialYear(int year, List<OfficialHolidays.Day> days) {
		int inserted = jdbc.sql("insert into st_calendar_year (year, source) values (:year, :source) on conflict do nothing")
			.param("year", year)
			.param("source", days.isEmpty() ? "official" : days.get(0).source())
			.update();
		if (inserted == 0) {
			return false;
		}
		for (var day : days) {
			jdbc.sql("""
					insert into st_calendar_day (day, kind, name, updated_by) values (:day, :kind, :name, 'system')
					on conflict (day) do nothing
					""").param("day", day.date()).param("kind", day.kind().name()).param("name", day.name()).update();
		}
		return true;
	}

	private void markCovered(int year, String source) {
		jdbc.sql("insert into st_calendar_year (year, source) values (:year, :source) on conflict do nothing")
			.param("year", year)
			.param("source", source)
			.update();
	}

	public record CalendarDay(LocalDate date, DayKind kind, String name) {
	}
}
