package org.onewindow.acceptance.internal;

/**
 * Who did something to a case, for its timeline: a staff member, or the system (a listener, the deadline job).
 */
record Actor(Long staffId, String name, Long siteId) {

	static final Actor SYSTEM = new Actor(null, "系统", null);
}
