package org.onewindow.queue;

import java.time.Instant;
import java.util.List;

/**
 * A counter finished serving a ticket (the moment the counter pad asks for a rating).
 */
public record TicketFinished(long ticketId, String ticketNumber, long siteId, long counterId, Long staffId,
		List<String> situationCodes, int serviceSeconds, Instant finishedAt) {
}
