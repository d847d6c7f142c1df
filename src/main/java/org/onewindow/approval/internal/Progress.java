package org.onewindow.approval.internal;

import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.shared.Texts;

/**
 * Lines of a case's timeline written by the back office. An opinion or a reason may be as long as the line itself is
 * allowed to be, so a line is shortened to fit rather than refused.
 */
final class Progress {

	/** The longest line {@link CaseLifecycle#recordProgress} accepts. */
	static final int MAX_LENGTH = 500;

	private Progress() {
	}

	static void record(CaseLifecycle lifecycle, long caseId, String text) {
		lifecycle.recordProgress(caseId, fit(text));
	}

	static String fit(String text) {
		return Texts.abbreviate(text.strip(), MAX_LENGTH);
	}
}
