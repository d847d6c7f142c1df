package org.onewindow.platform.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of the anonymous endpoints ({@code onewindow.rate-limits.*}, docs/security.md).
 *
 * @param trustedProxies addresses or networks (CIDR, e.g. {@code 10.0.0.0/8}, {@code fd00::/8}) of the reverse
 * proxies in front of the nodes: only a request that comes from one of them has its {@code X-Forwarded-For} header
 * believed; empty (the default) means the client is whoever opened the connection
 * @param exemptAddresses client addresses or networks no per-address limit applies to (the hall's own network,
 * whose kiosks, guide desks and guest Wi-Fi share one address); per-phone and per-case limits still apply
 * @param buckets the limit of each bucket by its name
 */
@ConfigurationProperties("onewindow.rate-limits")
public record RateLimitProperties(@DefaultValue List<String> trustedProxies, @DefaultValue List<String> exemptAddresses,
		@DefaultValue Map<String, Limit> buckets) {

	/**
	 * @param limit the most requests one key may make in one window
	 * @param window the window's length, whole seconds; windows are aligned to the epoch so every node agrees
	 */
	public record Limit(int limit, Duration window) {

		public Limit {
			if (limit < 1) {
				throw new IllegalArgumentException("a rate limit allows at least 1 request, not " + limit);
			}
			if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0 || window.getNano() != 0
					|| window.compareTo(Duration.ofDays(7)) > 0) {
				throw new IllegalArgumentException("a rate-limit window is 1 s to 7 days in whole seconds, not " + window);
			}
		}
	}
}
