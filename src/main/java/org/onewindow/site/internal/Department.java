package org.onewindow.site.internal;

/**
 * A government department as stored.
 */
public record Department(Long id, String code, String name, String shortName, String creditCode, String phone,
		int sortOrder, boolean active, int version) {
}
