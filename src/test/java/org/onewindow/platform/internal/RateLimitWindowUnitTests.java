package org.onewindow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.TooManyRequestsException;

/**
 * The fixed windows of the rate limits and how a wait is told.
 */
class RateLimitWindowUnitTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	static Instant at(int hour, int minute, int second) {
		return ZonedDateTime.of(2026, 3, 10, hour, minute, second, 0, HALL).toInstant();
	}

	@Test
	void anHourWindowRunsFromFullHourToFullHourInTheHallsZone() {
		var window = FixedWindow.containing(at(10, 42, 17), Duration.ofHours(1));
		assertThat(window.start()).isEqualTo(at(10, 0, 0));
		assertThat(window.end()).isEqualTo(at(11, 0, 0));
		assertThat(window.remaining(at(10, 42, 17))).isEqualTo(Duration.ofMinutes(17).plusSeconds(43));
	}

	@Test
	void theFirstInstantBelongsToTheNewWindowAndTheLastToTheOld() {
		var length = Duration.ofMinutes(15);
		assertThat(FixedWindow.containing(at(10, 15, 0), length).start()).isEqualTo(at(10, 15, 0));
		var last = at(10, 15, 0).minusNanos(1);
		assertThat(FixedWindow.containing(last, length).start()).isEqualTo(at(10, 0, 0));
		assertThat(FixedWindow.containing(last, length).remaining(last)).isEqualTo(Duration.ofNanos(1));
	}

	@Test
	void everyNodeComputesTheSameWindowWhateverItsZone() {
		var instant = at(23, 59, 59);
		var window = FixedWindow.containing(instant, Duration.ofMinutes(7));
		assertThat(window.start().getEpochSecond() % 420).isZero();
		assertThat(Duration.between(window.start(), window.end())).isEqualTo(Duration.ofMinutes(7));
		assertThat(instant).isBetween(window.start(), window.end());
		assertThat(FixedWindow.containing(Instant.ofEpochSecond(-1), Duration.ofSeconds(60)).start())
			.as("before the epoch too").isEqualTo(Instant.ofEpochSecond(-60));
	}

	@Test
	void aWindowIsWholeSeconds() {
		assertThatThrownBy(() -> FixedWindow.containing(Instant.EPOCH, Duration.ofMillis(1500)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> FixedWindow.containing(Instant.EPOCH, Duration.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RateLimitProperties.Limit(0, Duration.ofMinutes(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RateLimitProperties.Limit(5, Duration.ofDays(8)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRemainingTimeAfterTheEndIsZero() {
		var window = FixedWindow.containing(at(10, 0, 0), Duration.ofHours(1));
		assertThat(window.remaining(at(11, 0, 0))).isZero();
		assertThat(window.remaining(at(12, 0, 0))).isZero();
	}

	@Test
	void theWaitIsToldInSecondsMinutesOrHoursRoundedUp() {
		assertThat(TooManyRequestsException.describe(Duration.ofMillis(200))).isEqualTo("1 秒");
		assertThat(TooManyRequestsException.describe(Duration.ZERO)).isEqualTo("1 秒");
		assertThat(TooManyRequestsException.describe(Duration.ofSeconds(59))).isEqualTo("59 秒");
		assertThat(TooManyRequestsException.describe(Duration.ofSeconds(60))).isEqualTo("1 分钟");
		assertThat(TooManyRequestsException.describe(Duration.ofSeconds(61))).isEqualTo("2 分钟");
		assertThat(TooManyRequestsException.describe(Duration.ofMinutes(40))).isEqualTo("40 分钟");
		assertThat(TooManyRequestsException.describe(Duration.ofMinutes(60))).isEqualTo("1 小时");
		assertThat(TooManyRequestsException.describe(Duration.ofMinutes(125).plusSeconds(1))).isEqualTo("2 小时 6 分钟");
	}

	@Test
	void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
		var refusal = TooManyRequestsException.ofBucket("progress-failures-per-case", Duration.ofMillis(40_001));
		assertThat(refusal.retryAfterSeconds()).isEqualTo(41);
		assertThat(refusal.code()).isEqualTo("platform.too-many-requests");
		assertThat(refusal.status().value()).isEqualTo(429);
		assertThat(refusal.bucket()).isEqualTo("progress-failures-per-case");
		assertThat(refusal.args()).containsExactly("41 秒");
		assertThat(TooManyRequestsException.ofBucket("b", Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
		assertThatThrownBy(() -> TooManyRequestsException.ofBucket("b", Duration.ofSeconds(-1)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
