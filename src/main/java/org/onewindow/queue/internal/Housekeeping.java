package org.onewindow.queue.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * End of day: unserved tickets of earlier days are closed, counters signed out, missed appointments counted. Every
 * node runs it; each statement is idempotent, so running it twice or on several nodes at once is harmless.
 */
@Component
class Housekeeping {

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private final TicketRepository tickets;
	private final QueueSiteRepository queueSites;
	private final AppointmentService appointments;
	private final Clock clock;

	Housekeeping(TicketRepository tickets, QueueSiteRepository queueSites, AppointmentService appointments,
			Clock clock) {
		this.tickets = tickets;
		this.queueSites = queueSites;
		this.appointments = appointments;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 10_000, fixedDelay = 300_000)
	@Transactional
	public void run() {
		LocalDate today = LocalDate.now(clock);
		int closed = tickets.closeBefore(today, clock.instant());
		int counters = queueSites.closeCountersSince(today.atStartOfDay(clock.getZone()).toInstant(), clock.instant());
		int noShows = appointments.markNoShows();
		if (closed + counters + noShows > 0) {
			log.info("Queue housekeeping: {} tickets closed, {} counters signed out, {} appointments missed", closed,
					counters, noShows);
		}
	}
}
