package org.onewindow.catalog;

/**
 * 即办件 or 承诺件.
 */
public enum AcceptanceMode {

	INSTANT("即办件"),
	PROMISED("承诺件");

	private final String label;

	AcceptanceMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
