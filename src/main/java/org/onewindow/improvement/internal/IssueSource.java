package org.onewindow.improvement.internal;

/**
 * Where an issue ledger entry comes from; with the source's id it identifies a fed entry once.
 */
public enum IssueSource {

	RECTIFICATION("差评整改"), ESCALATION("办不成事"), SUGGESTION("金点子"), MANUAL("人工登记");

	private final String label;

	IssueSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the source closes the entry itself (by its closing event) rather than the ledger's staff. */
	public boolean closedBySource() {
		return this == RECTIFICATION || this == ESCALATION;
	}
}
