package org.onewindow.site;

import org.onewindow.shared.RegionLevel;

/**
 * The three levels of the hall network.
 */
public enum SiteLevel {

	/** 县级政务服务中心 */
	COUNTY("县级政务服务中心", RegionLevel.COUNTY),
	/** 乡镇（街道）便民服务中心 / 镇街分中心 */
	TOWN("镇街便民服务中心", RegionLevel.TOWN),
	/** 村（社区）便民服务站 */
	VILLAGE("村（社区）便民服务站", RegionLevel.VILLAGE);

	private final String label;
	private final RegionLevel regionLevel;

	SiteLevel(String label, RegionLevel regionLevel) {
		this.label = label;
		this.regionLevel = regionLevel;
	}

	public String label() {
		return label;
	}

	/** The level of region a site of this level serves. */
	public RegionLevel regionLevel() {
		return regionLevel;
	}

	/** The level a parent site must have, or {@code null} for the county center. */
	public SiteLevel parentLevel() {
		return switch (this) {
			case COUNTY -> null;
			case TOWN -> COUNTY;
			case VILLAGE -> TOWN;
		};
	}
}
