package org.onewindow.platform.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.onewindow.platform.NodeNotifications;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link NodeNotifications} on one connection per node that listens on every registered channel. Reconnects after a
 * lost connection (then tells every listener, which may have missed messages).
 */
@Component
class PostgresNodeNotifications implements NodeNotifications, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PostgresNodeNotifications.class);

	private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	private record Listener(Consumer<String> onMessage, Runnable onReconnect) {
	}

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
	/** Channels registered but not yet listened to on the current connection. */
	private final ConcurrentLinkedQueue<String> newChannels = new ConcurrentLinkedQueue<>();

	private volatile boolean running;
	private volatile Thread thread;
	private volatile Connection connection;

	PostgresNodeNotifications(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	@Override
	public void listen(String channel, Consumer<String> onMessage, Runnable onReconnect) {
		if (!CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("not a channel name: " + channel);
		}
		listeners.computeIfAbsent(channel, c -> {
			newChannels.add(c);
			return new CopyOnWriteArrayList<>();
		}).add(new Listener(onMessage, onReconnect));
	}

	@Override
	public void send(String channel, String payload) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					sendNow(channel, payload);
				}
			});
		}
		else {
			sendNow(channel, payload);
		}
	}

	private void sendNow(String channel, String payload) {
		try {
			jdbc.sql("select pg_notify(:channel, :payload)")
				.param("channel", channel)
				.param("payload", payload)
				.query((rs, i) -> 1)
				.list();
		}
		catch (RuntimeException e) {
			// the receivers fall back on what they read from the database (their caches expire)
			log.warn("Could not notify {}: {}", channel, e.getMessage());
		}
	}

	@Override
	public void start() {
		running = true;
		thread = new Thread(this::listen, "node-notifications");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		var t = thread;
		if (t != null) {
			t.interrupt();
			try {
				t.join(3000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		closeQuietly();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Start after the data source and stop before it. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 2000;
	}

	private void listen() {
		boolean reconnecting = false;
		while (running) {
			try {
				connection = dataSource.getConnection();
				connection.setAutoCommit(true);
				newChannels.clear();
				for (String channel : listeners.keySet()) {
					execute("LISTEN " + channel);
				}
				if (reconnecting) {
					listeners.values().forEach(list -> list.forEach(listener -> safely(listener.onReconnect())));
				}
				var pg = connection.unwrap(PGConnection.class);
				while (running) {
					for (String channel = newChannels.poll(); channel != null; channel = newChannels.poll()) {
						execute("LISTEN " + channel);
					}
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							var list = listeners.get(notification.getName());
							if (list != null) {
								String payload = notification.getParameter();
								list.forEach(listener -> safely(() -> listener.onMessage().accept(payload)));
							}
						}
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					log.warn("Node notifications: connection lost ({}); reconnecting", e.getMessage());
					reconnecting = true;
					sleep();
				}
			}
			finally {
				closeQuietly();
			}
		}
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void safely(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException e) {
			log.warn("A node notification listener failed", e);
		}
	}

	private void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void closeQuietly() {
		var c = connection;
		connection = null;
		if (c != null) {
			try {
				c.close();
			}
			catch (SQLException ignored) {
				// closing a broken connection
			}
		}
	}
}
