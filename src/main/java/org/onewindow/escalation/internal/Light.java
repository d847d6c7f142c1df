package org.onewindow.escalation.internal;

/**
 * The deadline light of an open matter: green, yellow from two thirds of its time, red when overdue.
 */
public enum Light {
	GREEN, YELLOW, RED, NONE
}
