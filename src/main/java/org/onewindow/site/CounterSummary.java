package org.onewindow.site;

import java.util.List;

/**
 * A counter as other modules see it: the ticket categories it serves, in order of preference.
 */
public record CounterSummary(long id, long siteId, int number, String name, List<String> categories, boolean active) {
}
