package org.onewindow.acceptance;

/**
 * The decision a case ends with.
 */
public enum CaseOutcome {

	APPROVED("准予办理"),
	REFUSED("不予批准"),
	/** A bundle (一件事) where some members were approved and some refused; reported per member. */
	PARTIAL("部分办结");

	private final String label;

	CaseOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
