package org.onewindow.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tracking numbers per carrier, the same cases as the front end's {@code delivery.test.ts}.
 */
class CarrierUnitTests {

	@Test
	void emsTakesThirteenDigitsOrAnS10NumberWithItsCheckDigit() {
		assertThat(Carrier.EMS.accepts("1234567890123")).isTrue();
		assertThat(Carrier.EMS.accepts("EA123456785CN")).isTrue();
		assertThat(Carrier.EMS.accepts("EA123456784CN")).as("wrong check digit").isFalse();
		assertThat(Carrier.EMS.accepts("123456789012")).isFalse();
		assertThat(Carrier.EMS.accepts("SF1234567890123")).isFalse();
	}

	@Test
	void s10CheckDigitFollowsTheUpuWeights() {
		// weights 8 6 4 2 3 5 9 7; check = 11 - sum mod 11, where 10 becomes 0 and 11 becomes 5
		assertThat(Carrier.s10CheckDigit("12345678")).as("sum 204, 204 mod 11 = 6").isEqualTo(5);
		assertThat(Carrier.s10CheckDigit("10000000")).as("sum 8").isEqualTo(3);
		assertThat(Carrier.s10CheckDigit("00000011")).as("sum 16, mod 11 = 5").isEqualTo(6);
		assertThat(Carrier.s10CheckDigit("02000000")).as("sum 12, mod 11 = 1: 10 becomes 0").isEqualTo(0);
		assertThat(Carrier.s10CheckDigit("00000000")).as("sum 0: 11 becomes 5").isEqualTo(5);
	}

	@Test
	void sfAndJdHaveTheirPrefixes() {
		assertThat(Carrier.SF.accepts("SF1234567890123")).isTrue();
		assertThat(Carrier.SF.accepts("SF123456789012")).isTrue();
		assertThat(Carrier.SF.accepts("SF12345678901")).isFalse();
		assertThat(Carrier.SF.accepts("1234567890123")).isFalse();
		assertThat(Carrier.JD.accepts("JDVA12345678901")).isTrue();
		assertThat(Carrier.JD.accepts("JD12345678901")).isTrue();
		assertThat(Carrier.JD.accepts("JDVAB12345678901")).isFalse();
		assertThat(Carrier.JD.accepts("JD1234")).isFalse();
	}

	@Test
	void inputIsNormalizedBeforeTheCheck() {
		assertThat(Carrier.normalize(" sf 1234-5678-90123 ")).isEqualTo("SF1234567890123");
		assertThat(Carrier.normalize(null)).isEmpty();
		assertThat(Carrier.of("sf")).contains(Carrier.SF);
		assertThat(Carrier.of("UPS")).isEmpty();
		assertThat(Carrier.of(null)).isEmpty();
	}
}
