package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The value objects travel in JSON as plain strings, validated on the way in. Uses a
 * bare Jackson mapper, no Spring.
 */
class JsonBindingUnitTests {

	record Applicant(IdNumber idNumber, PhoneNumber phone, CreditCode creditCode, RegionCode region) {
	}

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesEachValueAsItsFullString() {
		var applicant = new Applicant(IdNumber.of("11010519491231002X"), PhoneNumber.of("13812345678"),
				CreditCode.of("91350100M000100Y43"), RegionCode.of("360113005001"));

		assertThat(json.writeValueAsString(applicant)).isEqualTo("""
				{"idNumber":"11010519491231002X","phone":"13812345678",\
				"creditCode":"91350100M000100Y43","region":"360113005001"}""");
	}

	@Test
	void readsAndNormalizesEachValue() {
		var applicant = json.readValue("""
				{"idNumber":"11010519491231002x","phone":"+86 138-1234-5678",\
				"creditCode":"91350100m000100y43","region":"3601"}""", Applicant.class);

		assertThat(applicant).isEqualTo(new Applicant(IdNumber.of("11010519491231002X"), PhoneNumber.of("13812345678"),
				CreditCode.of("91350100M000100Y43"), RegionCode.of("360100000000")));
	}

	@Test
	void rejectsAnInvalidValueWithItsCode() {
		assertThatThrownBy(() -> json.readValue("\"110105194912310021\"", IdNumber.class))
			.rootCause()
			.isInstanceOfSatisfying(InvalidValueException.class,
					rejection -> assertThat(rejection.code()).isEqualTo("shared.id-number.check-digit"));
	}

}
