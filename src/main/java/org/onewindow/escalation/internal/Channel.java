package org.onewindow.escalation.internal;

/**
 * How a matter came in: at the 办不成事反映窗口 (WINDOW) or online on the public phone page (ONLINE).
 */
public enum Channel {
	WINDOW, ONLINE
}
