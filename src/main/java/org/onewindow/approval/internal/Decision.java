package org.onewindow.approval.internal;

/**
 * What an approver decided on a step.
 */
public enum Decision {

	APPROVE("通过"), RETURN("退回"), REJECT("不予批准");

	private final String label;

	Decision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
