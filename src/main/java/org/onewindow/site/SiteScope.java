package org.onewindow.site;

import java.util.Set;

/**
 * The data scope of a staff member: their own site and every site below it. Passed explicitly to queries, bound
 * as a parameter ({@code site_id = any(:siteIds)}), never spliced into SQL.
 *
 * @param rootSiteId the staff member's own site
 * @param siteIds the root and all its descendants
 */
public record SiteScope(long rootSiteId, Set<Long> siteIds) {

	public SiteScope {
		siteIds = Set.copyOf(siteIds);
		if (!siteIds.contains(rootSiteId)) {
			throw new IllegalArgumentException("a scope contains its own root site");
		}
	}

	public boolean includes(long siteId) {
		return siteIds.contains(siteId);
	}

	/** The ids as an array, for binding to {@code = any(:siteIds)}. */
	public Long[] asArray() {
		return siteIds.toArray(Long[]::new);
	}
}
