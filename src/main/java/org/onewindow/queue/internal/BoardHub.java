package org.onewindow.queue.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.JsonNode;

/**
 * The boards connected to this node (server-sent events). It is fed only by {@link QueueNotificationListener},
 * i.e. by PostgreSQL, so a change made on any node reaches every board. Calls are sent at once; "changed"
 * notices are coalesced to at most one per site and second.
 */
@Component
public class BoardHub implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BoardHub.class);

	private static final long TIMEOUT = Duration.ofMinutes(30).toMillis();

	private final Map<Long, Set<SseEmitter>> emitters = new ConcurrentHashMap<>();

	private final Set<Long> changedSites = ConcurrentHashMap.newKeySet();

	private volatile boolean running;

	@Override
	public void start() {
		running = true;
	}

	/**
	 * On shutdown, before the web server waits for open requests: ends every stream (boards reconnect, to
	 * another node if this one is gone), so a node stops at once even with boards connected.
	 */
	@Override
	public void stop() {
		running = false;
		emitters.values().forEach(set -> set.forEach(emitter -> {
			try {
				emitter.complete();
			}
			catch (RuntimeException ignored) {
				// already gone
			}
		}));
		emitters.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

	public SseEmitter subscribe(long siteId) {
		var emitter = new SseEmitter(TIMEOUT);
		var set = emitters.computeIfAbsent(siteId, id -> new CopyOnWriteArraySet<>());
		set.add(emitter);
		Runnable remove = () -> set.remove(emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		send(siteId, emitter, SseEmitter.event().name("hello").data("{\"siteId\":" + siteId + "}",
				MediaType.APPLICATION_JSON));
		return emitter;
	}

	/** A notification as received from PostgreSQL. */
	void onNotification(String payload) {
		JsonNode node;
		try {
			node = QueueNotifications.JSON.readTree(payload);
		}
		catch (RuntimeException e) {
			log.warn("Ignoring a malformed queue notification: {}", payload);
			return;
		}
		long siteId = node.path("siteId").asLong();
		if ("call".equals(node.path("type").asString())) {
			String call = node.path("call").toString();
			forEach(siteId, emitter -> send(siteId, emitter,
					SseEmitter.event().name("call").data(call, MediaType.APPLICATION_JSON)));
		}
		changedSites.add(siteId);
	}

	/** After the listening connection was lost: every board refreshes. */
	void everythingChanged() {
		changedSites.addAll(emitters.keySet());
	}

	@Scheduled(fixedDelay = 1000)
	void flushChanges() {
		for (Long siteId : Set.copyOf(changedSites)) {
			changedSites.remove(siteId);
			forEach(siteId, emitter -> send(siteId, emitter, SseEmitter.event()
				.name("changed")
				.data("{\"siteId\":" + siteId + "}", MediaType.APPLICATION_JSON)));
		}
	}

	@Scheduled(fixedDelay = 20_000)
	void heartbeat() {
		emitters.forEach((siteId, set) -> set.forEach(emitter -> send(siteId, emitter, SseEmitter.event().comment("ping"))));
	}

	private void forEach(long siteId, java.util.function.Consumer<SseEmitter> action) {
		var set = emitters.get(siteId);
		if (set != null) {
			set.forEach(action);
		}
	}

	private void send(long siteId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException e) {
			// the board went away; forget it
			var set = emitters.get(siteId);
			if (set != null) {
				set.remove(emitter);
			}
			emitter.completeWithError(e);
		}
	}
}
