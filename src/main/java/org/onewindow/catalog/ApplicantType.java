package org.onewindow.catalog;

/**
 * Who applies.
 */
public enum ApplicantType {

	ENTERPRISE("企业"),
	INDIVIDUAL_BUSINESS("个体工商户"),
	PERSON("自然人"),
	ORGANIZATION("机关事业单位、社会组织");

	private final String label;

	ApplicantType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
