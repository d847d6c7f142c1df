package org.onewindow.shared;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An organization's unified social credit code (统一社会信用代码) per GB 32100-2015:
 * registration authority (1 character), organization type (1), the region code of the
 * registering office (6 digits), the organization code (9) and a check character (1),
 * written with the 31 characters {@value #ALPHABET}.
 * <p>
 * Not personal data: {@link #toString()} gives the full code.
 *
 * @param value the 18-character code, letters upper-case
 */
public record CreditCode(String value) {

	/** Digits and upper-case letters without I, O, S, V and Z. */
	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/**
	 * The registration authorities (登记管理部门) accepted: 1 机构编制, 5 民政, 9 市场监管,
	 * Y 其他, the further authorities 2–8 (外交, 司法行政, 文化, 旅游, 宗教, 工会, …) and
	 * A–G, and N 农业农村, which registers rural collective economic organizations.
	 */
	private static final String REGISTRATION_AUTHORITIES = "123456789ABCDEFGNY";

	private static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int REGION_START = 2;

	private static final int REGION_END = 8;

	public CreditCode {
		value = normalize(value);
		validate(value);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CreditCode of(String value) {
		return new CreditCode(value);
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	/** The registration authority (登记管理部门), e.g. {@code 9} for market regulation. */
	public char registrationAuthority() {
		return value.charAt(0);
	}

	/** The six-digit region code of the registering office (positions 3–8). */
	public String regionPrefix() {
		return value.substring(REGION_START, REGION_END);
	}

	@Override
	public String toString() {
		return value;
	}

	/** The check character for the first 17 characters of a code. */
	private static char checkCharacter(CharSequence first17) {
		var sum = 0;
		for (var i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	private static String normalize(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("shared.credit-code.required");
		}
		return value.strip().toUpperCase(Locale.ROOT);
	}

	private static void validate(String value) {
		if (value.length() != LENGTH) {
			throw new InvalidValueException("shared.credit-code.length", value.codePointCount(0, value.length()));
		}
		for (var i = 0; i < LENGTH; i++) {
			var c = value.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				throw new InvalidValueException("shared.credit-code.character", i + 1, String.valueOf(c));
			}
		}
		var authority = value.charAt(0);
		if (REGISTRATION_AUTHORITIES.indexOf(authority) < 0) {
			throw new InvalidValueException("shared.credit-code.registration-authority", String.valueOf(authority));
		}
		for (var i = REGION_START; i < REGION_END; i++) {
			var c = value.charAt(i);
			if (c < '0' || c > '9') {
				throw new InvalidValueException("shared.credit-code.region", i + 1, String.valueOf(c));
			}
		}
		var expected = checkCharacter(value);
		if (value.charAt(LENGTH - 1) != expected) {
			throw new InvalidValueException("shared.credit-code.check-character", String.valueOf(expected));
		}
	}

}
