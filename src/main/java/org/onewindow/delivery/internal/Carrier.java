package org.onewindow.delivery.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The carriers the hall mails results with (邮帮办), each with the shape of its tracking numbers. The same rules are
 * mirrored in the front end ({@code web/src/domain/delivery.ts}).
 */
public enum Carrier {

	/**
	 * China Post EMS: 13 digits for domestic items, or the UPU S10 form (two letters, eight digits, a check digit,
	 * {@code CN}) whose check digit is verified.
	 */
	EMS("中国邮政EMS", "13 位数字，或 2 位字母 + 9 位数字 + CN（如 EA123456785CN）",
			Pattern.compile("\\d{13}|[A-Z]{2}\\d{9}CN")),
	/** SF Express: {@code SF} and 12 or 13 digits. */
	SF("顺丰速运", "SF + 12–13 位数字（如 SF1234567890123）", Pattern.compile("SF\\d{12,13}")),
	/** JD Logistics: {@code JD}, up to two letters and 11–13 digits. */
	JD("京东物流", "JD + 0–2 位字母 + 11–13 位数字（如 JDVA12345678901）", Pattern.compile("JD[A-Z]{0,2}\\d{11,13}"));

	private static final int[] S10_WEIGHTS = { 8, 6, 4, 2, 3, 5, 9, 7 };

	private final String label;
	private final String hint;
	private final Pattern pattern;

	Carrier(String label, String hint, Pattern pattern) {
		this.label = label;
		this.hint = hint;
		this.pattern = pattern;
	}

	public String label() {
		return label;
	}

	/** How a valid tracking number looks, for the clerk. */
	public String hint() {
		return hint;
	}

	public static Optional<Carrier> of(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (Carrier carrier : values()) {
			if (carrier.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(carrier);
			}
		}
		return Optional.empty();
	}

	/** The tracking number as stored: spaces and dashes removed, letters upper-case. */
	public static String normalize(String trackingNumber) {
		return trackingNumber == null ? "" : trackingNumber.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
	}

	/** Whether a (normalized) tracking number has this carrier's shape (and, for S10 numbers, its check digit). */
	public boolean accepts(String trackingNumber) {
		if (trackingNumber == null || !pattern.matcher(trackingNumber).matches()) {
			return false;
		}
		if (this == EMS && trackingNumber.length() == 13 && trackingNumber.endsWith("CN")) {
			return s10CheckDigit(trackingNumber.substring(2, 10)) == trackingNumber.charAt(10) - '0';
		}
		return true;
	}

	/** The UPU S10 check digit of the eight serial digits. */
	static int s10CheckDigit(String serial) {
		int sum = 0;
		for (int i = 0; i < S10_WEIGHTS.length; i++) {
			sum += (serial.charAt(i) - '0') * S10_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 0 : check == 11 ? 5 : check;
	}
}
