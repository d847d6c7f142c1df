package org.onewindow.staff;

import java.util.List;
import java.util.Set;

/**
 * Who is reminded of an item: named staff members, or the active staff of a site (optionally only of one
 * department, optionally only with one of some roles). The staff module resolves them when the reminder is made.
 *
 * @param staffIds named staff members; when not empty, department and roles are ignored
 * @param siteId the site whose staff are meant; also the site whose administrators are reminded when nobody named
 * (or of the department) is an active account any more
 * @param departmentId only the staff of this department, or {@code null} for any
 * @param roles only staff with one of these roles, or empty for any
 */
public record ReminderRecipients(List<Long> staffIds, Long siteId, Long departmentId, Set<Role> roles) {

	public ReminderRecipients {
		staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
		roles = roles == null ? Set.of() : Set.copyOf(roles);
		if (staffIds.isEmpty() && siteId == null) {
			throw new IllegalArgumentException("reminder recipients need staff ids or a site");
		}
	}

	public static ReminderRecipients staff(long... ids) {
		return new ReminderRecipients(java.util.Arrays.stream(ids).boxed().toList(), null, null, Set.of());
	}

	/** A named staff member, or the site's administrators when that account is no longer active. */
	public static ReminderRecipients staffAt(long staffId, long siteId) {
		return new ReminderRecipients(List.of(staffId), siteId, null, Set.of());
	}

	public static ReminderRecipients ofSite(long siteId, Long departmentId, Role... roles) {
		return new ReminderRecipients(List.of(), siteId, departmentId, Set.of(roles));
	}
}
