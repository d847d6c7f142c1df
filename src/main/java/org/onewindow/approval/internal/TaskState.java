package org.onewindow.approval.internal;

/**
 * Where one step's task is.
 */
public enum TaskState {

	/** In the department's inbox, nobody has claimed it yet. */
	OPEN("待签收"),
	/** Claimed by one approver, who alone may decide it. */
	CLAIMED("办理中"),
	/** Approved (the member moved on) or rejected. */
	DONE("已办理"),
	/** Sent back to the previous step. */
	RETURNED("已退回"),
	/** The case ended without a decision. */
	CANCELLED("已取消");

	private final String label;

	TaskState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the task still waits for someone to act on it. */
	public boolean inHand() {
		return this == OPEN || this == CLAIMED;
	}
}
