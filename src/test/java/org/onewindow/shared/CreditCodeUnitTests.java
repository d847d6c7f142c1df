package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeUnitTests {

	/** The code commonly cited as the example of GB 32100-2015. */
	static final String STANDARD_SAMPLE = "91350100M000100Y43";

	@Nested
	class Accepts {

		@ParameterizedTest
		@CsvSource({ "91350100M000100Y43, 9, 350100", "91360802MA35F7KQ2T, 9, 360802", "52360800MJD512345N, 5, 360800",
				"N2360826MF00123457, N, 360826", "123608004910123450, 1, 360800", "Y1360800MC7788990W, Y, 360800",
				"93360821MA3A1B2C3Q, 9, 360821" })
		void validCodesAndReadsTheirParts(String code, char authority, String region) {
			var creditCode = CreditCode.of(code);

			assertThat(creditCode.value()).isEqualTo(code);
			assertThat(creditCode.registrationAuthority()).isEqualTo(authority);
			assertThat(creditCode.regionPrefix()).isEqualTo(region);
		}

		@Test
		void lowerCaseAndNormalizesItToUpperCase() {
			var creditCode = CreditCode.of(" 91350100m000100y43\u3000");

			assertThat(creditCode.value()).isEqualTo(STANDARD_SAMPLE);
			assertThat(creditCode).isEqualTo(new CreditCode(STANDARD_SAMPLE));
		}

		@Test
		void andShowsItInFullAsItIsNoPersonalData() {
			assertThat(CreditCode.of(STANDARD_SAMPLE)).hasToString(STANDARD_SAMPLE);
		}

	}

	@Nested
	class Rejects {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "  ", "\u3000" })
		void aMissingCode(String code) {
			assertRejected(() -> CreditCode.of(code), "shared.credit-code.required").contains("统一社会信用代码");
		}

		@ParameterizedTest
		@CsvSource({ "91350100M000100Y4, 17", "91350100M000100Y433, 19", "350100M000100Y, 14" })
		void aWrongLength(String code, int length) {
			assertRejected(() -> CreditCode.of(code), "shared.credit-code.length").contains("18位", length + "位");
		}

		@ParameterizedTest
		@CsvSource({ "91350100M0001I0Y43, 14, I", "91350100O000100Y43, 9, O", "S1350100M000100Y43, 1, S",
				"91350100M000100V43, 16, V", "91350100M000100Y4Z, 18, Z", "91350100M000-00Y43, 13, -",
				"91350100M000100Y4３, 18, ３" })
		void aCharacterOutsideTheAlphabetNamingItAndItsPosition(String code, int position, String character) {
			assertRejected(() -> CreditCode.of(code), "shared.credit-code.character")
				.contains("第" + position + "位", "“" + character + "”", "I、O、S、V、Z");
		}

		@ParameterizedTest
		@ValueSource(strings = { "H", "J", "K", "M", "X", "0" })
		void anUnknownRegistrationAuthority(String authority) {
			var code = CheckCharacters.completeCreditCode(authority + "1350100M000100Y4");

			assertRejected(() -> CreditCode.of(code), "shared.credit-code.registration-authority")
				.contains("第1位", "“" + authority + "”", "登记管理部门");
		}

		@ParameterizedTest
		@CsvSource({ "913A0100M000100Y4, 4, A", "9135010QM000100Y4, 8, Q" })
		void aRegionThatIsNotAllDigits(String first17, int position, String character) {
			var code = CheckCharacters.completeCreditCode(first17);

			assertRejected(() -> CreditCode.of(code), "shared.credit-code.region")
				.contains("第" + position + "位", "“" + character + "”", "行政区划码");
		}

		@ParameterizedTest
		@CsvSource({ "91350100M000100Y44, 3", "91350100M000100Y4A, 3", "91350100M000010Y43, J",
				"19350100M000100Y43, J" })
		void aWrongCheckCharacterAndSaysWhichItShouldBe(String code, String expected) {
			assertRejected(() -> CreditCode.of(code), "shared.credit-code.check-character")
				.contains("校验码", "最后一位应为" + expected);
		}

	}

}
