package org.onewindow.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One version of the catalog in memory, indexed for lookups. Published versions never change, so a snapshot of one
 * can be shared and cached freely.
 *
 * @param version the version number; 0 for the draft
 */
public record CatalogSnapshot(int version, CatalogContent content, Map<String, ServiceItem> itemsByCode,
		Map<String, Situation> situationsByCode, Map<String, List<Situation>> situationsByItem,
		Map<String, Bundle> bundlesByCode) {

	public static CatalogSnapshot of(int version, CatalogContent content) {
		var items = new LinkedHashMap<String, ServiceItem>();
		content.items().forEach(item -> items.put(item.code(), item));
		var situations = new LinkedHashMap<String, Situation>();
		content.situations().forEach(situation -> situations.put(situation.code(), situation));
		var byItem = content.situations()
			.stream()
			.collect(Collectors.groupingBy(Situation::itemCode, LinkedHashMap::new, Collectors.toList()));
		var bundles = new LinkedHashMap<String, Bundle>();
		content.bundles().forEach(bundle -> bundles.put(bundle.code(), bundle));
		return new CatalogSnapshot(version, content, Map.copyOf(items), Map.copyOf(situations), Map.copyOf(byItem),
				Map.copyOf(bundles));
	}

	public Optional<ServiceItem> item(String code) {
		return Optional.ofNullable(itemsByCode.get(code));
	}

	public Optional<Situation> situation(String code) {
		return Optional.ofNullable(situationsByCode.get(code));
	}

	public List<Situation> situationsOf(String itemCode) {
		return situationsByItem.getOrDefault(itemCode, List.of());
	}

	public Optional<Bundle> bundle(String code) {
		return Optional.ofNullable(bundlesByCode.get(code));
	}

	public long departmentCount() {
		return content.items().stream().map(ServiceItem::department).distinct().count();
	}
}
