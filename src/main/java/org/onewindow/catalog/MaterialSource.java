package org.onewindow.catalog;

/**
 * Who issues a material.
 */
public enum MaterialSource {

	APPLICANT("申请人提供"),
	GOVERNMENT("政府部门核发");

	private final String label;

	MaterialSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
