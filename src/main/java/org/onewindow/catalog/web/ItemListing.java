package org.onewindow.catalog.web;

import java.util.Comparator;
import java.util.List;

import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.HandbookVolume;
import org.onewindow.catalog.ServiceItem;

/**
 * Filtering a version's items the way the guide and the maintenance screens browse them.
 */
final class ItemListing {

	private ItemListing() {
	}

	static List<ItemSummary> list(CatalogSnapshot snapshot, String department, HandbookVolume volume, String lifeEvent,
			String q) {
		String keyword = q == null ? "" : q.strip();
		return snapshot.content()
			.items()
			.stream()
			.filter(item -> department == null || item.department().equals(department))
			.filter(item -> volume == null || item.volume() == volume)
			.filter(item -> lifeEvent == null || item.lifeEvents().contains(lifeEvent))
			.filter(item -> keyword.isEmpty() || relevance(item, snapshot, keyword) < NO_MATCH)
			.sorted(Comparator.comparingInt(item -> keyword.isEmpty() ? 0 : relevance(item, snapshot, keyword)))
			.map(item -> ItemSummary.of(item, snapshot.situationsOf(item.code()).size()))
			.toList();
	}

	private static final int NO_MATCH = 4;

	/** Items named after the keyword first, then by their keywords and aliases, then by how citizens ask for them. */
	private static int relevance(ServiceItem item, CatalogSnapshot snapshot, String keyword) {
		if (item.name().contains(keyword) || item.code().equals(keyword)) {
			return 0;
		}
		var situations = snapshot.situationsOf(item.code());
		if (item.keywords().stream().anyMatch(word -> word.contains(keyword))
				|| situations.stream().anyMatch(situation -> situation.name().contains(keyword))) {
			return 1;
		}
		if (situations.stream().anyMatch(situation -> situation.aliases().stream().anyMatch(alias -> alias.contains(keyword)))) {
			return 2;
		}
		if (situations.stream().anyMatch(situation -> situation.phrases().stream().anyMatch(phrase -> phrase.contains(keyword)))) {
			return 3;
		}
		return NO_MATCH;
	}

	record ItemSummary(String code, String name, String department, String type, String typeName,
			HandbookVolume volume, String volumeName, int legalDays, int promisedDays, String mode, int visits,
			boolean online, int situations) {

		static ItemSummary of(ServiceItem item, int situations) {
			return new ItemSummary(item.code(), item.name(), item.department(), item.type().code(),
					item.type().label(), item.volume(), item.volume().label(), item.legalDays(), item.promisedDays(),
					item.mode().name(), item.visits(), item.online(), situations);
		}
	}
}
