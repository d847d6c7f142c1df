package org.onewindow.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Work done as if at an earlier moment. While {@link #at} runs its work, the application's {@link Clock} (made by
 * {@link #clock(Clock)}) reads that moment, ticking on from it, in the calling thread and in the asynchronous event
 * listeners the work sets off (the platform's task decorator carries the moment over to them, so a listener of an
 * event published at 9:40 three working days ago also acts then). Every other thread, every request, every scheduled
 * job reads the real time.
 * <p>
 * Only the demo county uses it: its cases were accepted on earlier working days through the very services the HTTP
 * API calls, so that 电子监察 shows yellow and red lights and the timelines show real dates the first time the system
 * runs. Nothing reachable over HTTP sets it, and it only goes back in time, never forward.
 */
public final class Backdating {

	private static final ThreadLocal<Duration> OFFSET = new ThreadLocal<>();

	private Backdating() {
	}

	/**
	 * Runs the work with this thread's clock set back to {@code moment}.
	 *
	 * @param clock the application's clock (the one {@link #clock(Clock)} made)
	 * @throws IllegalArgumentException when {@code moment} lies in the future
	 */
	public static <T> T at(Clock clock, Instant moment, Supplier<T> work) {
		Objects.requireNonNull(moment, "moment");
		Duration previous = OFFSET.get();
		Instant real = clock.instant().minus(offset());
		if (moment.isAfter(real)) {
			throw new IllegalArgumentException("backdating goes back in time only: " + moment + " is after " + real);
		}
		OFFSET.set(Duration.between(real, moment));
		try {
			return work.get();
		}
		finally {
			restore(previous);
		}
	}

	/** {@link #at(Clock, Instant, Supplier)} for work without an answer. */
	public static void at(Clock clock, Instant moment, Runnable work) {
		at(clock, moment, () -> {
			work.run();
			return null;
		});
	}

	/** How far this thread's clock is set back (negative), zero outside backdated work. */
	public static Duration offset() {
		Duration offset = OFFSET.get();
		return offset == null ? Duration.ZERO : offset;
	}

	/** A clock that reads {@code base}, set back in threads running backdated work. */
	public static Clock clock(Clock base) {
		return new BackdatedClock(base);
	}

	/**
	 * The task as it runs in another thread: with the clock setting of the thread that hands it over (the task
	 * decorator of the application's executor calls this when an asynchronous listener is submitted).
	 */
	public static Runnable carriedOver(Runnable task) {
		Duration handedOver = OFFSET.get();
		if (handedOver == null) {
			return task;
		}
		return () -> {
			Duration previous = OFFSET.get();
			OFFSET.set(handedOver);
			try {
				task.run();
			}
			finally {
				restore(previous);
			}
		};
	}

	private static void restore(Duration previous) {
		if (previous == null) {
			OFFSET.remove();
		}
		else {
			OFFSET.set(previous);
		}
	}

	private static final class BackdatedClock extends Clock {

		private final Clock base;

		BackdatedClock(Clock base) {
			this.base = Objects.requireNonNull(base, "base");
		}

		@Override
		public ZoneId getZone() {
			return base.getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new BackdatedClock(base.withZone(zone));
		}

		@Override
		public Instant instant() {
			return base.instant().plus(Backdating.offset());
		}

		@Override
		public long millis() {
			return instant().toEpochMilli();
		}

		@Override
		public String toString() {
			return "BackdatedClock[" + base + "]";
		}
	}
}
