package org.onewindow.queue;

import java.util.Optional;

import org.onewindow.queue.internal.TicketLookup;
import org.springframework.stereotype.Service;

/**
 * What other modules read from the queue.
 */
@Service
public class QueueManagement {

	private final TicketLookup tickets;

	QueueManagement(TicketLookup tickets) {
		this.tickets = tickets;
	}

	public Optional<TicketSummary> findTicket(long ticketId) {
		return tickets.find(ticketId);
	}
}
