package org.onewindow.platform.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counters of {@code pf_rate_limit}. Each step is one atomic statement: requests on several nodes at once all
 * count, none slips past the limit.
 */
@Repository
public class RateLimitRepository {

	private final JdbcClient jdbc;

	RateLimitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one request of the key in the window unless the key has made {@code limit} requests in it already (a
	 * refused request is not counted, so a client that keeps knocking does not push its wait further out).
	 *
	 * @return the requests counted in the window with this one, or empty when refused
	 */
	public OptionalInt hit(String bucket, String key, FixedWindow window, int limit) {
		var hits = jdbc.sql("""
				insert into pf_rate_limit (bucket, key, window_start, expires_at, hits)
				values (:bucket, :key, :start, :end, 1)
				on conflict (bucket, key, window_start) do update set hits = pf_rate_limit.hits + 1
				where pf_rate_limit.hits < :limit
				returning hits
				""")
			.param("bucket", bucket)
			.param("key", key)
			.param("start", Timestamp.from(window.start()))
			.param("end", Timestamp.from(window.end()))
			.param("limit", limit)
			.query(Integer.class)
			.optional();
		return hits.map(OptionalInt::of).orElseGet(OptionalInt::empty);
	}

	/** Takes one counted request back (one that turned out not to count, such as a successful lookup). */
	public void refund(String bucket, String key, Instant windowStart) {
		jdbc.sql("""
				update pf_rate_limit set hits = hits - 1
				where bucket = :bucket and key = :key and window_start = :start and hits > 0
				""")
			.param("bucket", bucket)
			.param("key", key)
			.param("start", Timestamp.from(windowStart))
			.update();
	}

	/** Removes the windows that ended before the instant; idempotent, so any number of nodes may run it. */
	public int deleteEndedBefore(Instant before) {
		return jdbc.sql("delete from pf_rate_limit where expires_at < :before")
			.param("before", Timestamp.from(before))
			.update();
	}
}
