package org.onewindow.catalog;

/**
 * Who performs an approval step.
 */
public enum StepRole {

	ACCEPTOR("前台受理"),
	APPROVER("后台审批");

	private final String label;

	StepRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
