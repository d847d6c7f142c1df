package org.onewindow.support;

import java.util.List;

/**
 * A hall of its own for one test (made by {@link TestHalls}), so tests never see each other's tickets.
 */
public record TestHall(long siteId, List<Long> counterIds, List<String> clerks, List<Long> clerkIds, String guide) {
}
