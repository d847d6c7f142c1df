package org.onewindow.queue.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps one connection per node listening on {@value QueueNotifications#CHANNEL} and hands every notification to
 * the boards connected here. Reconnects after a lost connection (and then asks every board to refresh).
 */
@Component
class QueueNotificationListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(QueueNotificationListener.class);

	private final DataSource dataSource;
	private final BoardHub hub;

	private volatile boolean running;
	private volatile Thread thread;
	private volatile Connection connection;

	QueueNotificationListener(DataSource dataSource, BoardHub hub) {
		this.dataSource = dataSource;
		this.hub = hub;
	}

	@Override
	public void start() {
		running = true;
		thread = new Thread(this::listen, "queue-notifications");
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
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + QueueNotifications.CHANNEL);
				}
				if (reconnecting) {
					hub.everythingChanged();
				}
				var pg = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							hub.onNotification(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					log.warn("Queue notifications: connection lost ({}); reconnecting", e.getMessage());
					reconnecting = true;
					sleep();
				}
			}
			finally {
				closeQuietly();
			}
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
