package org.onewindow.improvement.internal;

/**
 * How long an issue ledger entry may take (the working days are {@link ImprovementProperties}).
 */
public enum DeadlineClass {

	CONTACT("联系类"), GENERAL("一般问题"), DIFFICULT("疑难问题");

	private final String label;

	DeadlineClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
