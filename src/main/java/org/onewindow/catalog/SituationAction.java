package org.onewindow.catalog;

/**
 * What the applicant wants done (办事情形的动作).
 */
public enum SituationAction {

	NEW("新办"),
	CHANGE("变更"),
	RENEW("延续"),
	CANCEL("注销"),
	REISSUE("补证"),
	FILING("备案"),
	APPLY("申请"),
	TRANSFER("转移"),
	QUERY("查询"),
	SUSPEND("暂停"),
	RESUME("恢复"),
	OTHER("其他");

	private final String label;

	SituationAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
