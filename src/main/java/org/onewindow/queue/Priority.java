package org.onewindow.queue;

/**
 * The lane of a ticket: {@link #NONE} is the normal queue, the others are the green channel (绿色通道).
 */
public enum Priority {

	NONE("普通"),
	ELDERLY("老年人"),
	DISABLED("残疾人"),
	PREGNANT("孕妇"),
	MILITARY("军人"),
	APPOINTMENT("预约");

	private final String label;

	Priority(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isPriority() {
		return this != NONE;
	}

	/** Lanes a guide sets after seeing a certificate; a kiosk may not claim them. */
	public boolean needsVerification() {
		return this == DISABLED || this == PREGNANT || this == MILITARY;
	}
}
