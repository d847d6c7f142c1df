package org.onewindow.approval.internal;

/**
 * Where a pause of the legal clock is.
 */
public enum PauseState {

	/** A suspension (挂起) asked for, waiting for a supervisor's or site administrator's approval: the clock runs. */
	REQUESTED("待批准"),
	/** The clock stands still. */
	ACTIVE("暂停计时中"),
	/** Over: the clock runs again. */
	ENDED("已结束"),
	/** Declined or made moot before it stopped the clock. */
	CANCELLED("已撤销");

	private final String label;

	PauseState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
