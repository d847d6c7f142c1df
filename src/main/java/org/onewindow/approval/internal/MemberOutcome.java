package org.onewindow.approval.internal;

/**
 * How a member situation ended.
 */
public enum MemberOutcome {

	APPROVED("准予"),
	REFUSED("不予批准"),
	/** Not handled: a member of an earlier bundle group was refused, so this one could not start. */
	SKIPPED("未办理");

	private final String label;

	MemberOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
