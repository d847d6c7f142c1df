package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.onewindow.shared.Rejections.assertRejected;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberUnitTests {

	/** The sample of GB 11643-1999: born 31 December 1949 in Beijing Chaoyang, a woman. */
	static final String STANDARD_SAMPLE = "11010519491231002X";

	/** The province-level codes of GB/T 2260, and 83 of the residence permits of Taiwan residents. */
	static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65", "71", "81", "82", "83");

	static Stream<String> otherTwoDigitPrefixes() {
		return IntStream.range(0, 100).mapToObj("%02d"::formatted).filter(code -> !PROVINCES.contains(code));
	}

	@Nested
	class Accepts {

		@ParameterizedTest
		@CsvSource({ "11010519491231002X, 1949-12-31, FEMALE, 110105", "360102198801010011, 1988-01-01, MALE, 360102",
				"360830200002290022, 2000-02-29, FEMALE, 360830", "330106200102285518, 2001-02-28, MALE, 330106" })
		void validNumbersAndReadsTheirParts(String number, LocalDate birthDate, Gender gender, String region) {
			var idNumber = IdNumber.of(number);

			assertThat(idNumber.value()).isEqualTo(number);
			assertThat(idNumber.birthDate()).isEqualTo(birthDate);
			assertThat(idNumber.gender()).isEqualTo(gender);
			assertThat(idNumber.regionPrefix()).isEqualTo(region);
		}

		@Test
		void lowerCaseCheckCharacterAndNormalizesItToUpperCase() {
			var idNumber = IdNumber.of("11010519491231002x");

			assertThat(idNumber.value()).isEqualTo(STANDARD_SAMPLE);
			assertThat(idNumber).isEqualTo(IdNumber.of(STANDARD_SAMPLE));
		}

		@Test
		void surroundingWhitespaceIncludingIdeographicSpace() {
			assertThat(IdNumber.of(" \t11010519491231002X\u3000").value()).isEqualTo(STANDARD_SAMPLE);
		}

		@Test
		void theConstructorNormalizesLikeTheFactory() {
			assertThat(new IdNumber(" 11010519491231002x ")).isEqualTo(IdNumber.of(STANDARD_SAMPLE));
		}

		@ParameterizedTest
		@FieldSource("org.onewindow.shared.IdNumberUnitTests#PROVINCES")
		void everyProvinceOfTheStandard(String province) {
			var number = CheckCharacters.completeIdNumber(province + "010519491231002");

			assertThat(IdNumber.of(number).regionPrefix()).startsWith(province);
		}

		@Test
		void aBirthDateOfToday() {
			var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			var number = CheckCharacters
				.completeIdNumber("360102" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "001");

			assertThat(IdNumber.of(number).birthDate()).isEqualTo(today);
		}

	}

	@Nested
	class Reads {

		@Test
		void genderWithItsChineseLabel() {
			assertThat(IdNumber.of("360102198801010011").gender().label()).isEqualTo("男");
			assertThat(IdNumber.of(STANDARD_SAMPLE).gender().label()).isEqualTo("女");
		}

		@ParameterizedTest
		@CsvSource({ "1949-12-31, 0", "2019-12-30, 69", "2019-12-31, 70", "2020-01-01, 70" })
		void ageInFullYearsTurningOnTheBirthday(LocalDate date, int age) {
			assertThat(IdNumber.of(STANDARD_SAMPLE).ageOn(date)).isEqualTo(age);
		}

		@ParameterizedTest
		@CsvSource({ "2001-02-28, 0", "2001-03-01, 1", "2004-02-28, 3", "2004-02-29, 4" })
		void ageOfSomeoneBornOnALeapDay(LocalDate date, int age) {
			assertThat(IdNumber.of("360830200002290022").ageOn(date)).isEqualTo(age);
		}

		@Test
		void noAgeBeforeBirth() {
			var idNumber = IdNumber.of(STANDARD_SAMPLE);

			assertThatIllegalArgumentException().isThrownBy(() -> idNumber.ageOn(LocalDate.of(1949, 12, 30)));
		}

	}

	@Nested
	class Masks {

		@Test
		void allButTheRegionAndTheLastFourCharacters() {
			assertThat(IdNumber.of(STANDARD_SAMPLE).masked()).isEqualTo("110105********002X");
		}

		@Test
		void inToStringSoLogsNeverShowTheBirthDate() {
			var text = IdNumber.of(STANDARD_SAMPLE).toString();

			assertThat(text).isEqualTo("110105********002X").doesNotContain("19491231");
		}

	}

	@Nested
	class Rejects {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "   ", "\u3000" })
		void aMissingNumber(String number) {
			assertRejected(() -> IdNumber.of(number), "shared.id-number.required").contains("身份证");
		}

		@Test
		void aLegacyFifteenDigitNumber() {
			assertRejected(() -> IdNumber.of("110105491231002"), "shared.id-number.legacy-15-digit")
				.isEqualTo("不支持15位旧号码，请使用18位居民身份证号码");
		}

		@ParameterizedTest
		@CsvSource({ "11010519491231002, 17", "11010519491231002X1, 19", "1101051949123100, 16",
				"11010519491A002, 15" })
		void aWrongLength(String number, int length) {
			assertRejected(() -> IdNumber.of(number), "shared.id-number.length").contains("18位", length + "位");
		}

		@ParameterizedTest
		@CsvSource({ "1101051949123A002X, 14, A", "X1010519491231002X, 1, X", "110105194912310X2X, 16, X",
				"11010519491231002Y, 18, Y", "１10105194912310021, 1, １" })
		void aCharacterOtherThanDigitsAndAFinalX(String number, int position, String character) {
			assertRejected(() -> IdNumber.of(number), "shared.id-number.character")
				.contains("第" + position + "位", "“" + character + "”");
		}

		@ParameterizedTest
		@MethodSource("org.onewindow.shared.IdNumberUnitTests#otherTwoDigitPrefixes")
		void anUnknownProvince(String province) {
			var number = CheckCharacters.completeIdNumber(province + "010519491231002");

			assertRejected(() -> IdNumber.of(number), "shared.id-number.province").contains("“" + province + "”");
		}

		@ParameterizedTest
		@ValueSource(strings = { "19490231", "19491301", "19490001", "19491200", "19000229" })
		void aBirthDateThatIsNoRealDate(String digits) {
			var number = CheckCharacters.completeIdNumber("110105" + digits + "002");

			assertRejected(() -> IdNumber.of(number), "shared.id-number.birth-date").contains(digits, "出生日期");
		}

		@Test
		void aBirthDateBefore1900() {
			assertRejected(() -> IdNumber.of("440524188001010014"), "shared.id-number.birth-date-too-early")
				.contains("18800101", "1900年");
		}

		@Test
		void aBirthDateAfterToday() {
			var tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
			var digits = tomorrow.format(DateTimeFormatter.BASIC_ISO_DATE);
			var number = CheckCharacters.completeIdNumber("110105" + digits + "002");

			assertRejected(() -> IdNumber.of(number), "shared.id-number.birth-date-in-future").contains(digits, "晚于今天");
		}

		@ParameterizedTest
		@CsvSource({ "110105194912310021, X", "110105194912310025, X", "360102198801010017, 1",
				"36010219880101001X, 1" })
		void aWrongCheckCharacterAndSaysWhichItShouldBe(String number, String expected) {
			assertRejected(() -> IdNumber.of(number), "shared.id-number.check-digit")
				.contains("校验位", "最后一位应为" + expected);
		}

		@Test
		void withTheCheckCharacterAsArgument() {
			var rejection = catchThrowableOfType(InvalidValueException.class,
					() -> IdNumber.of("110105194912310021"));

			assertThat(rejection.args()).containsExactly("X");
			assertThat(rejection).isInstanceOf(IllegalArgumentException.class);
		}

	}

}
