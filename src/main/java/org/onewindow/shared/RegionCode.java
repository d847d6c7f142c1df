package org.onewindow.shared;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A 12-digit statistical division code (统计用区划代码): province (2 digits), city (2),
 * county (2), town (3) and village or community (3). The level is that of the last
 * non-zero part, and a division is the ancestor of every code that starts with its
 * {@linkplain #significantPrefix() significant prefix}.
 * <p>
 * Input may be the 2-, 4-, 6- or 9-digit prefix of a division, which is padded with
 * zeros ({@code 3608} → {@code 360800000000}). A zero part may not be followed by a
 * non-zero one ({@code 360800100000} is rejected), except that the towns of the
 * prefecture-level cities without counties (东莞 4419, 中山 4420, 儋州 4604) sit
 * directly under the city with county part {@code 00}, as the official codes have them
 * ({@code 442000002000}).
 * <p>
 * Not personal data: {@link #toString()} gives the full code.
 *
 * @param value the 12 digits
 */
public record RegionCode(String value) {

	private static final int LENGTH = 12;

	/** Prefecture-level cities whose towns the official codes place directly under them. */
	static final Set<String> CITIES_WITHOUT_COUNTIES = Set.of("4419", "4420", "4604");

	private static final RegionLevel[] LEVELS = RegionLevel.values();

	public RegionCode {
		value = normalize(value);
		validate(value);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	/** The level of the division: that of its last non-zero part. */
	public RegionLevel level() {
		return levelOf(value);
	}

	/** The leading digits that identify the division: 2, 4, 6, 9 or 12 by level. */
	public String significantPrefix() {
		return value.substring(0, level().prefixLength());
	}

	/**
	 * Whether this division strictly contains {@code other}: its significant prefix is a
	 * proper prefix of the other's. A division is not its own ancestor.
	 */
	public boolean isAncestorOf(RegionCode other) {
		Objects.requireNonNull(other, "other");
		var prefix = significantPrefix();
		var otherPrefix = other.significantPrefix();
		return otherPrefix.length() > prefix.length() && otherPrefix.startsWith(prefix);
	}

	/** The division one level up, or empty for a province. */
	public Optional<RegionCode> parent() {
		var level = level();
		if (level == RegionLevel.PROVINCE) {
			return Optional.empty();
		}
		var parentLevel = LEVELS[level.ordinal() - 1];
		return Optional.of(new RegionCode(value.substring(0, parentLevel.prefixLength())));
	}

	@Override
	public String toString() {
		return value;
	}

	private static String normalize(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("shared.region-code.required");
		}
		var stripped = value.strip();
		for (var i = 0; i < stripped.length(); i++) {
			var c = stripped.charAt(i);
			if (c < '0' || c > '9') {
				throw new InvalidValueException("shared.region-code.character", i + 1, String.valueOf(c));
			}
		}
		if (Arrays.stream(LEVELS).noneMatch(level -> level.prefixLength() == stripped.length())) {
			throw new InvalidValueException("shared.region-code.length", stripped.length());
		}
		return stripped + "0".repeat(LENGTH - stripped.length());
	}

	private static void validate(String value) {
		var province = value.substring(0, 2);
		if (!ProvinceCodes.isValid(province)) {
			throw new InvalidValueException("shared.region-code.province", province);
		}
		var level = levelOf(value);
		for (var i = 1; i < level.ordinal(); i++) {
			if (isZero(value, LEVELS[i]) && !isCountyOfCityWithoutCounties(value, LEVELS[i])) {
				throw new InvalidValueException("shared.region-code.structure", value, LEVELS[i].label());
			}
		}
	}

	private static RegionLevel levelOf(String value) {
		for (var i = LEVELS.length - 1; i > 0; i--) {
			if (!isZero(value, LEVELS[i])) {
				return LEVELS[i];
			}
		}
		return RegionLevel.PROVINCE;
	}

	private static boolean isZero(String value, RegionLevel level) {
		var start = LEVELS[level.ordinal() - 1].prefixLength();
		return value.substring(start, level.prefixLength()).chars().allMatch(c -> c == '0');
	}

	private static boolean isCountyOfCityWithoutCounties(String value, RegionLevel level) {
		return level == RegionLevel.COUNTY && CITIES_WITHOUT_COUNTIES.contains(value.substring(0, 4));
	}

}
