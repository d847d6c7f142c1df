package org.onewindow.guidance;

/**
 * What a guidance result points at.
 */
public enum ResultType {

	/** 办事情形 */
	SITUATION,
	/** 政务服务事项 (the citizen's words do not decide the variant yet) */
	ITEM,
	/** 一件事一次办 */
	BUNDLE,
	/** 大厅服务 (预约办理, 帮办代办, 办不成事反映, 跨省通办 …) */
	SERVICE
}
