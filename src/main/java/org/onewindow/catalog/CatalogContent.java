package org.onewindow.catalog;

import java.util.List;

/**
 * Everything one version of the catalog says.
 */
public record CatalogContent(List<ServiceItem> items, List<Situation> situations, List<Bundle> bundles,
		List<Synonym> synonyms, List<HallService> hallServices) {

	public CatalogContent {
		items = List.copyOf(items);
		situations = List.copyOf(situations);
		bundles = bundles == null ? List.of() : List.copyOf(bundles);
		synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
		hallServices = hallServices == null ? List.of() : List.copyOf(hallServices);
	}
}
