package org.onewindow.staff;

/**
 * What a staff member may do in the hall.
 */
public enum Role {

	GUIDE("导办员"),
	ACCEPTOR("综合受理员"),
	APPROVER("后台审批员"),
	DELIVERY("出件员"),
	SITE_ADMIN("站点管理员"),
	SUPERVISOR("监督员"),
	SYS_ADMIN("系统管理员");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
