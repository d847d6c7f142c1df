package org.onewindow.approval.internal;

import java.util.List;
import java.util.Set;

import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteSummary;

/**
 * Which site's back office decides a case (县镇同权): the nearest site at or above the site that accepted it whose
 * level the situation lets decide. A village station never decides; a town sub-center decides what the handbook
 * delegates to towns; the rest goes up to the county center. When no site on the way up may decide (a situation
 * delegated to towns but accepted at the county), the accepting site decides.
 */
public final class TaskRouting {

	private TaskRouting() {
	}

	/**
	 * @param ancestry the accepting site and its ancestors, nearest first
	 * @param decideLevels the levels that may decide the situation; empty = wherever it was accepted
	 */
	public static SiteSummary decidingSite(List<SiteSummary> ancestry, Set<SiteLevel> decideLevels) {
		if (ancestry.isEmpty()) {
			throw new IllegalArgumentException("a site's ancestry contains the site itself");
		}
		if (decideLevels.isEmpty()) {
			return ancestry.get(0);
		}
		return ancestry.stream()
			.filter(site -> decideLevels.contains(site.level()))
			.findFirst()
			.orElse(ancestry.get(0));
	}
}
