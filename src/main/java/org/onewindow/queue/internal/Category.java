package org.onewindow.queue.internal;

import java.util.List;

/**
 * A ticket category of a site; its letter is the ticket prefix (A012).
 */
public record Category(long siteId, String code, String name, List<String> departmentCodes, int sortOrder,
		boolean active) {

	public Category {
		departmentCodes = List.copyOf(departmentCodes);
	}
}
