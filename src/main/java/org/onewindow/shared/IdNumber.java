package org.onewindow.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A citizen's resident id number (居民身份证号码) per GB 11643-1999: a six-digit address
 * code, an eight-digit birth date, a three-digit sequence number (odd for men, even for
 * women) and an ISO 7064 MOD 11-2 check character.
 * <p>
 * Personal data: {@link #toString()} gives the {@linkplain #masked() masked} form; only
 * {@link #value()} (and so JSON) carries the full number.
 *
 * @param value the 18-character number, check character {@code X} upper-case
 */
public record IdNumber(String value) {

	private static final int LENGTH = 18;

	private static final int LEGACY_LENGTH = 15;

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final int EARLIEST_BIRTH_YEAR = 1900;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public IdNumber {
		value = normalize(value);
		validate(value);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static IdNumber of(String value) {
		return new IdNumber(value);
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	/** The birth date encoded in positions 7–14. */
	public LocalDate birthDate() {
		return parseBirthDate(value);
	}

	/** The gender encoded by the parity of the 17th digit: odd for men, even for women. */
	public Gender gender() {
		return Character.getNumericValue(value.charAt(16)) % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	/**
	 * The age in full years (周岁) on the given date; a person born on 29 February turns a
	 * year older on 1 March in common years.
	 *
	 * @throws IllegalArgumentException if {@code date} is before the birth date
	 */
	public int ageOn(LocalDate date) {
		Objects.requireNonNull(date, "date");
		var birthDate = birthDate();
		if (date.isBefore(birthDate)) {
			throw new IllegalArgumentException("date " + date + " is before the birth date");
		}
		return Period.between(birthDate, date).getYears();
	}

	/** The six-digit address code of the place where the number was issued. */
	public String regionPrefix() {
		return value.substring(0, 6);
	}

	/** The first six and the last four characters, the eight in between as {@code *}. */
	public String masked() {
		return Masking.middle(value, 6, 4);
	}

	@Override
	public String toString() {
		return masked();
	}

	/** The check character for the first 17 digits of a number. */
	private static char checkCharacter(CharSequence first17) {
		var sum = 0;
		for (var i = 0; i < WEIGHTS.length; i++) {
			sum += Character.digit(first17.charAt(i), 10) * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static String normalize(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("shared.id-number.required");
		}
		return value.strip().replace('x', 'X');
	}

	private static void validate(String value) {
		if (value.length() == LEGACY_LENGTH && isDigits(value)) {
			throw new InvalidValueException("shared.id-number.legacy-15-digit");
		}
		if (value.length() != LENGTH) {
			throw new InvalidValueException("shared.id-number.length", value.codePointCount(0, value.length()));
		}
		for (var i = 0; i < LENGTH; i++) {
			var c = value.charAt(i);
			var allowed = isAsciiDigit(c) || (i == LENGTH - 1 && c == 'X');
			if (!allowed) {
				throw new InvalidValueException("shared.id-number.character", i + 1, String.valueOf(c));
			}
		}
		var province = value.substring(0, 2);
		if (!ProvinceCodes.isValid(province)) {
			throw new InvalidValueException("shared.id-number.province", province);
		}
		validateBirthDate(value);
		var expected = checkCharacter(value);
		if (value.charAt(LENGTH - 1) != expected) {
			throw new InvalidValueException("shared.id-number.check-digit", String.valueOf(expected));
		}
	}

	private static void validateBirthDate(String value) {
		var digits = value.substring(6, 14);
		LocalDate birthDate;
		try {
			birthDate = parseBirthDate(value);
		}
		catch (DateTimeException ex) {
			throw new InvalidValueException("shared.id-number.birth-date", digits);
		}
		if (birthDate.getYear() < EARLIEST_BIRTH_YEAR) {
			throw new InvalidValueException("shared.id-number.birth-date-too-early", digits);
		}
		if (birthDate.isAfter(LocalDate.now(CHINA))) {
			throw new InvalidValueException("shared.id-number.birth-date-in-future", digits);
		}
	}

	private static LocalDate parseBirthDate(String value) {
		return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
				Integer.parseInt(value.substring(12, 14)));
	}

	private static boolean isDigits(String value) {
		return value.chars().allMatch(c -> isAsciiDigit((char) c));
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
