package org.onewindow.queue.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.onewindow.platform.DomainException;
import org.onewindow.site.CounterSummary;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.springframework.stereotype.Component;

/**
 * The reference data every call and ticket view reads (sites, counters, categories, settings), held for a few seconds per
 * node. The database stays the only source: an administrator's change is seen at once on the node that made it
 * (categories) and within {@link #TTL} everywhere else. Queue state (tickets, counter states) is never cached.
 */
@Component
class QueueReference {

	static final Duration TTL = Duration.ofSeconds(5);

	private record Entry<T>(T value, long loadedAt) {

		boolean fresh() {
			return System.nanoTime() - loadedAt < TTL.toNanos();
		}
	}

	private final SiteManagement sites;
	private final QueueSiteRepository queueSites;

	private final Map<Long, Entry<Optional<CounterSummary>>> counters = new ConcurrentHashMap<>();
	private final Map<Long, Entry<Optional<SiteSummary>>> siteSummaries = new ConcurrentHashMap<>();
	private final Map<Long, Entry<List<Category>>> categories = new ConcurrentHashMap<>();
	private final Map<Long, Entry<QueueSettings>> settings = new ConcurrentHashMap<>();

	QueueReference(SiteManagement sites, QueueSiteRepository queueSites) {
		this.sites = sites;
		this.queueSites = queueSites;
	}

	Optional<CounterSummary> counter(long counterId) {
		return cached(counters, counterId, () -> sites.findCounter(counterId));
	}

	SiteSummary site(long siteId) {
		return cached(siteSummaries, siteId, () -> sites.findSite(siteId))
			.orElseThrow(() -> DomainException.notFound("site.not-found", siteId));
	}

	List<Category> categories(long siteId) {
		return cached(categories, siteId, () -> queueSites.categories(siteId));
	}

	Optional<Category> category(long siteId, String code) {
		return categories(siteId).stream().filter(c -> c.code().equals(code)).findFirst();
	}

	void categoriesChanged(long siteId) {
		categories.remove(siteId);
	}

	QueueSettings settings(long siteId) {
		return cached(settings, siteId, () -> queueSites.settings(siteId));
	}

	void settingsChanged(long siteId) {
		settings.remove(siteId);
	}

	private static <T> T cached(Map<Long, Entry<T>> map, long key, Supplier<T> loader) {
		var entry = map.get(key);
		if (entry == null || !entry.fresh()) {
			entry = new Entry<>(loader.get(), System.nanoTime());
			map.put(key, entry);
		}
		return entry.value();
	}
}
