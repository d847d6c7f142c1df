package org.onewindow.platform;

import java.util.function.Consumer;

/**
 * Messages between the nodes of one installation through PostgreSQL ({@code LISTEN}/{@code NOTIFY}): every node,
 * the sender included, receives what any node sends on a channel. One listening connection per node serves every
 * channel. A message is a hint that something changed in the database, never the only record of it: a node that
 * lost its listening connection may have missed messages and is told so ({@code onReconnect}) once it listens again.
 */
public interface NodeNotifications {

	/**
	 * Receives the messages of {@code channel} (a lower-case SQL identifier) on this node, on the listener thread
	 * (keep it short). {@code onReconnect} runs after the listening connection was lost and re-established.
	 */
	void listen(String channel, Consumer<String> onMessage, Runnable onReconnect);

	/**
	 * Sends {@code payload} on {@code channel} to every node once the current transaction commits (at once
	 * without a transaction; never for a transaction that rolls back).
	 */
	void send(String channel, String payload);
}
