package org.onewindow.acceptance;

import java.time.LocalDate;
import java.util.List;

/**
 * What the back office and the delivery counter tell a case. The acceptance module owns the case's status and its
 * timeline (the progress a citizen sees); every method checks the status it expects and answers 409 otherwise.
 */
public interface CaseLifecycle {

	/** @throws org.onewindow.platform.DomainException 404 for an unknown case */
	CaseSummary get(long caseId);

	/**
	 * The back office asks for a supplement (补正): the case goes to {@link CaseStatus#APPROVAL_SUPPLEMENT}, a
	 * printable notice lists every item, the applicant gets a text message. When the clerk records the supplement,
	 * {@link CaseSupplemented} naming the notice is published.
	 *
	 * @return the notice's id, which {@link CaseSupplemented#noticeId()} names when the supplement arrives
	 */
	long requestSupplement(long caseId, String department, List<String> items, String reason);

	/** A line in the case's timeline, e.g. "市场监管局 审查 通过". */
	void recordProgress(long caseId, String text);

	/** The legal clock moved the promised date (after a pause). */
	void movePromisedDate(long caseId, LocalDate promisedDate);

	/**
	 * The case is decided: {@link CaseStatus#CONCLUDED}, {@link CaseConcluded} is published.
	 *
	 * @param licenseIds the licences the decision issued (none for a refusal)
	 */
	void conclude(long caseId, CaseOutcome outcome, String summary, List<Long> licenseIds);

	/** The result reached the applicant: {@link CaseStatus#DELIVERED}, {@link CaseDelivered} is published. */
	void delivered(long caseId, String how);
}
