package org.onewindow.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LicenseUnitTests {

	static final LocalDate FROM = LocalDate.of(2026, 5, 1);
	static final LocalDate UNTIL = LocalDate.of(2031, 4, 30);

	@Test
	void validFromTheFirstToTheLastDayInclusive() {
		var license = license(FROM, UNTIL, LicenseState.VALID);
		assertThat(license.validOn(FROM.minusDays(1))).isFalse();
		assertThat(license.validOn(FROM)).isTrue();
		assertThat(license.validOn(LocalDate.of(2028, 2, 29))).isTrue();
		assertThat(license.validOn(UNTIL)).isTrue();
		assertThat(license.validOn(UNTIL.plusDays(1))).isFalse();
		assertThat(license.longTerm()).isFalse();
	}

	@Test
	void aLongTermLicenceNeverExpires() {
		var license = license(FROM, null, LicenseState.VALID);
		assertThat(license.longTerm()).isTrue();
		assertThat(license.validOn(LocalDate.of(2099, 12, 31))).isTrue();
		assertThat(license.validOn(FROM.minusDays(1))).isFalse();
	}

	@Test
	void aRevokedLicenceIsValidOnNoDay() {
		assertThat(license(FROM, UNTIL, LicenseState.REVOKED).validOn(FROM)).isFalse();
		assertThat(license(FROM, null, LicenseState.REVOKED).validOn(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@Test
	void aOneDayLicenceIsValidOnThatDayOnly() {
		var license = license(FROM, FROM, LicenseState.VALID);
		assertThat(license.validOn(FROM)).isTrue();
		assertThat(license.validOn(FROM.plusDays(1))).isFalse();
	}

	@Test
	void theLabelsAreTheHallsWords() {
		assertThat(HolderKind.PERSON.label()).isEqualTo("自然人");
		assertThat(HolderKind.ORGANIZATION.label()).isEqualTo("法人及其他组织");
		assertThat(LicenseState.VALID.label()).isEqualTo("有效");
		assertThat(LicenseState.REVOKED.label()).isEqualTo("已注销");
	}

	private static License license(LocalDate from, LocalDate until, LicenseState state) {
		return new License(1, "食品经营许可证", "SCJG-2026-000001", HolderKind.ORGANIZATION, "青山县好味道餐饮有限公司",
				"91360899000149649U", "SCJG", from, until, 7L, "QS20260501001", Instant.parse("2026-05-01T02:00:00Z"),
				state);
	}
}
