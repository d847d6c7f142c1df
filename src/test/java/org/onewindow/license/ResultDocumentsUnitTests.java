package org.onewindow.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onewindow.license.ResultDocuments.ResultDocument;

/**
 * What a concluded case issues for an item, by the item's name: the one rule for 即办 cases and approved ones.
 */
class ResultDocumentsUnitTests {

	static final LocalDate ON = LocalDate.of(2026, 11, 20);

	@Test
	void aLicensingItemIssuesItsLicenceForFiveYears() {
		var document = ResultDocuments.of("食品经营许可", ON);
		assertThat(document.type()).isEqualTo("食品经营许可证");
		assertThat(document.validUntil()).isEqualTo(LocalDate.of(2031, 11, 19));
		assertThat(ResultDocuments.of("  药品零售许可 ", ON).type()).as("the name is stripped").isEqualTo("药品零售许可证");
	}

	@Test
	void anItemNamedAfterItsCertificateIssuesTheCertificate() {
		assertThat(ResultDocuments.of("建筑工程施工许可证核发", ON))
			.isEqualTo(new ResultDocument("建筑工程施工许可证", LocalDate.of(2031, 11, 19)));
		assertThat(ResultDocuments.of("残疾人证办理", ON)).isEqualTo(new ResultDocument("残疾人证", null));
		assertThat(ResultDocuments.of("《出生医学证明》签发", ON)).isEqualTo(new ResultDocument("《出生医学证明》", null));
		assertThat(ResultDocuments.of("营业执照换发", ON)).isEqualTo(new ResultDocument("营业执照", null));
	}

	@Test
	void anyOtherItemIssuesADecision() {
		assertThat(ResultDocuments.of("个体工商户登记", ON)).isEqualTo(new ResultDocument("个体工商户登记准予决定书", null));
		assertThat(ResultDocuments.of("公司设立登记", ON)).isEqualTo(new ResultDocument("公司设立登记准予决定书", null));
		assertThat(ResultDocuments.of("临时占用城市道路审批", ON).type()).isEqualTo("临时占用城市道路审批准予决定书");
		assertThat(ResultDocuments.of("许可证遗失声明", ON).type()).as("a certificate word alone is not an issuing")
			.isEqualTo("许可证遗失声明准予决定书");
	}
}
