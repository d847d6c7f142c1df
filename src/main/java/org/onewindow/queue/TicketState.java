package org.onewindow.queue;

/**
 * Where a ticket is: waiting, at a counter, served, voided after a second 过号, or closed unserved after the day.
 */
public enum TicketState {

	WAITING("等候中"),
	CALLED("办理中"),
	DONE("已办结"),
	VOID("已作废"),
	CLOSED("已过期");

	private final String label;

	TicketState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
