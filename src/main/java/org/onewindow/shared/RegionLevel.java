package org.onewindow.shared;

/**
 * The level of a statistical division code (统计用区划代码), with the number of leading
 * digits that identify a division of that level.
 */
public enum RegionLevel {

	PROVINCE("省", 2), CITY("市", 4), COUNTY("县", 6), TOWN("乡镇", 9), VILLAGE("村社区", 12);

	private final String label;

	private final int prefixLength;

	RegionLevel(String label, int prefixLength) {
		this.label = label;
		this.prefixLength = prefixLength;
	}

	/** The Chinese label shown to people. */
	public String label() {
		return label;
	}

	/** How many leading digits of a 12-digit code identify a division of this level. */
	public int prefixLength() {
		return prefixLength;
	}

}
