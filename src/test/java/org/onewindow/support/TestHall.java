package org.onewindow.support;

import java.util.List;

/**
 * A hall of its own for one test (made by {@link TestHalls}), so tests never see each other's tickets. Its kiosk is
 * paired: {@link #kioskKey()} is the device key a kiosk sends ({@code X-Kiosk-Key}), see {@link #kiosk(int)}.
 */
public record TestHall(long siteId, List<Long> counterIds, List<String> clerks, List<Long> clerkIds, String guide,
		String kioskKey) {

	/** A client acting as the hall's paired kiosk (anonymous, sending the device key). */
	public HallClient kiosk(int port) {
		return new HallClient(port).withHeader("X-Kiosk-Key", kioskKey);
	}
}
