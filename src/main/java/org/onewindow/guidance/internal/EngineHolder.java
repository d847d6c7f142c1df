package org.onewindow.guidance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.onewindow.catalog.CatalogManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's guidance engine on the newest published catalog: at most every {@link #CHECK} it asks the
 * database for the published version number, and when it changed it builds the new index in the background while
 * the old one keeps answering. Every node does this by itself, so no node needs to be told.
 */
@Component
public class EngineHolder implements DisposableBean {

	static final Duration CHECK = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(EngineHolder.class);

	private final CatalogManagement catalog;
	private final Clock clock;
	private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
		var thread = new Thread(runnable, "guidance-index");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean building = new AtomicBoolean();
	private volatile GuidanceEngine engine;
	private volatile Instant checkedAt = Instant.EPOCH;

	EngineHolder(CatalogManagement catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The engine of the newest published catalog, or empty when nothing is published yet. */
	public Optional<GuidanceEngine> engine() {
		var current = engine;
		Instant now = clock.instant();
		if (current == null || checkedAt.plus(CHECK).isBefore(now)) {
			checkedAt = now;
			int published = catalog.publishedVersion();
			if (published == 0) {
				return Optional.ofNullable(current);
			}
			if (current == null) {
				synchronized (this) {
					if (engine == null || engine.version() != published) {
						engine = build(published);
					}
					return Optional.of(engine);
				}
			}
			if (current.version() != published && building.compareAndSet(false, true)) {
				builder.submit(() -> {
					try {
						engine = build(published);
					}
					finally {
						building.set(false);
					}
				});
			}
		}
		return Optional.of(current);
	}

	private GuidanceEngine build(int version) {
		long started = System.nanoTime();
		var built = GuidanceEngine.build(catalog.version(version));
		log.info("Guidance index of catalog version {} built in {} ms", version, (System.nanoTime() - started) / 1_000_000);
		return built;
	}

	@Override
	public void destroy() {
		builder.shutdownNow();
	}
}
