package org.onewindow.license.internal;

/**
 * Licence numbers: {@code <issuer code>-<year>-<sequence>}, the sequence counted per issuing department and year
 * with at least six digits ({@code SCJG-2026-000123}). A number is therefore unique across all licence types.
 */
public final class LicenseNumbers {

	private LicenseNumbers() {
	}

	public static String format(String issuer, int year, long sequence) {
		if (issuer == null || !issuer.matches("[A-Z][A-Z0-9_]{0,19}")) {
			throw new IllegalArgumentException("issuer code must be upper-case letters, digits and underscores: " + issuer);
		}
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("sequence starts at 1: " + sequence);
		}
		return "%s-%d-%06d".formatted(issuer, year, sequence);
	}
}
