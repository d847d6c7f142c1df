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

	/** The ticket a follow token (the QR printed on the ticket, {@code /m/t/<token>}) opens; empty when unknown. */
	public Optional<Long> ticketIdByFollowToken(String followToken) {
		return tickets.idByFollowToken(followToken);
	}
}
