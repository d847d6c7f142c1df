package org.onewindow.site;

/**
 * A site as other modules see it.
 */
public record SiteSummary(long id, String name, SiteLevel level, Long parentId, String regionCode, boolean active) {
}
