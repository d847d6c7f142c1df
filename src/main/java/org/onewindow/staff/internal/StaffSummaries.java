package org.onewindow.staff.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A staff member as other modules see them, read in one statement (the account aggregate through Spring Data JDBC
 * takes three statements and a reflective mapping, and other modules ask on nearly every request).
 */
@Repository
public class StaffSummaries {

	private final JdbcClient jdbc;

	StaffSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StaffSummary> find(long id) {
		return jdbc.sql("""
				select a.id, a.username, a.display_name, a.site_id, a.department_id, a.active,
				       array(select r.role from sf_account_role r where r.account_id = a.id) as roles,
				       array(select c.counter_id from sf_account_counter c where c.account_id = a.id
				             order by c.counter_id) as counters
				from sf_account a
				where a.id = :id""").param("id", id).query(StaffSummaries::map).optional();
	}

	private static StaffSummary map(ResultSet rs, int row) throws SQLException {
		var roles = EnumSet.noneOf(Role.class);
		for (Object role : array(rs.getArray("roles"))) {
			roles.add(Role.valueOf((String) role));
		}
		List<Long> counters = Arrays.stream(array(rs.getArray("counters"))).map(id -> ((Number) id).longValue()).toList();
		long department = rs.getLong("department_id");
		return new StaffSummary(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getLong("site_id"), rs.wasNull() ? null : department, roles, counters, rs.getBoolean("active"));
	}

	private static Object[] array(Array array) throws SQLException {
		return array == null ? new Object[0] : (Object[]) array.getArray();
	}
}
