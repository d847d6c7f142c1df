package org.onewindow.improvement.internal;

/**
 * OPEN → RECTIFYING (evidence of rectification recorded) → CLOSED.
 */
public enum IssueStatus {

	OPEN("待整改"), RECTIFYING("整改中"), CLOSED("已销号");

	private final String label;

	IssueStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
