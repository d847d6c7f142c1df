package org.onewindow.acceptance.internal;

/**
 * Where a case was opened.
 */
public enum CaseChannel {

	COUNTER("窗口受理"),
	ONLINE("网上申请"),
	/** 村代办: a village station collected it for its town sub-center. */
	VILLAGE_PROXY("村代办");

	private final String label;

	CaseChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
