package org.onewindow.evaluation.internal;

/**
 * How a rating came in: 即时评 on the counter pad, 扫码评 on a phone, 卡片评 typed in from a paper card, online after
 * a case was delivered.
 */
public enum Channel {

	COUNTER_PAD("即时评"), QR_CODE("扫码评"), CARD("卡片评"), ONLINE("网上评");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
