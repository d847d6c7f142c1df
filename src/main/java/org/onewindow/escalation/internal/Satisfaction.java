package org.onewindow.escalation.internal;

/**
 * The citizen's satisfaction recorded at closure: 满意 / 基本满意 / 不满意.
 */
public enum Satisfaction {
	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED;

	/** 满意 and 基本满意 count as satisfied in the ledger's satisfaction rate. */
	public boolean counts() {
		return this != DISSATISFIED;
	}
}
