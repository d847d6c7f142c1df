package org.onewindow.acceptance.internal;

/**
 * How a line of the material checklist was dealt with.
 */
public enum MaterialStatus {

	PROVIDED_ORIGINAL("已收原件"),
	PROVIDED_COPY("已收复印件"),
	/** An e-licence already issued to the applicant is reused instead of the paper (电子证照复用). */
	E_LICENSE("电子证照复用"),
	/** Replaced by a signed pledge (告知承诺). */
	PLEDGE("告知承诺"),
	MISSING("未提供"),
	/** A conditional material whose condition does not apply to this applicant. */
	NOT_APPLICABLE("不适用");

	private final String label;

	MaterialStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the line counts as handed in. */
	public boolean satisfies() {
		return this != MISSING && this != NOT_APPLICABLE;
	}
}
