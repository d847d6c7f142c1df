package org.onewindow.queue;

import java.util.List;

/**
 * A ticket as other modules see it (the acceptance counter opens a case from the ticket it called).
 *
 * @param counterId the counter it is called to, {@code null} unless {@link TicketState#CALLED}
 * @param situationCodes the situations chosen at the guide desk or the kiosk
 * @param phone the 11-digit mobile number given when taking the ticket, or {@code null}
 * @param idNumber the ID number given when taking the ticket, or {@code null}
 */
public record TicketSummary(long id, String number, long siteId, TicketState state, Long counterId,
		List<String> situationCodes, Integer catalogVersion, String phone, String idNumber) {

	public TicketSummary {
		situationCodes = List.copyOf(situationCodes);
	}
}
