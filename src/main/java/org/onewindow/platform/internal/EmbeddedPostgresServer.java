package org.onewindow.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL 17 server per data folder and JVM, shared by every Spring context that asks for it
 * (the test suite caches several contexts) and stopped when the last one closes, after everything that uses it. The binaries come from Maven
 * Central; as root they run under {@code unshare -U} (done by zonky itself).
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "onewindow";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, Running> RUNNING = new HashMap<>();

	private final Path dataDirectory;
	private boolean closed;

	private EmbeddedPostgresServer(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	static EmbeddedPostgresServer acquire(PlatformProperties properties) {
		var database = properties.database();
		Path dataDirectory = database.ephemeral() ? ephemeralDirectory()
				: properties.home().resolve("postgres").toAbsolutePath().normalize();
		synchronized (RUNNING) {
			var running = RUNNING.get(dataDirectory);
			if (running == null) {
				running = new Running(start(dataDirectory, database.ephemeral(), database.port(), database.settings()), database.ephemeral());
				RUNNING.put(dataDirectory, running);
			}
			running.users++;
			return new EmbeddedPostgresServer(dataDirectory);
		}
	}

	String jdbcUrl() {
		synchronized (RUNNING) {
			return "jdbc:postgresql://localhost:" + RUNNING.get(dataDirectory).postgres.getPort() + "/" + DATABASE;
		}
	}

	String username() {
		return "postgres";
	}

	@Override
	public void close() {
		synchronized (RUNNING) {
			if (closed) {
				return;
			}
			closed = true;
			var running = RUNNING.get(dataDirectory);
			if (--running.users == 0) {
				RUNNING.remove(dataDirectory);
				try {
					running.postgres.close();
					log.info("Embedded PostgreSQL stopped ({})", dataDirectory);
					if (running.ephemeral) {
						FileSystemUtils.deleteRecursively(dataDirectory);
					}
				}
				catch (IOException ex) {
					log.warn("Embedded PostgreSQL did not stop cleanly", ex);
				}
			}
		}
	}

	private static Path ephemeralDirectory() {
		synchronized (RUNNING) {
			return RUNNING.keySet()
				.stream()
				.filter(path -> path.getFileName().toString().startsWith("onewindow-test-pg"))
				.findFirst()
				.orElseGet(() -> {
					try {
						return Files.createTempDirectory("onewindow-test-pg");
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
		}
	}

	private static EmbeddedPostgres start(Path dataDirectory, boolean clean, int port, Map<String, String> settings) {
		try {
			Files.createDirectories(dataDirectory);
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(clean)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200");
			if (!clean) {
				// the library's defaults are for throw-away test databases; kept data must survive a crash
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			settings.forEach(builder::setServerConfig);
			if (port > 0) {
				builder.setPort(port);
			}
			var postgres = builder.start();
			createDatabaseIfMissing(postgres);
			log.info("Embedded PostgreSQL 17 running on port {} with data in {}", postgres.getPort(), dataDirectory);
			return postgres;
		}
		catch (IOException | SQLException ex) {
			throw new IllegalStateException("无法启动内嵌 PostgreSQL 数据库（数据目录 " + dataDirectory + "）", ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet exists = statement
					.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
			if (!exists.next()) {
				statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
	}

	private static final class Running {

		private final EmbeddedPostgres postgres;
		private final boolean ephemeral;
		private int users;

		private Running(EmbeddedPostgres postgres, boolean ephemeral) {
			this.postgres = postgres;
			this.ephemeral = ephemeral;
		}
	}
}
