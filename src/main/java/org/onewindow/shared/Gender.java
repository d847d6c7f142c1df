package org.onewindow.shared;

/**
 * Gender as recorded in a resident id number (性别).
 */
public enum Gender {

	MALE("男"), FEMALE("女");

	private final String label;

	Gender(String label) {
		this.label = label;
	}

	/** The Chinese label shown to people. */
	public String label() {
		return label;
	}

}
