package org.onewindow.approval.internal;

/**
 * Where one member situation of a case is (a single-situation case has one member).
 */
public enum MemberState {

	/** Its bundle group has not started yet. */
	WAITING("待启动"),
	/** Its steps are being worked through. */
	ACTIVE("审批中"),
	/** Decided: see its {@link MemberOutcome}. */
	CONCLUDED("已办结"),
	/** The case ended without a decision. */
	CANCELLED("已终止");

	private final String label;

	MemberState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
