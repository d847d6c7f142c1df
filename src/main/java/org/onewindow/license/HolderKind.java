package org.onewindow.license;

/**
 * Who holds a licence: a person (identified by the ID number) or an organisation (by the unified social credit
 * code).
 */
public enum HolderKind {

	PERSON("自然人"),
	ORGANIZATION("法人及其他组织");

	private final String label;

	HolderKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
