package org.onewindow.catalog;

/**
 * How far the hall may trust a material without further checks.
 */
public enum TrustGrade {

	A("权威数据源核验"),
	B("核验原件"),
	C("书面审查"),
	D("实地或第三方核实");

	private final String label;

	TrustGrade(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
