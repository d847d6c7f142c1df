package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run keeps its data in {@code ONEWINDOW_HOME}: what was written before a restart is there after it.
 */
class EmbeddedPostgresServerTests {

	@TempDir
	Path home;

	@Test
	void dataSurvivesARestart() throws SQLException {
		var properties = new PlatformProperties(home, "Asia/Shanghai", new PlatformProperties.Database(false, 0, 2, null));

		try (var server = EmbeddedPostgresServer.acquire(properties);
				var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), null);
				var statement = connection.createStatement()) {
			try (var fsync = statement.executeQuery("show fsync")) {
				fsync.next();
				assertThat(fsync.getString(1)).as("kept data is flushed to disk").isEqualTo("on");
			}
			statement.execute("create table kept (name text)");
			statement.execute("insert into kept values ('青山县')");
		}

		try (var server = EmbeddedPostgresServer.acquire(properties);
				var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), null);
				var rows = connection.createStatement().executeQuery("select name from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("青山县");
		}
		assertThat(home.resolve("postgres").resolve("PG_VERSION")).exists();
	}
}
