package org.onewindow.shared;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A mainland China mobile phone number (手机号码), stored as its 11 digits.
 * <p>
 * Input may contain spaces and dashes, full-width ones included ({@code 138 1234 5678},
 * {@code 138-1234-5678}), and a country prefix ({@code +86}, {@code 86}, {@code 0086}).
 * Personal data: {@link #toString()} gives the {@linkplain #masked() masked} form.
 *
 * @param value the 11 digits
 */
public record PhoneNumber(String value) {

	private static final int LENGTH = 11;

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Zs}\\p{Pd}]");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	public PhoneNumber {
		value = normalize(value);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static PhoneNumber of(String value) {
		return new PhoneNumber(value);
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	/** The first three and the last four digits, the four in between as {@code *}. */
	public String masked() {
		return Masking.middle(value, 3, 4);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static String normalize(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("shared.phone-number.required");
		}
		var digits = withoutCountryPrefix(SEPARATORS.matcher(value.strip()).replaceAll(""));
		for (var i = 0; i < digits.length(); i++) {
			var c = digits.charAt(i);
			if (c < '0' || c > '9') {
				throw new InvalidValueException("shared.phone-number.character", String.valueOf(c));
			}
		}
		if (digits.length() != LENGTH) {
			throw new InvalidValueException("shared.phone-number.length", digits.length());
		}
		if (!MOBILE.matcher(digits).matches()) {
			throw new InvalidValueException("shared.phone-number.prefix");
		}
		return digits;
	}

	/**
	 * Drops {@code +86}, and {@code 0086} or {@code 86} when what follows is exactly 11
	 * digits long: an 11-digit input that happens to start with them stays as typed.
	 */
	private static String withoutCountryPrefix(String value) {
		if (value.startsWith("+86")) {
			return value.substring(3);
		}
		for (var prefix : new String[] { "0086", "86" }) {
			if (value.startsWith(prefix) && value.length() == prefix.length() + LENGTH) {
				return value.substring(prefix.length());
			}
		}
		return value;
	}

}
