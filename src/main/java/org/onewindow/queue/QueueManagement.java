package org.onewindow.queue;

import java.util.List;
import java.util.Optional;

import org.onewindow.queue.internal.QueueSiteRepository;
import org.onewindow.queue.internal.TicketLookup;
import org.springframework.stereotype.Service;

/**
 * What other modules read from the queue.
 */
@Service
public class QueueManagement {

	private final TicketLookup tickets;
	private final QueueSiteRepository queueSites;

	QueueManagement(TicketLookup tickets, QueueSiteRepository queueSites) {
		this.tickets = tickets;
		this.queueSites = queueSites;
	}

	/**
	 * The departments a ticket category of a site serves (a department window such as 公安专窗); empty for a
	 * comprehensive window or an unknown category.
	 */
	public List<String> departmentCodesOf(long siteId, String category) {
		return queueSites.category(siteId, category).map(c -> c.departmentCodes()).orElse(List.of());
	}

	public Optional<TicketSummary> findTicket(long ticketId) {
		return tickets.find(ticketId);
	}

	/** The ticket a follow token (the QR printed on the ticket, {@code /m/t/<token>}) opens; empty when unknown. */
	public Optional<Long> ticketIdByFollowToken(String followToken) {
		return tickets.idByFollowToken(followToken);
	}
}
