package org.onewindow.acceptance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * What a 即办 case issues, by the item's name.
 */
class InstantResultsUnitTests {

	static final LocalDate ON = LocalDate.of(2026, 11, 20);

	@Test
	void aLicensingItemIssuesItsLicenceForFiveYears() {
		var document = InstantResults.documentFor("食品经营许可", ON);
		assertThat(document.type()).isEqualTo("食品经营许可证");
		assertThat(document.validUntil()).isEqualTo(LocalDate.of(2031, 11, 19));
	}

	@Test
	void aCertificateIssuingItemIssuesTheCertificate() {
		assertThat(InstantResults.documentFor("残疾人证办理", ON)).isEqualTo(new InstantResults.Document("残疾人证", null));
		assertThat(InstantResults.documentFor("建筑工程施工许可证核发", ON).validUntil()).isEqualTo(LocalDate.of(2031, 11, 19));
	}

	@Test
	void anyOtherItemIssuesADecision() {
		assertThat(InstantResults.documentFor("个体工商户登记", ON))
			.isEqualTo(new InstantResults.Document("个体工商户登记准予决定书", null));
	}
}
