package org.onewindow.catalog;

import java.util.List;
import java.util.Set;

import org.onewindow.site.SiteLevel;

/**
 * 政务服务事项: one entry of the catalog, with the defaults its situations inherit.
 *
 * @param code basic code: 2-digit type + 5-digit item + 3-digit sub-item
 * @param department the owning department's code
 */
public record ServiceItem(String code, String department, String name, ItemType type, HandbookVolume volume,
		String legalBasis, int legalDays, int promisedDays, AcceptanceMode mode, String fee, int visits,
		boolean online, Set<SiteLevel> acceptLevels, Set<SiteLevel> decideLevels, boolean villageCollect,
		List<String> lifeEvents, List<String> keywords) {

	public ServiceItem {
		acceptLevels = acceptLevels == null ? Set.of() : Set.copyOf(acceptLevels);
		decideLevels = decideLevels == null ? Set.of() : Set.copyOf(decideLevels);
		lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
	}
}
