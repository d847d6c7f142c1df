package org.onewindow.approval.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.onewindow.acceptance.CaseOutcome;

/**
 * An accepted case as the back office keeps it: what the inbox shows and the dates of its legal clock.
 *
 * @param applicantDisplay a person's name masked, an organisation's name whole
 * @param promisedOn the promised date (承诺办结日期) at acceptance; {@code duePromisedOn} is where pauses moved it
 * @param legalOn the legal date (法定办结日期) at acceptance; {@code dueLegalOn} is where pauses moved it; both
 * {@code null} when the item sets no legal time limit ({@code legalDays} 0, 无法定时限)
 */
public record CaseClock(long caseId, String caseNumber, long siteId, int catalogVersion, String bundleCode,
		String title, String applicantDisplay, Instant acceptedAt, LocalDate acceptedOn, int promisedDays,
		int legalDays, LocalDate promisedOn, LocalDate legalOn, LocalDate duePromisedOn, LocalDate dueLegalOn,
		State state, CaseOutcome outcome, Instant concludedAt, int version) {

	public enum State {
		IN_APPROVAL, CONCLUDED, TERMINATED
	}

	public boolean open() {
		return state == State.IN_APPROVAL;
	}
}
