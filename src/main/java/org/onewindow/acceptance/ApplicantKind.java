package org.onewindow.acceptance;

/**
 * Who applies: a person (by ID number) or an organisation (by unified social credit code, with its legal
 * representative).
 */
public enum ApplicantKind {

	PERSON("自然人"),
	ORGANIZATION("法人及其他组织");

	private final String label;

	ApplicantKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
