package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdNumberPropertyTests {

	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	/** A valid number and the parts it was built from. */
	record Generated(String number, LocalDate birthDate, int sequence) {
	}

	/** A valid number and the same number with one change, at {@code position} (0-based). */
	record Edit(String valid, String edited, int position) {
	}

	@Property
	void everyValidNumberIsAcceptedAsIs(@ForAll("generated") Generated generated) {
		var idNumber = IdNumber.of(generated.number());

		assertThat(idNumber.value()).isEqualTo(generated.number());
		assertThat(idNumber.birthDate()).isEqualTo(generated.birthDate());
		assertThat(idNumber.gender()).isEqualTo(generated.sequence() % 2 == 1 ? Gender.MALE : Gender.FEMALE);
		assertThat(idNumber.regionPrefix()).isEqualTo(generated.number().substring(0, 6));
	}

	@Property
	void roundTripsThroughItsValueInEitherCase(@ForAll("validNumbers") String number) {
		var idNumber = IdNumber.of(number);

		assertThat(IdNumber.of(idNumber.value())).isEqualTo(idNumber);
		assertThat(IdNumber.of(number.toLowerCase(Locale.ROOT))).isEqualTo(idNumber);
	}

	@Property
	void masksExactlyTheEightMiddleCharacters(@ForAll("validNumbers") String number) {
		var masked = IdNumber.of(number).toString();

		assertThat(masked).hasSize(18)
			.startsWith(number.substring(0, 6))
			.endsWith(number.substring(14))
			.contains("********")
			.doesNotContain(number.substring(6, 14));
	}

	@Property
	void everySingleSubstitutionIsRejected(@ForAll("singleSubstitutions") Edit edit) {
		var rejection = catchThrowableOfType(InvalidValueException.class, () -> IdNumber.of(edit.edited()));

		assertThat(rejection).as("%s accepted", edit.edited()).isNotNull();
	}

	@Property
	void aSubstitutionThatOnlyTheCheckCanSeeIsCaughtByTheCheckDigit(
			@ForAll("substitutionsOutsideProvinceAndBirthDate") Edit edit) {
		var rejection = catchThrowableOfType(InvalidValueException.class, () -> IdNumber.of(edit.edited()));

		assertThat(rejection).as("%s accepted", edit.edited()).isNotNull();
		assertThat(rejection.code()).isEqualTo("shared.id-number.check-digit");
	}

	@Property
	void everyTranspositionOfTwoAdjacentDifferentDigitsIsRejected(@ForAll("adjacentTranspositions") Edit edit) {
		var rejection = catchThrowableOfType(InvalidValueException.class, () -> IdNumber.of(edit.edited()));

		assertThat(rejection).as("%s accepted", edit.edited()).isNotNull();
		if (edit.position() >= 2 && edit.position() < 5 || edit.position() >= 14) {
			assertThat(rejection.code()).isEqualTo("shared.id-number.check-digit");
		}
	}

	@Provide
	Arbitrary<Generated> generated() {
		var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		var provinces = Arbitraries.of(ProvinceCodes.all());
		var rest = Arbitraries.strings().numeric().ofLength(4);
		var birthDates = Arbitraries.longs()
			.between(EARLIEST_BIRTH_DATE.toEpochDay(), today.toEpochDay())
			.map(LocalDate::ofEpochDay);
		var sequences = Arbitraries.integers().between(0, 999);
		return Combinators.combine(provinces, rest, birthDates, sequences)
			.as((province, region, birthDate, sequence) -> {
				var first17 = province + region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
						+ "%03d".formatted(sequence);
				return new Generated(CheckCharacters.completeIdNumber(first17), birthDate, sequence);
			});
	}

	@Provide
	Arbitrary<String> validNumbers() {
		return generated().map(Generated::number);
	}

	@Provide
	Arbitrary<Edit> singleSubstitutions() {
		return substitutionsAt(IntStream.range(0, 18).boxed().toList());
	}

	@Provide
	Arbitrary<Edit> substitutionsOutsideProvinceAndBirthDate() {
		return substitutionsAt(List.of(2, 3, 4, 5, 14, 15, 16, 17));
	}

	@Provide
	Arbitrary<Edit> adjacentTranspositions() {
		return validNumbers().flatMap(number -> {
			var positions = IntStream.range(0, 17)
				.filter(i -> Character.isDigit(number.charAt(i + 1)) && number.charAt(i) != number.charAt(i + 1))
				.boxed()
				.toList();
			return Arbitraries.of(positions).map(i -> new Edit(number, swap(number, i), i));
		});
	}

	private Arbitrary<Edit> substitutionsAt(List<Integer> positions) {
		return validNumbers().flatMap(number -> Arbitraries.of(positions)
			.flatMap(position -> Arbitraries.of(allowedAt(position))
				.filter(c -> c != number.charAt(position))
				.map(c -> new Edit(number, replace(number, position, c), position))));
	}

	private static List<Character> allowedAt(int position) {
		var allowed = position == 17 ? "0123456789X" : "0123456789";
		return allowed.chars().mapToObj(c -> (char) c).toList();
	}

	private static String replace(String value, int position, char c) {
		var chars = value.toCharArray();
		chars[position] = c;
		return new String(chars);
	}

	private static String swap(String value, int position) {
		var chars = value.toCharArray();
		chars[position] = value.charAt(position + 1);
		chars[position + 1] = value.charAt(position);
		return new String(chars);
	}

}
