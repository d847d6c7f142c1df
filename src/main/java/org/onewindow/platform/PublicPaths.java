package org.onewindow.platform;

import java.util.List;

/**
 * Lets a module declare the request paths it serves without login (citizen pages, kiosks, boards, public
 * handbook). Declare a bean; the security configuration collects all of them.
 *
 * @param patterns path patterns in the {@code PathPatternParser} syntax, e.g. {@code /api/catalog/summary}
 */
public record PublicPaths(List<String> patterns) {

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}
}
