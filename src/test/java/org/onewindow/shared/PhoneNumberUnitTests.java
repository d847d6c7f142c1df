package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberUnitTests {

	@Nested
	class Accepts {

		@ParameterizedTest
		@ValueSource(strings = { "13812345678", " 13812345678 ", "138 1234 5678", "138-1234-5678", "+8613812345678",
				"+86 138 1234 5678", "+86-138-1234-5678", "8613812345678", "86 138 1234 5678", "008613812345678",
				"0086 138-1234-5678", "138\u30001234\u30005678", "138－1234－5678" })
		void commonWaysOfWritingTheSameNumber(String input) {
			assertThat(PhoneNumber.of(input).value()).isEqualTo("13812345678");
		}

		@ParameterizedTest
		@ValueSource(strings = { "13000000000", "14512345678", "15912345678", "16612345678", "17712345678",
				"18812345678", "19912345678" })
		void everySecondDigitFrom3To9(String input) {
			assertThat(PhoneNumber.of(input).value()).isEqualTo(input);
		}

		@Test
		void theConstructorNormalizesLikeTheFactory() {
			assertThat(new PhoneNumber("+86 138-1234-5678")).isEqualTo(PhoneNumber.of("13812345678"));
		}

	}

	@Nested
	class Masks {

		@Test
		void theMiddleFourDigits() {
			assertThat(PhoneNumber.of("13812345678").masked()).isEqualTo("138****5678");
		}

		@Test
		void inToString() {
			assertThat(PhoneNumber.of("13812345678")).hasToString("138****5678");
		}

	}

	@Nested
	class Rejects {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "   ", "\u3000" })
		void aMissingNumber(String input) {
			assertRejected(() -> PhoneNumber.of(input), "shared.phone-number.required").contains("手机号码");
		}

		@ParameterizedTest
		@CsvSource({ "1381234567a, a", "(138)12345678, (", "+852 6123 4567, +", "138.1234.5678, ." })
		void aCharacterThatIsNoDigitNamingIt(String input, String character) {
			assertRejected(() -> PhoneNumber.of(input), "shared.phone-number.character")
				.contains("“" + character + "”", "数字");
		}

		@ParameterizedTest
		@CsvSource({ "1381234567, 10", "138123456789, 12", "+86 138 1234 567, 10", "88888888, 8", "' - ', 0" })
		void aWrongNumberOfDigits(String input, int digits) {
			assertRejected(() -> PhoneNumber.of(input), "shared.phone-number.length").contains("11位", digits + "位");
		}

		@ParameterizedTest
		@ValueSource(strings = { "12812345678", "11012345678", "10086123456", "23812345678", "86 128 1234 5678",
				"0791-8888888", "010-12345678", "0086-1234567", "86123456789" })
		void aNumberThatIsNoMainlandMobile(String input) {
			assertRejected(() -> PhoneNumber.of(input), "shared.phone-number.prefix").contains("以1开头", "3至9");
		}

	}

}
