package org.onewindow.queue.internal;

import java.time.Instant;

/**
 * One call on the board, with the sentence the board speaks.
 */
public record CallView(String ticketNumber, String category, int counterNumber, String counterName, String kind,
		Instant at, String announcement) {

	public static CallView of(String ticketNumber, String category, int counterNumber, String counterName,
			String kind, Instant at) {
		return new CallView(ticketNumber, category, counterNumber, counterName, kind, at,
				"请" + ticketNumber + "号到" + counterNumber + "号窗口办理");
	}
}
