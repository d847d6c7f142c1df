package org.onewindow.catalog;

/**
 * The counts of the published catalog, for dashboards and outside checks.
 */
public record CatalogSummary(int version, int items, int situations, long departments, int bundles) {
}
