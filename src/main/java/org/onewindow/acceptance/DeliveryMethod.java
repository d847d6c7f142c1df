package org.onewindow.acceptance;

/**
 * How the applicant gets the result, chosen at acceptance.
 */
public enum DeliveryMethod {

	/** At the unified delivery counter (统一窗口出件). */
	PICKUP("窗口领取"),
	/** Free mailing (邮帮办). */
	MAIL("免费邮寄");

	private final String label;

	DeliveryMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
