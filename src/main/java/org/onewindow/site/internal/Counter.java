package org.onewindow.site.internal;

import java.util.List;

/**
 * A counter (窗口) of a site, with the ticket categories it serves in order of preference.
 */
public record Counter(Long id, long siteId, int number, String name, List<String> categories, boolean active,
		int version) {

	public Counter {
		categories = List.copyOf(categories);
	}
}
