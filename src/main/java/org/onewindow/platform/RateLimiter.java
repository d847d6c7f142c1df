package org.onewindow.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import org.onewindow.platform.internal.ClientAddresses;
import org.onewindow.platform.internal.FixedWindow;
import org.onewindow.platform.internal.RateLimitProperties;
import org.onewindow.platform.internal.RateLimitProperties.Limit;
import org.onewindow.platform.internal.RateLimitRepository;
import org.onewindow.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Rate limits (限流) for the endpoints anyone may call, counted in PostgreSQL so that all nodes share them: a
 * <em>bucket</em> (e.g. {@code citizen-codes-per-address}) allows each <em>key</em> (a client address, a phone
 * number, a case number) a number of requests per fixed time window, both set in
 * {@code onewindow.rate-limits.buckets.<bucket>} and declared by the module with a {@link RateLimitBuckets} bean.
 * A request beyond the limit is answered 429 {@value TooManyRequestsException#CODE} with {@code Retry-After}.
 * <p>
 * To count only failures (wrong codes, failed lookups), count the request first and {@link Hit#refund() refund}
 * it when it succeeded: that way parallel guesses cannot all pass a check before any of them is counted.
 * <p>
 * Each count is its own short transaction: call the limiter before the business transaction starts (from the
 * controller), so that a rolled-back request still counts and no request holds two connections.
 */
@Component
public class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private static final int MAX_KEY_LENGTH = 200;

	private final RateLimitRepository counters;
	private final ClientAddresses addresses;
	private final Map<String, Limit> limits;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	RateLimiter(RateLimitRepository counters, ClientAddresses addresses, RateLimitProperties properties,
			List<RateLimitBuckets> declared, Clock clock, PlatformTransactionManager transactionManager) {
		this.counters = counters;
		this.addresses = addresses;
		this.limits = limits(properties.buckets(), declared);
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * What a request is counted by in one bucket.
	 *
	 * @param value the key; {@code null} when the request is not limited in this bucket (an exempt client address)
	 */
	public record Key(String bucket, String value) {

		public Key {
			if (bucket == null || bucket.isBlank()) {
				throw new IllegalArgumentException("a rate-limit key needs a bucket");
			}
			if (value != null) {
				value = value.strip();
				if (value.isEmpty()) {
					throw new IllegalArgumentException("a rate-limit key is not blank");
				}
				if (value.length() > MAX_KEY_LENGTH) {
					value = "sha256:" + Sha256.hex(value);
				}
			}
		}

		@Override
		public String toString() {
			return bucket + ":" + (value == null ? "(exempt)" : Masking.middle(value, 3, 2));
		}
	}

	/** A counted request, which may be taken back. */
	public interface Hit {

		/** Takes the request back from every key it was counted for (once; later calls do nothing). */
		void refund();
	}

	/** The key of the calling client's address in the bucket (see docs/security.md for how it is found). */
	public Key byAddress(String bucket, HttpServletRequest request) {
		var client = addresses.of(request);
		return new Key(bucket, client.exempt() ? null : client.key());
	}

	/**
	 * The one key shared by every client in the bucket (an overall cap such as all text messages per minute), or
	 * no key for a client whose address is exempt (the hall's own network, docs/security.md).
	 */
	public Key overall(String bucket, HttpServletRequest request) {
		return new Key(bucket, addresses.of(request).exempt() ? null : "all");
	}

	/** A key of the bucket: a phone number, a case number … as the caller normalised it. */
	public Key by(String bucket, String value) {
		if (value == null) {
			throw new IllegalArgumentException("a rate-limit key needs a value");
		}
		return new Key(bucket, value);
	}

	/**
	 * Counts the request against every key, all or nothing: when one key has used up its limit, the request is
	 * counted for none of them and refused. Refusals are logged at DEBUG only: whoever is refused decides how often
	 * that happens, and must not be able to fill the log.
	 *
	 * @throws TooManyRequestsException 429 {@value TooManyRequestsException#CODE}, retry when the window of the
	 * refusing key ends
	 * @throws IllegalArgumentException for a bucket no module declared
	 */
	public Hit hit(Key... keys) {
		Instant now = clock.instant();
		var counted = new ArrayList<Counted>(keys.length);
		for (Key key : keys) {
			Limit limit = limits.get(key.bucket());
			if (limit == null) {
				throw new IllegalArgumentException("rate-limit bucket " + key.bucket() + " is not declared");
			}
			if (key.value() == null) {
				continue;
			}
			var window = FixedWindow.containing(now, limit.window());
			var hits = ownTransaction.execute(status -> counters.hit(key.bucket(), key.value(), window, limit.limit()));
			if (hits == null || hits.isEmpty()) {
				counted.forEach(Counted::refund);
				var refusal = TooManyRequestsException.ofBucket(key.bucket(), window.remaining(now));
				log.debug("Rate limit {} ({} per {}) reached; retry after {} s", key, limit.limit(), limit.window(),
						refusal.retryAfterSeconds());
				throw refusal;
			}
			counted.add(new Counted(key, window));
		}
		var refunded = new AtomicBoolean();
		return () -> {
			if (refunded.compareAndSet(false, true)) {
				counted.forEach(Counted::refund);
			}
		};
	}

	private final class Counted {

		private final Key key;
		private final FixedWindow window;

		Counted(Key key, FixedWindow window) {
			this.key = key;
			this.window = window;
		}

		void refund() {
			ownTransaction.executeWithoutResult(
					status -> counters.refund(key.bucket(), key.value(), window.start()));
		}
	}

	private static Map<String, Limit> limits(Map<String, Limit> configured, List<RateLimitBuckets> declared) {
		var names = new TreeSet<String>();
		declared.forEach(buckets -> names.addAll(buckets.names()));
		var missing = new TreeSet<>(names);
		missing.removeAll(configured.keySet());
		var unknown = new TreeSet<>(configured.keySet());
		unknown.removeAll(names);
		if (!missing.isEmpty() || !unknown.isEmpty()) {
			throw new IllegalStateException("onewindow.rate-limits.buckets: "
					+ (missing.isEmpty() ? "" : "no limit configured for " + missing + " ")
					+ (unknown.isEmpty() ? "" : "no module declares " + unknown));
		}
		return new LinkedHashMap<>(configured);
	}
}
