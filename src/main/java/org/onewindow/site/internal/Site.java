package org.onewindow.site.internal;

import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteSummary;

/**
 * A hall of the network as stored.
 */
public record Site(Long id, String name, SiteLevel level, Long parentId, String regionCode, String regionName,
		String address, String phone, String openingHours, boolean active, int version) {

	public SiteSummary summary() {
		return new SiteSummary(id, name, level, parentId, regionCode, active);
	}
}
