package org.onewindow.queue.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tells every node's boards what happened, through PostgreSQL: {@code pg_notify} inside the transaction of the
 * change, delivered to the listening connection of each node on commit (and never if the change rolls back).
 */
@Component
public class QueueNotifications {

	static final String CHANNEL = "onewindow_queue";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	QueueNotifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A call or recall to show and speak. */
	void call(long siteId, CallView call) {
		jdbc.sql("select pg_notify(:channel, :payload)")
			.param("channel", CHANNEL)
			.param("payload", callPayload(siteId, call))
			.query((rs, i) -> 1)
			.list();
	}

	/** The notification of a call (sent with {@link TicketRepository#recordCall} in the same round trip). */
	static String callPayload(long siteId, CallView call) {
		var payload = new LinkedHashMap<String, Object>();
		payload.put("siteId", siteId);
		payload.put("type", "call");
		payload.put("call", call);
		return JSON.writeValueAsString(payload);
	}

	/** Waiting counts or counter states changed: boards refresh. */
	void changed(long siteId) {
		send(Map.of("siteId", siteId, "type", "changed"));
	}

	private void send(Map<String, Object> payload) {
		jdbc.sql("select pg_notify(:channel, :payload)")
			.param("channel", CHANNEL)
			.param("payload", JSON.writeValueAsString(payload))
			.query((rs, i) -> 1)
			.list();
	}
}
