package org.onewindow.license;

/**
 * Whether a licence stands. Expiry is not a state: it follows from {@link License#validUntil()} and the day asked
 * about ({@link License#validOn}).
 */
public enum LicenseState {

	VALID("有效"),
	REVOKED("已注销");

	private final String label;

	LicenseState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
