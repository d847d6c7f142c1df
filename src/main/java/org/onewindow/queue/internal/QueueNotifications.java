package org.onewindow.queue.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tells every node's boards what happened, through PostgreSQL ({@code NOTIFY}), received by each node's
 * {@link QueueNotificationListener}.
 *
 * <p>A notification is handed over only after the change committed (never for a change that rolled back) and sent
 * from here in batches every {@value #BATCH_MILLIS} ms, outside the business transaction: PostgreSQL serializes the
 * commits of notifying transactions under one global lock, held through the commit's disk flush, which would make
 * every call of every counter wait for the others. Between commit and batch a notification lives only in this
 * node's memory for a few milliseconds; if the node dies in that window, boards catch up on their next refresh
 * (every "changed" notice, every reconnect and every 30 s), because the database is what they show.
 */
@Component
public class QueueNotifications {

	private static final Logger log = LoggerFactory.getLogger(QueueNotifications.class);

	static final String CHANNEL = "onewindow_queue";

	static final long BATCH_MILLIS = 50;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();

	QueueNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A call or recall to show and speak, once the current transaction commits. */
	void call(long siteId, CallView call) {
		afterCommit(callPayload(siteId, call));
	}

	/** Waiting counts or counter states changed: boards refresh, once the current transaction commits. */
	void changed(long siteId) {
		afterCommit(JSON.writeValueAsString(Map.of("siteId", siteId, "type", "changed")));
	}

	static String callPayload(long siteId, CallView call) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("siteId", siteId);
		payload.put("type", "call");
		payload.put("call", call);
		return JSON.writeValueAsString(payload);
	}

	private void afterCommit(String payload) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					pending.add(payload);
				}
			});
		}
		else {
			pending.add(payload);
		}
	}

	/** Sends what committed since the last batch, in one statement; identical "changed" notices are sent once. */
	@Scheduled(fixedDelay = BATCH_MILLIS)
	void flush() {
		if (pending.isEmpty()) {
			return;
		}
		var batch = new LinkedHashSet<String>();
		for (String payload = pending.poll(); payload != null && batch.size() < 1000; payload = pending.poll()) {
			batch.add(payload);
		}
		List<String> payloads = new ArrayList<>(batch);
		try {
			jdbc.sql("select pg_notify(:channel, p) from unnest(cast(:payloads as text[])) with ordinality as u(p, n) order by n")
				.param("channel", CHANNEL)
				.param("payloads", payloads.toArray(String[]::new))
				.query((rs, i) -> 1)
				.list();
		}
		catch (RuntimeException e) {
			// the boards will refresh from the database; nothing of the queue itself is lost
			log.warn("Could not send {} queue notifications: {}", payloads.size(), e.getMessage());
		}
	}
}
