package org.onewindow.delivery.internal;

/**
 * Where a delivery is. Pickup: {@code READY_FOR_PICKUP → PICKED_UP}; mail (邮帮办): {@code TO_BE_MAILED → MAILED →
 * SIGNED}. {@link #PICKED_UP} and {@link #SIGNED} are final: the result reached the applicant.
 */
public enum DeliveryState {

	READY_FOR_PICKUP("待领取"),
	PICKED_UP("已领取"),
	TO_BE_MAILED("待寄出"),
	MAILED("已寄出"),
	SIGNED("已签收");

	private final String label;

	DeliveryState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the result reached the applicant (已送达). */
	public boolean isDelivered() {
		return this == PICKED_UP || this == SIGNED;
	}
}
