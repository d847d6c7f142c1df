package org.onewindow.site.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters (窗口) of the sites.
 */
@Repository
public class CounterRepository {

	private static final String SELECT = "select id, site_id, number, name, categories, active, version from st_counter";

	private final JdbcClient jdbc;

	CounterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Counter> findBySite(long siteId) {
		return jdbc.sql(SELECT + " where site_id = :siteId order by number")
			.param("siteId", siteId)
			.query(CounterRepository::map)
			.list();
	}

	public Optional<Counter> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(CounterRepository::map).optional();
	}

	public boolean numberTaken(long siteId, int number, Long exceptId) {
		return jdbc.sql("""
				select count(*) from st_counter where site_id = :siteId and number = :number and id <> coalesce(:except, -1)
				""")
			.param("siteId", siteId)
			.param("number", number)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(Counter counter) {
		return jdbc.sql("""
				insert into st_counter (site_id, number, name, categories, active)
				values (:siteId, :number, :name, :categories, :active) returning id
				""")
			.param("siteId", counter.siteId())
			.param("number", counter.number())
			.param("name", counter.name())
			.param("categories", counter.categories().toArray(String[]::new))
			.param("active", counter.active())
			.query(Long.class)
			.single();
	}

	public boolean update(Counter counter) {
		return jdbc.sql("""
				update st_counter set number = :number, name = :name, categories = :categories, active = :active,
				       version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("id", counter.id())
			.param("version", counter.version())
			.param("number", counter.number())
			.param("name", counter.name())
			.param("categories", counter.categories().toArray(String[]::new))
			.param("active", counter.active())
			.update() == 1;
	}

	private static Counter map(ResultSet rs, int row) throws SQLException {
		return new Counter(rs.getLong("id"), rs.getLong("site_id"), rs.getInt("number"), rs.getString("name"),
				Arrays.asList((String[]) rs.getArray("categories").getArray()), rs.getBoolean("active"),
				rs.getInt("version"));
	}
}
