package org.onewindow.acceptance;

/**
 * Where a case (办件) is in its life.
 */
public enum CaseStatus {

	/** Opened at a counter, the clerk works through the checklist. */
	DRAFT("受理中"),
	/** Applied online, waiting for a clerk's pre-review (网上预审). */
	PRE_REVIEW("待预审"),
	/** A one-time notice (一次性告知) was issued before acceptance; resumes when the applicant brings the rest. */
	PENDING_SUPPLEMENT("待补正"),
	/** Accepted, in the department's back office. */
	IN_APPROVAL("审批中"),
	/** The back office asked for a supplement (补正); the legal clock is paused until it arrives. */
	APPROVAL_SUPPLEMENT("审批补正"),
	/** Decided; the result waits at the delivery counter or in the mail. */
	CONCLUDED("已办结"),
	/** The result reached the applicant; the case is closed. */
	DELIVERED("已送达"),
	/** 不予受理, with its written decision. */
	NOT_ACCEPTED("不予受理"),
	/** Ended without a decision: a 容缺 supplement deadline was missed, or the applicant withdrew. */
	TERMINATED("已终止");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether nothing more will happen to the case. */
	public boolean isFinal() {
		return this == DELIVERED || this == NOT_ACCEPTED || this == TERMINATED;
	}
}
