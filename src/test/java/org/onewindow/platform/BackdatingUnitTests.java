package org.onewindow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Backdated work reads an earlier moment on the application's clock, in its own thread and in the tasks it hands
 * over, and nowhere else.
 */
class BackdatingUnitTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");

	static final Instant THREE_DAYS_AGO = Instant.parse("2026-11-17T01:40:00Z");

	/** The application's clock over a fixed base, so that "now" does not move during the test. */
	private final Clock clock = Backdating.clock(Clock.fixed(NOW, HALL));

	@Test
	void theClockReadsTheMomentOfTheWorkAndTheRealTimeAfterwards() {
		assertThat(clock.instant()).isEqualTo(NOW);
		Instant during = Backdating.at(clock, THREE_DAYS_AGO, () -> clock.instant());
		assertThat(during).isEqualTo(THREE_DAYS_AGO);
		assertThat(clock.instant()).isEqualTo(NOW);
		assertThat(Backdating.offset()).isEqualTo(Duration.ZERO);
		assertThat(clock.getZone()).isEqualTo(HALL);
		assertThat(clock.withZone(ZoneId.of("UTC")).getZone()).isEqualTo(ZoneId.of("UTC"));
	}

	@Test
	void nestedWorkGoesToItsOwnMomentAndBack() {
		Instant yesterday = NOW.minus(Duration.ofDays(1));
		var seen = new AtomicReference<Instant>();
		Backdating.at(clock, THREE_DAYS_AGO, () -> {
			Backdating.at(clock, yesterday, () -> seen.set(clock.instant()));
			assertThat(clock.instant()).isEqualTo(THREE_DAYS_AGO);
		});
		assertThat(seen.get()).isEqualTo(yesterday);
		assertThat(clock.instant()).isEqualTo(NOW);
	}

	@Test
	void itNeverGoesForwardAndAFailingWorkLeavesTheClockAlone() {
		assertThatThrownBy(() -> Backdating.at(clock, NOW.plusSeconds(1), () -> clock.instant()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Backdating.at(clock, THREE_DAYS_AGO, () -> {
			throw new IllegalStateException("step failed");
		})).hasMessage("step failed");
		assertThat(clock.instant()).isEqualTo(NOW);
	}

	@Test
	void aTaskHandedOverRunsAtTheMomentOfTheWorkOtherThreadsAtTheRealTime() throws Exception {
		var executor = Executors.newSingleThreadExecutor();
		try {
			var handedOver = new AtomicReference<Instant>();
			var undecorated = new AtomicReference<Instant>();
			Backdating.at(clock, THREE_DAYS_AGO, () -> {
				submitAndWait(executor, Backdating.carriedOver(() -> handedOver.set(clock.instant())));
				submitAndWait(executor, () -> undecorated.set(clock.instant()));
			});
			var afterwards = new AtomicReference<Instant>();
			submitAndWait(executor, Backdating.carriedOver(() -> afterwards.set(clock.instant())));
			assertThat(handedOver.get()).isEqualTo(THREE_DAYS_AGO);
			assertThat(undecorated.get()).as("a thread nobody handed the moment to").isEqualTo(NOW);
			assertThat(afterwards.get()).as("the pooled thread is left as it was").isEqualTo(NOW);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static void submitAndWait(ExecutorService executor, Runnable task) {
		try {
			executor.submit(task).get(5, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
