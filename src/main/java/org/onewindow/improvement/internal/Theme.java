package org.onewindow.improvement.internal;

/**
 * The themes of suggestions and of the questionnaire's rating questions, as the seed names them.
 */
public enum Theme {

	SERVICE_QUALITY("服务质量"), SERVICE_ATTITUDE("服务态度"), CONVENIENCE("办事便利度"), LAYOUT("大厅布局及标识"),
	COUNTERS("窗口设置"), OTHER("其他");

	private final String label;

	Theme(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
