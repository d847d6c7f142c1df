package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.RateLimiter;
import org.onewindow.platform.TooManyRequestsException;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The limiter against the real table: counting up to the limit, the refusal, a new window, refunds, several keys at
 * once, parallel requests and the removal of ended windows. Each test counts in a key of its own.
 */
@HallIntegrationTest
class RateLimiterIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	/** A bucket of application.yml whose keys are free text (case numbers): the tests use keys no case has. */
	static final String BUCKET = "progress-failures-per-case";

	static final String OTHER_BUCKET = "matter-progress-failures-per-matter";

	@Autowired
	RateLimiter limiter;

	@Autowired
	RateLimitProperties properties;

	@Autowired
	RateLimitConfiguration.Housekeeping housekeeping;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	static String aKey() {
		return "TEST-" + UUID.randomUUID();
	}

	int limit(String bucket) {
		return properties.buckets().get(bucket).limit();
	}

	int hits(String bucket, String key) {
		return jdbc.sql("select coalesce(sum(hits), 0) from pf_rate_limit where bucket = :bucket and key = :key")
			.param("bucket", bucket)
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	@Test
	void aKeyMayMakeTheLimitsRequestsPerWindowAndIsToldWhenTheNextWindowOpens() {
		String key = aKey();
		var tenTwenty = ZonedDateTime.of(2026, 3, 10, 10, 20, 0, 0, HALL);
		clock.pin(tenTwenty);
		for (int i = 0; i < limit(BUCKET); i++) {
			limiter.hit(limiter.by(BUCKET, key));
		}
		clock.pin(tenTwenty.plusMinutes(30));
		var refusal = catchThrowableOfType(TooManyRequestsException.class, () -> limiter.hit(limiter.by(BUCKET, key)));
		assertThat(refusal.code()).isEqualTo("platform.too-many-requests");
		assertThat(refusal.bucket()).isEqualTo(BUCKET);
		assertThat(refusal.retryAfterSeconds()).as("until 11:00").isEqualTo(600);
		assertThat(refusal.args()).containsExactly("10 分钟");
		assertThat(hits(BUCKET, key)).as("a refused request is not counted").isEqualTo(limit(BUCKET));

		assertThatCode(() -> limiter.hit(limiter.by(BUCKET, key.toLowerCase())))
			.as("keys are compared exactly; callers normalise them")
			.doesNotThrowAnyException();

		clock.pin(tenTwenty.plusMinutes(40));
		limiter.hit(limiter.by(BUCKET, key));
		assertThat(hits(BUCKET, key)).isEqualTo(limit(BUCKET) + 1);
	}

	@Test
	void aRefundedRequestDoesNotCountAndIsRefundedOnce() {
		String key = aKey();
		clock.pin(ZonedDateTime.of(2026, 3, 10, 14, 0, 0, 0, HALL));
		for (int i = 0; i < 3 * limit(BUCKET); i++) {
			limiter.hit(limiter.by(BUCKET, key)).refund();
		}
		assertThat(hits(BUCKET, key)).isZero();
		var counted = limiter.hit(limiter.by(BUCKET, key));
		limiter.hit(limiter.by(BUCKET, key));
		counted.refund();
		counted.refund();
		assertThat(hits(BUCKET, key)).isEqualTo(1);
	}

	@Test
	void severalKeysAreCountedAllOrNothing() {
		String full = aKey();
		String free = aKey();
		clock.pin(ZonedDateTime.of(2026, 3, 10, 15, 0, 0, 0, HALL));
		for (int i = 0; i < limit(BUCKET); i++) {
			limiter.hit(limiter.by(BUCKET, full));
		}
		assertThatThrownBy(() -> limiter.hit(limiter.by(OTHER_BUCKET, free), limiter.by(BUCKET, full)))
			.isInstanceOf(TooManyRequestsException.class);
		assertThat(hits(OTHER_BUCKET, free)).as("taken back from the key before").isZero();

		var both = limiter.hit(limiter.by(OTHER_BUCKET, free), limiter.by(BUCKET, aKey()));
		assertThat(hits(OTHER_BUCKET, free)).isEqualTo(1);
		both.refund();
		assertThat(hits(OTHER_BUCKET, free)).isZero();
	}

	@Test
	void anExemptKeyIsNotCountedButAnUndeclaredBucketIsAMistake() {
		for (int i = 0; i < 2 * limit(BUCKET); i++) {
			limiter.hit(new RateLimiter.Key(BUCKET, null));
		}
		assertThatThrownBy(() -> limiter.hit(limiter.by("no-such-bucket", aKey())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no-such-bucket");
		assertThatThrownBy(() -> limiter.by(BUCKET, "  ")).isInstanceOf(IllegalArgumentException.class);
		String longKey = "9".repeat(500);
		limiter.hit(limiter.by(BUCKET, longKey));
		assertThat(hits(BUCKET, longKey)).isZero();
		assertThat(jdbc.sql("select count(*) from pf_rate_limit where key like 'sha256:%'").query(Integer.class).single())
			.as("a very long key is stored as its hash").isPositive();
	}

	@Test
	void parallelRequestsOnSeveralConnectionsNeverPassTheLimit() throws Exception {
		String key = aKey();
		clock.pin(ZonedDateTime.of(2026, 3, 10, 16, 0, 0, 0, HALL));
		int threads = 6;
		int perThread = limit(BUCKET);
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(threads);
		try {
			var results = new ArrayList<Future<Integer>>();
			for (int t = 0; t < threads; t++) {
				Callable<Integer> task = () -> {
					start.await();
					int passed = 0;
					for (int i = 0; i < perThread; i++) {
						try {
							limiter.hit(limiter.by(BUCKET, key));
							passed++;
						}
						catch (TooManyRequestsException refused) {
							// counted below
						}
					}
					return passed;
				};
				results.add(pool.submit(task));
			}
			start.countDown();
			int passed = 0;
			for (var result : results) {
				passed += result.get();
			}
			assertThat(passed).isEqualTo(limit(BUCKET));
			assertThat(hits(BUCKET, key)).isEqualTo(limit(BUCKET));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void housekeepingRemovesWindowsSomeMinutesAfterTheyEnded() {
		String key = aKey();
		var nine = ZonedDateTime.of(2026, 3, 11, 9, 10, 0, 0, HALL);
		clock.pin(nine);
		limiter.hit(limiter.by(BUCKET, key));
		clock.pin(nine.plusMinutes(50).plusMinutes(4));
		housekeeping.run();
		assertThat(hits(BUCKET, key)).as("ended four minutes ago: a node with a slow clock may still count").isOne();
		clock.pin(nine.plusMinutes(50).plusMinutes(6));
		housekeeping.run();
		assertThat(jdbc.sql("select count(*) from pf_rate_limit where key = :key").param("key", key)
			.query(Integer.class).single()).isZero();
	}
}
