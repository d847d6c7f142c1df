package org.onewindow.site.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Departments (部门) of the county.
 */
@Repository
public class DepartmentRepository {

	private static final String SELECT = "select id, code, name, short_name, credit_code, phone, sort_order, active, version from st_department";

	private final JdbcClient jdbc;

	DepartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Department> findAll() {
		return jdbc.sql(SELECT + " order by sort_order, code").query(DepartmentRepository::map).list();
	}

	public Optional<Department> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(DepartmentRepository::map).optional();
	}

	public Optional<Department> findByCode(String code) {
		return jdbc.sql(SELECT + " where code = :code").param("code", code).query(DepartmentRepository::map).optional();
	}

	public boolean taken(String column, String value, Long exceptId) {
		if (!column.equals("code") && !column.equals("name")) {
			throw new IllegalArgumentException(column);
		}
		return jdbc.sql("select count(*) from st_department where " + column + " = :value and id <> coalesce(:except, -1)")
			.param("value", value)
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(Department department) {
		return jdbc.sql("""
				insert into st_department (code, name, short_name, credit_code, phone, sort_order, active)
				values (:code, :name, :shortName, :creditCode, :phone, :sortOrder, :active)
				returning id
				""")
			.paramSource(department)
			.query(Long.class)
			.single();
	}

	public boolean update(Department department) {
		return jdbc.sql("""
				update st_department set code = :code, name = :name, short_name = :shortName, credit_code = :creditCode,
				       phone = :phone, sort_order = :sortOrder, active = :active, version = version + 1, updated_at = now()
				where id = :id and version = :version
				""").paramSource(department).update() == 1;
	}

	private static Department map(ResultSet rs, int row) throws SQLException {
		return new Department(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				rs.getString("credit_code"), rs.getString("phone"), rs.getInt("sort_order"), rs.getBoolean("active"),
				rs.getInt("version"));
	}
}
