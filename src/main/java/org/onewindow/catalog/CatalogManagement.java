package org.onewindow.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.onewindow.catalog.internal.CatalogRepository;
import org.onewindow.platform.DomainException;
import org.springframework.stereotype.Service;

/**
 * What other modules read from the handbook: the published version, any older version a case pinned, a situation of
 * a given version.
 */
@Service
public class CatalogManagement {

	private static final int CACHED_VERSIONS = 4;

	private final CatalogRepository repository;
	private final Map<Integer, CatalogSnapshot> cache = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, CatalogSnapshot> eldest) {
			return size() > CACHED_VERSIONS;
		}
	};

	CatalogManagement(CatalogRepository repository) {
		this.repository = repository;
	}

	/** The number of the newest published version, 0 when nothing is published yet. */
	public int publishedVersion() {
		return repository.latestPublished().map(CatalogRepository.CatalogVersion::number).orElse(0);
	}

	public Optional<CatalogSnapshot> published() {
		int number = publishedVersion();
		return number == 0 ? Optional.empty() : Optional.of(version(number));
	}

	/** A published version, for a case that pinned it. */
	public CatalogSnapshot version(int number) {
		synchronized (cache) {
			var cached = cache.get(number);
			if (cached != null) {
				return cached;
			}
		}
		var version = repository.published(number)
			.orElseThrow(() -> DomainException.notFound("catalog.version-not-found", number));
		var snapshot = CatalogSnapshot.of(number, repository.load(version.id()));
		synchronized (cache) {
			cache.put(number, snapshot);
		}
		return snapshot;
	}

	public Optional<Situation> situation(int version, String code) {
		return version(version).situation(code);
	}

	public CatalogSummary summary() {
		return published()
			.map(snapshot -> new CatalogSummary(snapshot.version(), snapshot.content().items().size(),
					snapshot.content().situations().size(), snapshot.departmentCount(),
					snapshot.content().bundles().size()))
			.orElse(new CatalogSummary(0, 0, 0, 0, 0));
	}
}
