package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhoneNumberPropertyTests {

	/** The digits of a mobile number and one way a person might have typed them. */
	record Typed(String digits, String input) {
	}

	@Property
	void normalizesEveryWayOfTypingANumberToItsDigits(@ForAll("typed") Typed typed) {
		assertThat(PhoneNumber.of(typed.input()).value()).isEqualTo(typed.digits());
	}

	@Property
	void normalizationIsIdempotent(@ForAll("typed") Typed typed) {
		var once = PhoneNumber.of(typed.input());
		var twice = PhoneNumber.of(once.value());

		assertThat(twice).isEqualTo(once);
		assertThat(twice.value()).isEqualTo(once.value());
	}

	@Property
	void masksExactlyTheFourMiddleDigits(@ForAll("mobiles") String digits) {
		assertThat(PhoneNumber.of(digits).toString())
			.isEqualTo(digits.substring(0, 3) + "****" + digits.substring(7));
	}

	@Property
	void rejectsElevenDigitsThatDoNotStartWith13To19(@ForAll("nonMobiles") String digits) {
		Rejections.assertRejected(() -> PhoneNumber.of(digits), "shared.phone-number.prefix");
	}

	@Provide
	Arbitrary<String> mobiles() {
		return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
			.as((second, rest) -> "1" + second + rest);
	}

	@Provide
	Arbitrary<String> nonMobiles() {
		var firstTwo = Arbitraries.strings().numeric().ofLength(2).filter(prefix -> !prefix.matches("1[3-9]"));
		return Combinators.combine(firstTwo, Arbitraries.strings().numeric().ofLength(9)).as(String::concat);
	}

	@Provide
	Arbitrary<Typed> typed() {
		var prefixes = Arbitraries.of("", "+86", "+86 ", "+86-", "86", "86 ", "0086", "0086 ", " ");
		var separators = Arbitraries.of("", "", "", " ", "-", "\u3000", "－").list().ofSize(10);
		return Combinators.combine(mobiles(), prefixes, separators, Arbitraries.of("", " ", "\t"))
			.as((digits, prefix, between, padding) -> new Typed(digits,
					padding + prefix + interleave(digits, between) + padding));
	}

	private static String interleave(String digits, List<String> separators) {
		var typed = new StringBuilder();
		for (var i = 0; i < digits.length(); i++) {
			typed.append(digits.charAt(i));
			if (i < separators.size()) {
				typed.append(separators.get(i));
			}
		}
		return typed.toString();
	}

}
