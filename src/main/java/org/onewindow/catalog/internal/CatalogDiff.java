package org.onewindow.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;

/**
 * What changed between two versions of the catalog: entries added, removed and changed, by code.
 */
public final class CatalogDiff {

	private CatalogDiff() {
	}

	public static Result between(CatalogSnapshot from, CatalogSnapshot to) {
		return new Result(from.version(), to.version(),
				compare(from.itemsByCode(), to.itemsByCode(), ServiceItem::name),
				compare(from.situationsByCode(), to.situationsByCode(), Situation::name),
				compare(from.bundlesByCode(), to.bundlesByCode(), Bundle::name));
	}

	private static <T> Changes compare(Map<String, T> before, Map<String, T> after, Function<T, String> name) {
		var added = new ArrayList<Entry>();
		var removed = new ArrayList<Entry>();
		var changed = new ArrayList<Entry>();
		after.forEach((code, entry) -> {
			T old = before.get(code);
			if (old == null) {
				added.add(new Entry(code, name.apply(entry)));
			}
			else if (!Objects.equals(old, entry)) {
				changed.add(new Entry(code, name.apply(entry)));
			}
		});
		before.forEach((code, entry) -> {
			if (!after.containsKey(code)) {
				removed.add(new Entry(code, name.apply(entry)));
			}
		});
		return new Changes(sorted(added), sorted(removed), sorted(changed));
	}

	private static List<Entry> sorted(List<Entry> entries) {
		return entries.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
	}

	public record Result(int from, int to, Changes items, Changes situations, Changes bundles) {
	}

	public record Changes(List<Entry> added, List<Entry> removed, List<Entry> changed) {
	}

	public record Entry(String code, String name) {
	}
}
