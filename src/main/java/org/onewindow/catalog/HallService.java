package org.onewindow.catalog;

import java.util.List;

/**
 * A service of the hall itself that guidance must reach (预约办理, 帮办代办, 办不成事反映, 跨省通办 …).
 */
public record HallService(String code, String name, String description, String ticketCategory,
		List<String> phrases) {

	public HallService {
		phrases = phrases == null ? List.of() : List.copyOf(phrases);
	}
}
