package org.onewindow.platform.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform: where OneWindow keeps its files, its time zone, and the embedded database.
 *
 * @param home the folder for the embedded database and uploaded files ({@code ONEWINDOW_HOME}, default {@code ./data})
 * @param timeZone the hall's time zone; all deadlines and "today" are computed in it
 * @param database the embedded PostgreSQL used when no {@code spring.datasource.url} is set
 */
@ConfigurationProperties("onewindow")
public record PlatformProperties(@DefaultValue("./data") Path home, @DefaultValue("Asia/Shanghai") String timeZone,
		@DefaultValue Database database) {

	/**
	 * @param ephemeral a fresh database in a temporary folder, removed at exit (tests)
	 * @param port fixed port, or 0 for a free one
	 * @param poolSize connection pool size of this node
	 * @param settings further server settings of the embedded PostgreSQL, e.g. for a diagnosis
	 *        {@code -Donewindow.database.settings[shared_preload_libraries]=pg_stat_statements} (docs/benchmarks.md)
	 */
	public record Database(@DefaultValue("false") boolean ephemeral, @DefaultValue("0") int port,
			@DefaultValue("10") int poolSize, Map<String, String> settings) {

		public Database {
			settings = settings == null ? Map.of() : Map.copyOf(settings);
		}
	}
}
