package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CreditCodePropertyTests {

	private static final String ALPHABET = CheckCharacters.CREDIT_CODE_ALPHABET;

	/** A valid code and the same code with one change, at {@code position} (0-based). */
	record Edit(String valid, String edited, int position) {
	}

	@Property
	void everyValidCodeIsAcceptedAsIs(@ForAll("validCodes") String code) {
		var creditCode = CreditCode.of(code);

		assertThat(creditCode.value()).isEqualTo(code);
		assertThat(creditCode.registrationAuthority()).isEqualTo(code.charAt(0));
		assertThat(creditCode.regionPrefix()).isEqualTo(code.substring(2, 8));
		assertThat(creditCode).hasToString(code);
	}

	@Property
	void roundTripsThroughItsValueInEitherCase(@ForAll("validCodes") String code) {
		var creditCode = CreditCode.of(code);

		assertThat(CreditCode.of(creditCode.value())).isEqualTo(creditCode);
		assertThat(CreditCode.of(code.toLowerCase(Locale.ROOT))).isEqualTo(creditCode);
	}

	@Property
	void everySingleSubstitutionIsRejected(@ForAll("singleSubstitutions") Edit edit) {
		var rejection = catchThrowableOfType(InvalidValueException.class, () -> CreditCode.of(edit.edited()));

		assertThat(rejection).as("%s accepted", edit.edited()).isNotNull();
	}

	@Property
	void aSubstitutionThatOnlyTheCheckCanSeeIsCaughtByTheCheckCharacter(
			@ForAll("substitutionsOutsideAuthorityAndRegion") Edit edit) {
		var rejection = catchThrowableOfType(InvalidValueException.class, () -> CreditCode.of(edit.edited()));

		assertThat(rejection).as("%s accepted", edit.edited()).isNotNull();
		assertThat(rejection.code()).isEqualTo("shared.credit-code.check-character");
	}

	@Property
	void everyTranspositionOfTwoAdjacentDifferentCharactersIsRejected(@ForAll("adjacentTranspositions") Edit edit) {
		var rejection = catchThrowableOfType(InvalidValueException.class, () -> CreditCode.of(edit.edited()));

		assertThat(rejection).as("%s accepted", edit.edited()).isNotNull();
		if (edit.position() >= 8) {
			assertThat(rejection.code()).isEqualTo("shared.credit-code.check-character");
		}
	}

	@Provide
	Arbitrary<String> validCodes() {
		var authorities = Arbitraries.of(chars("123456789ABCDEFGNY"));
		var types = Arbitraries.of(chars(ALPHABET));
		var regions = Arbitraries.strings().numeric().ofLength(6);
		var organizations = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(9);
		return Combinators.combine(authorities, types, regions, organizations)
			.as((authority, type, region, organization) -> CheckCharacters
				.completeCreditCode("" + authority + type + region + organization));
	}

	@Provide
	Arbitrary<Edit> singleSubstitutions() {
		return substitutionsAt(IntStream.range(0, 18).boxed().toList());
	}

	@Provide
	Arbitrary<Edit> substitutionsOutsideAuthorityAndRegion() {
		return substitutionsAt(IntStream.concat(IntStream.of(1), IntStream.range(8, 18)).boxed().toList());
	}

	@Provide
	Arbitrary<Edit> adjacentTranspositions() {
		return validCodes().flatMap(code -> {
			var positions = IntStream.range(0, 17).filter(i -> code.charAt(i) != code.charAt(i + 1)).boxed().toList();
			return Arbitraries.of(positions).map(i -> new Edit(code, swap(code, i), i));
		});
	}

	private Arbitrary<Edit> substitutionsAt(List<Integer> positions) {
		return validCodes().flatMap(code -> Arbitraries.of(positions)
			.flatMap(position -> Arbitraries.of(chars(ALPHABET))
				.filter(c -> c != code.charAt(position))
				.map(c -> new Edit(code, replace(code, position, c), position))));
	}

	private static List<Character> chars(String characters) {
		return characters.chars().mapToObj(c -> (char) c).toList();
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
