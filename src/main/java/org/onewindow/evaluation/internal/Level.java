package org.onewindow.evaluation.internal;

/**
 * The five levels of 好差评 (国办发〔2019〕51号); the last two are 差评 and need a reason.
 */
public enum Level {

	VERY_SATISFIED("非常满意"), SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意"),
	VERY_DISSATISFIED("非常不满意");

	private final String label;

	Level(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** 差评: 不满意 or 非常不满意. */
	public boolean bad() {
		return this == DISSATISFIED || this == VERY_DISSATISFIED;
	}
}
