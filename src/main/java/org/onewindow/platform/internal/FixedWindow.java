package org.onewindow.platform.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One window of a rate limit: windows of a bucket's length follow each other from the epoch on, so every node
 * puts a request into the same window without asking the others (a one-hour window runs from a full hour to the
 * next in every time zone with whole-hour offsets, such as the hall's +08:00). A key may make the limit's number of
 * requests per window; at the boundary a key may use up the end of one window and the start of the next in quick
 * succession, which is why a burst rule and a longer rule are two buckets where both matter.
 *
 * @param start the first instant in the window
 * @param end the first instant after it
 */
public record FixedWindow(Instant start, Instant end) {

	public FixedWindow {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("a window ends after it starts");
		}
	}

	/** The window of the given length that contains the instant. */
	public static FixedWindow containing(Instant at, Duration length) {
		long seconds = length.getSeconds();
		if (seconds < 1 || length.getNano() != 0) {
			throw new IllegalArgumentException("a window is a whole number of seconds, at least 1: " + length);
		}
		long start = Math.floorDiv(at.getEpochSecond(), seconds) * seconds;
		return new FixedWindow(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + seconds));
	}

	/** How long from the instant until the next window opens. */
	public Duration remaining(Instant at) {
		return at.isBefore(end) ? Duration.between(at, end) : Duration.ZERO;
	}
}
