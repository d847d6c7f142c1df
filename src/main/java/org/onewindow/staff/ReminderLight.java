package org.onewindow.staff;

/**
 * The light an item has turned to when its responsible staff are reminded (催办提醒): yellow from two thirds of its
 * time (预警), red when overdue (超期), a step of it past its own share of the time (环节超期); or a one-off notice.
 * Green and finished items are never reminded of.
 */
public enum ReminderLight {

	YELLOW("黄灯预警", "已进入黄灯预警"), RED("红灯超期", "已超期，亮起红灯"),
	/** A step of the item past its own due date while the item as a whole is not yet red (审批 环节超期). */
	STEP_OVERDUE("环节超期", "环节已超期"),
	/** Not a light: a one-off notice about the item, e.g. a 差评整改 reopened by the citizen's 追评. */
	NOTICE("重新办理", "已重新打开");

	private final String label;
	private final String phrase;

	ReminderLight(String label, String phrase) {
		this.label = label;
		this.phrase = phrase;
	}

	/**
	 * The reminder for a module's light by its name: YELLOW and RED are reminded of, any other light (GREEN, NONE,
	 * DONE …) is not (null).
	 */
	public static ReminderLight warning(String light) {
		return switch (light) {
			case "YELLOW" -> YELLOW;
			case "RED" -> RED;
			default -> null;
		};
	}

	/** What happened, for the middle of a sentence: 已进入黄灯预警 / 已超期，亮起红灯. */
	public String phrase() {
		return phrase;
	}

	public String label() {
		return label;
	}
}
