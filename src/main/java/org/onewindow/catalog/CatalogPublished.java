package org.onewindow.catalog;

/**
 * A new catalog version was published; cases accepted from now on pin it.
 */
public record CatalogPublished(int version) {
}
