package org.onewindow.platform;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lets a module declare the {@link RateLimiter} buckets it counts in. Declare a bean; the numbers of each bucket
 * come from {@code onewindow.rate-limits.buckets.<name>} in {@code application.yml}, and the application does not
 * start when a declared bucket has no numbers there or a configured one is declared by no module (a typo).
 *
 * @param names bucket names: lower-case letters, digits and hyphens, e.g. {@code citizen-codes-per-address}
 */
public record RateLimitBuckets(List<String> names) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");

	public RateLimitBuckets {
		names = List.copyOf(names);
		for (String name : names) {
			if (!NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("not a bucket name (lower-case letters, digits, hyphens): " + name);
			}
		}
	}

	public static RateLimitBuckets of(String... names) {
		return new RateLimitBuckets(List.of(names));
	}
}
