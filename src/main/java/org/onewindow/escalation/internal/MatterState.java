package org.onewindow.escalation.internal;

/**
 * REGISTERED → IN_PROGRESS (classified, coordinated or handed over) → REPLIED → CLOSED.
 */
public enum MatterState {
	REGISTERED, IN_PROGRESS, REPLIED, CLOSED
}
