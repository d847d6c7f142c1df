package org.onewindow.shared;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The two-digit province-level codes of GB/T 2260 that may start an id number or a
 * division code, including 83 which the residence permits of Taiwan residents use.
 */
final class ProvinceCodes {

	private static final Set<String> CODES = Stream
		.of(range(11, 15), range(21, 23), range(31, 37), range(41, 46), range(50, 54), range(61, 65),
				IntStream.of(71, 81, 82, 83))
		.flatMapToInt(codes -> codes)
		.mapToObj(Integer::toString)
		.collect(Collectors.toUnmodifiableSet());

	private ProvinceCodes() {
	}

	static boolean isValid(String code) {
		return CODES.contains(code);
	}

	static Set<String> all() {
		return CODES;
	}

	private static IntStream range(int first, int last) {
		return IntStream.rangeClosed(first, last);
	}

}
