package org.onewindow.site;

/**
 * An exception to the default week (Monday to Friday work, weekend rest).
 */
public enum DayKind {

	/** 法定节假日（含调休放假） */
	HOLIDAY,
	/** 调休上班的周末 */
	WORKDAY
}
