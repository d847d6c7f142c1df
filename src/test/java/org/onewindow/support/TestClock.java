package org.onewindow.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.onewindow.platform.Backdating;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time in the hall's zone, unless a test pins it (and then it must
 * {@link #reset()} it in a {@code finally} or {@code @AfterEach}: the context is shared). Like the application's clock,
 * it reads a set-back time in work that {@link Backdating} sets back (the demo county's cases, loaded at start).
 */
public final class TestClock extends Clock {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private volatile Instant pinned;

	public void pin(ZonedDateTime at) {
		pinned = at.toInstant();
	}

	public void reset() {
		pinned = null;
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.system(zone);
	}

	@Override
	public Instant instant() {
		var at = pinned;
		return (at != null ? at : Instant.now()).plus(Backdating.offset());
	}

	/** Registered by {@link HallIntegrationTest}. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
