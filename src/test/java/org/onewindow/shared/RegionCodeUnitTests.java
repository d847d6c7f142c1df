package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.shared.Rejections.assertRejected;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeUnitTests {

	/** 瑞都社区居委会, 红谷滩区, 南昌市, 江西省. */
	static final String COMMUNITY = "360113005001";

	@Nested
	class Accepts {

		@ParameterizedTest
		@CsvSource({ "36, 360000000000, PROVINCE, 36", "3601, 360100000000, CITY, 3601",
				"360113, 360113000000, COUNTY, 360113", "360113005, 360113005000, TOWN, 360113005",
				"360113005001, 360113005001, VILLAGE, 360113005001", "360100, 360100000000, CITY, 3601",
				"360000000, 360000000000, PROVINCE, 36", "360113000000, 360113000000, COUNTY, 360113" })
		void everyPrefixLengthPaddingItWithZeros(String input, String value, RegionLevel level, String prefix) {
			var code = RegionCode.of(input);

			assertThat(code.value()).isEqualTo(value);
			assertThat(code.level()).isEqualTo(level);
			assertThat(code.significantPrefix()).isEqualTo(prefix);
			assertThat(code).hasToString(value);
		}

		@Test
		void surroundingWhitespace() {
			assertThat(RegionCode.of(" 3601\u3000")).isEqualTo(new RegionCode("360100000000"));
		}

		@ParameterizedTest
		@CsvSource({ "442000002000, 442000000000", "441900003000, 441900000000", "460400100000, 460400000000",
				"441900003001, 441900003000" })
		void townsDirectlyUnderACityWithoutCounties(String input, String parent) {
			var town = RegionCode.of(input);

			assertThat(town.parent()).contains(RegionCode.of(parent));
			assertThat(RegionCode.of(parent).isAncestorOf(town)).isTrue();
		}

		@Test
		void aTownUnderACityWithoutCountiesIsATown() {
			var town = RegionCode.of("442000002000");

			assertThat(town.level()).isEqualTo(RegionLevel.TOWN);
			assertThat(town.significantPrefix()).isEqualTo("442000002");
		}

	}

	@Nested
	class Navigates {

		@Test
		void upTheTreeLevelByLevel() {
			var village = RegionCode.of(COMMUNITY);
			var town = village.parent().orElseThrow();
			var county = town.parent().orElseThrow();
			var city = county.parent().orElseThrow();
			var province = city.parent().orElseThrow();

			assertThat(town).isEqualTo(RegionCode.of("360113005"));
			assertThat(county).isEqualTo(RegionCode.of("360113"));
			assertThat(city).isEqualTo(RegionCode.of("3601"));
			assertThat(province).isEqualTo(RegionCode.of("36"));
			assertThat(province.parent()).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "36", "3601", "360113", "360113005" })
		void fromAnAncestorToTheCommunity(String ancestor) {
			assertThat(RegionCode.of(ancestor).isAncestorOf(RegionCode.of(COMMUNITY))).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { COMMUNITY, "360113005002", "360113006", "360112", "3602", "37" })
		void notFromItselfASiblingOrAnotherBranch(String other) {
			assertThat(RegionCode.of(other).isAncestorOf(RegionCode.of(COMMUNITY))).isFalse();
		}

		@Test
		void notFromAChildToItsParent() {
			assertThat(RegionCode.of(COMMUNITY).isAncestorOf(RegionCode.of("360113005"))).isFalse();
		}

	}

	@Test
	void levelsHaveChineseLabels() {
		assertThat(RegionLevel.values()).extracting(RegionLevel::label)
			.containsExactly("省", "市", "县", "乡镇", "村社区");
	}

	@Nested
	class Rejects {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "  ", "\u3000" })
		void aMissingCode(String input) {
			assertRejected(() -> RegionCode.of(input), "shared.region-code.required").contains("区划代码");
		}

		@ParameterizedTest
		@CsvSource({ "3, 1", "360, 3", "36011, 5", "3601130, 7", "36011300, 8", "3601130050, 10", "36011300500, 11",
				"3601130050010, 13" })
		void aLengthThatIsNoLevelPrefix(String input, int length) {
			assertRejected(() -> RegionCode.of(input), "shared.region-code.length").contains("2、4、6、9或12位",
					length + "位");
		}

		@ParameterizedTest
		@CsvSource({ "36011300500A, 12, A", "36-01, 3, -", "３６, 1, ３", "3601 13, 5, ' '" })
		void aCharacterThatIsNoDigit(String input, int position, String character) {
			assertRejected(() -> RegionCode.of(input), "shared.region-code.character")
				.contains("第" + position + "位", "“" + character + "”");
		}

		@ParameterizedTest
		@ValueSource(strings = { "00", "10", "16", "20", "99", "840000", "001113005001" })
		void anUnknownProvince(String input) {
			assertRejected(() -> RegionCode.of(input), "shared.region-code.province").contains(input.substring(0, 2),
					"省级");
		}

		@ParameterizedTest
		@CsvSource({ "360800100000, 县", "360000000001, 市", "360013000000, 市", "360113000001, 乡镇",
				"441900000001, 乡镇", "440300003000, 县", "446000002000, 县" })
		void aZeroPartFollowedByANonZeroPart(String input, String zeroLevel) {
			assertRejected(() -> RegionCode.of(input), "shared.region-code.structure").contains(input,
					zeroLevel + "级代码为0");
		}

	}

}
