package org.onewindow.escalation.internal;

/**
 * The class of a 办不成事 matter, which sets its deadline ({@link Deadlines}).
 */
public enum Classification {
	/** 当场解决: the same day. */
	ON_THE_SPOT,
	/** 一般事项: 1 working day. */
	GENERAL,
	/** 法律法规不允许: 3 working days, closed only with a written explanation. */
	LEGALLY_IMPOSSIBLE,
	/** 疑难事项: 7 working days. */
	DIFFICULT,
	/** 复杂事项: up to one calendar month. */
	COMPLEX
}
