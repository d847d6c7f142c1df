package org.onewindow.site.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sites (中心/分中心/站) in PostgreSQL; the tree is walked with recursive queries.
 */
@Repository
public class SiteRepository {

	private static final String SELECT = """
			select s.id, s.name, s.level, s.parent_id, s.region_code, r.name as region_name, s.address, s.phone,
			       s.opening_hours, s.active, s.version
			from st_site s join st_region r on r.code = s.region_code
			""";

	private final JdbcClient jdbc;

	SiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SiteSummary> findSummary(long id) {
		return find(id).map(Site::summary);
	}

	public Optional<Site> find(long id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(SiteRepository::map).optional();
	}

	/** Sites in the given set, parents before children, then by level and name. */
	public List<Site> findAll(Set<Long> ids) {
		return jdbc.sql("""
				with recursive tree as (
				    select id, array[id] as path from st_site where parent_id is null
				    union all
				    select s.id, t.path || s.id from st_site s join tree t on s.parent_id = t.id
				)
				""" + SELECT.replace("from st_site s", "from tree t join st_site s on s.id = t.id") + """
				where s.id = any(:ids)
				order by t.path
				""").param("ids", ids.toArray(Long[]::new)).query(SiteRepository::map).list();
	}

	/** Every site, parents before children. */
	public List<Site> findAll() {
		return findAll(Set.copyOf(jdbc.sql("select id from st_site").query(Long.class).list()));
	}

	public Set<Long> descendantsAndSelf(long id) {
		return new HashSet<>(jdbc.sql("""
				with recursive tree as (
				    select id from st_site where id = :id
				    union all
				    select s.id from st_site s join tree t on s.parent_id = t.id
				)
				select id from tree
				""").param("id", id).query(Long.class).list());
	}

	public List<SiteSummary> ancestryOf(long id) {
		return jdbc.sql("""
				with recursive up as (
				    select id, parent_id, 0 as depth from st_site where id = :id
				    union all
				    select s.id, s.parent_id, u.depth + 1 from st_site s join up u on s.id = u.parent_id
				)
				""" + SELECT.replace("from st_site s", "from up u join st_site s on s.id = u.id") + " order by u.depth")
			.param("id", id)
			.query(SiteRepository::map)
			.list()
			.stream()
			.map(Site::summary)
			.toList();
	}

	public boolean nameTaken(String name, Long exceptId) {
		return jdbc.sql("select count(*) from st_site where name = :name and id <> coalesce(:except, -1)")
			.param("name", name)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(Site site) {
		return jdbc.sql("""
				insert into st_site (name, level, parent_id, region_code, address, phone, opening_hours, active)
				values (:name, :level, :parentId, :regionCode, :address, :phone, :openingHours, :active)
				returning id
				""")
			.param("name", site.name())
			.param("level", site.level().name())
			.param("parentId", site.parentId())
			.param("regionCode", site.regionCode())
			.param("address", site.address())
			.param("phone", site.phone())
			.param("openingHours", site.openingHours())
			.param("active", site.active())
			.query(Long.class)
			.single();
	}

	/** Updates when the version still matches; returns whether it did. */
	public boolean update(Site site) {
		return jdbc.sql("""
				update st_site set name = :name, level = :level, parent_id = :parentId, region_code = :regionCode,
				       address = :address, phone = :phone, opening_hours = :openingHours, active = :active,
				       version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("id", site.id())
			.param("version", site.version())
			.param("name", site.name())
			.param("level", site.level().name())
			.param("parentId", site.parentId())
			.param("regionCode", site.regionCode())
			.param("address", site.address())
			.param("phone", site.phone())
			.param("openingHours", site.openingHours())
			.param("active", site.active())
			.update() == 1;
	}

	public long count() {
		return jdbc.sql("select count(*) from st_site").query(Long.class).single();
	}

	public boolean hasChildren(long id) {
		return jdbc.sql("select count(*) from st_site where parent_id = :id").param("id", id).query(Long.class).single() > 0;
	}

	private static Site map(ResultSet rs, int row) throws SQLException {
		return new Site(rs.getLong("id"), rs.getString("name"), SiteLevel.valueOf(rs.getString("level")),
				(Long) rs.getObject("parent_id"), rs.getString("region_code"), rs.getString("region_name"),
				rs.getString("address"), rs.getString("phone"), rs.getString("opening_hours"), rs.getBoolean("active"),
				rs.getInt("version"));
	}
}
