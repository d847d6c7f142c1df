package org.onewindow.queue;

import java.time.Instant;
import java.util.List;

/**
 * A counter finished serving a ticket (the moment the counter pad asks for a rating). Published inside the finishing
 * transaction; it carries what a listener needs about the counter, so that no listener reads it again:
 * {@code counterName}, and {@code departmentCode}, the department whose window the counter is (its first, preferred
 * category is a department window such as E 公安专窗), null for a comprehensive window.
 */
public record TicketFinished(long ticketId, String ticketNumber, long siteId, long counterId, String counterName,
		String departmentCode, Long staffId, List<String> situationCodes, int serviceSeconds, Instant finishedAt) {
}
