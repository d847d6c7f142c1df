package org.onewindow.staff;

import java.util.List;
import java.util.Set;

/**
 * A staff member as other modules see them.
 */
public record StaffSummary(long id, String username, String displayName, long siteId, Long departmentId,
		Set<Role> roles, List<Long> counterIds, boolean active) {

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}
}
