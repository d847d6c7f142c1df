package org.onewindow.improvement.internal;

/**
 * How a closed entry ended.
 */
public enum IssueOutcome {

	RECTIFIED("已整改"), UNFOUNDED("不成立"), SOLVED("已解决"), UNSOLVED("已答复未解决");

	private final String label;

	IssueOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
