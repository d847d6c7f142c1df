package org.onewindow.license.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LicenseNumbersUnitTests {

	@Test
	void theIssuerTheYearAndASixDigitSequence() {
		assertThat(LicenseNumbers.format("SCJG", 2026, 123)).isEqualTo("SCJG-2026-000123");
		assertThat(LicenseNumbers.format("SCJG", 2026, 1)).isEqualTo("SCJG-2026-000001");
		assertThat(LicenseNumbers.format("ZJJ", 2027, 999_999)).isEqualTo("ZJJ-2027-999999");
		assertThat(LicenseNumbers.format("DEPT_2", 2026, 7)).isEqualTo("DEPT_2-2026-000007");
	}

	@Test
	void aSequenceBeyondSixDigitsGrowsInsteadOfWrapping() {
		assertThat(LicenseNumbers.format("SCJG", 2026, 1_000_000)).isEqualTo("SCJG-2026-1000000");
	}

	@Test
	void nonsenseIsRefused() {
		assertThatThrownBy(() -> LicenseNumbers.format("scjg", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LicenseNumbers.format("SC-JG", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LicenseNumbers.format(null, 2026, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LicenseNumbers.format("SCJG", 26, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LicenseNumbers.format("SCJG", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
	}
}
