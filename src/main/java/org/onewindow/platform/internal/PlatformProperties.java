package org.onewindow.platform.internal;

import java.nio.file.Path;

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
	 */
	public record Database(@DefaultValue("false") boolean ephemeral, @DefaultValue("0") int port,
			@DefaultValue("10") int poolSize) {
	}
}
