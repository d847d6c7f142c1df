package org.onewindow.catalog;

/**
 * 受理事典分册.
 */
public enum HandbookVolume {

	ENTERPRISE("企业开办"),
	SOCIAL("社会事务"),
	INVESTMENT("投资项目"),
	TOWN("镇街分中心");

	private final String label;

	HandbookVolume(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
