package org.onewindow.platform;

import java.util.List;

/**
 * One page of a listing, as every paged API returns it.
 */
public record PagedResult<T>(List<T> content, int page, int size, long total) {
}
