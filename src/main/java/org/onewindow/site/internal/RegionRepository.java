package org.onewindow.site.internal;

import java.util.List;
import java.util.Optional;

import org.onewindow.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistical division codes (统计用区划代码) a deployment knows about.
 */
@Repository
public class RegionRepository {

	private final JdbcClient jdbc;

	RegionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> find(String code) {
		return jdbc.sql("select code, name, level, parent_code from st_region where code = :code")
			.param("code", code)
			.query((rs, row) -> new Region(rs.getString("code"), rs.getString("name"),
					RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code")))
			.optional();
	}

	public List<Region> children(String parentCode) {
		return jdbc.sql("""
				select code, name, level, parent_code from st_region
				where (cast(:parent as char(12)) is null and parent_code is null) or parent_code = :parent
				order by code
				""")
			.param("parent", parentCode)
			.query((rs, row) -> new Region(rs.getString("code"), rs.getString("name"),
					RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code")))
			.list();
	}

	public void save(Region region) {
		jdbc.sql("""
				insert into st_region (code, name, level, parent_code) values (:code, :name, :level, :parent)
				on conflict (code) do update set name = excluded.name
				""")
			.param("code", region.code())
			.param("name", region.name())
			.param("level", region.level().name())
			.param("parent", region.parentCode())
			.update();
	}

	public record Region(String code, String name, RegionLevel level, String parentCode) {
	}
}
