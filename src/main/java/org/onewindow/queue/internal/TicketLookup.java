package org.onewindow.queue.internal;

import java.util.Optional;

import org.onewindow.queue.TicketSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as other modules see them.
 */
@Component
@Transactional(readOnly = true)
public class TicketLookup {

	private final TicketRepository tickets;

	TicketLookup(TicketRepository tickets) {
		this.tickets = tickets;
	}

	public Optional<TicketSummary> find(long ticketId) {
		return tickets.find(ticketId)
			.map(t -> new TicketSummary(t.id(), t.number(), t.siteId(), t.state(), t.counterId(), t.situationCodes(),
					t.catalogVersion(), t.phone(), t.idNumber()));
	}

	public Optional<Long> idByFollowToken(String followToken) {
		if (followToken == null || followToken.isBlank() || followToken.length() > 100) {
			return Optional.empty();
		}
		return tickets.findByToken(followToken).map(Ticket::id);
	}
}
