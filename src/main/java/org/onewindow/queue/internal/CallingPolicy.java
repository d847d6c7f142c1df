package org.onewindow.queue.internal;

import java.util.List;

/**
 * Which lane of a category a counter calls from: the green channel first, unless the last {@code ratio} calls of
 * the category all went to the green channel; then the normal queue first, so a normal ticket is passed by at most
 * {@code ratio} priority tickets in a row (no starvation). When the preferred lane is empty the other one is taken.
 */
public final class CallingPolicy {

	public enum Lane {

		PRIORITY(0), NORMAL(1);

		private final int code;

		Lane(int code) {
			this.code = code;
		}

		/** The {@code q_ticket.lane} value. */
		public int code() {
			return code;
		}

		static Lane of(boolean priority) {
			return priority ? PRIORITY : NORMAL;
		}
	}

	/** The lanes to try, in order, and why. */
	public record Decision(List<Lane> order, String reason) {
	}

	private CallingPolicy() {
	}

	/**
	 * @param recentCalls whether each of the latest calls of the category was a priority ticket, most recent first
	 *                    (at least {@code ratio} entries when there were that many calls)
	 * @param ratio how many priority tickets may be called in a row while normal tickets wait (≥ 1)
	 */
	public static Decision decide(List<Boolean> recentCalls, int ratio) {
		if (ratio < 1) {
			throw new IllegalArgumentException("ratio must be at least 1");
		}
		if (recentCalls.size() >= ratio && recentCalls.subList(0, ratio).stream().allMatch(Boolean::booleanValue)) {
			return new Decision(List.of(Lane.NORMAL, Lane.PRIORITY), "ratio-reached");
		}
		return new Decision(List.of(Lane.PRIORITY, Lane.NORMAL), "priority-first");
	}
}
