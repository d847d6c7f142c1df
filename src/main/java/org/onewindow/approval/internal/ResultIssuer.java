package org.onewindow.approval.internal;

import java.time.LocalDate;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.license.HolderKind;
import org.onewindow.license.LicenseManagement;
import org.onewindow.license.NewLicense;
import org.onewindow.license.ResultDocuments;
import org.springframework.stereotype.Component;

/**
 * Issues the result of an approved member as an e-licence (电子证照) that later cases can reuse: the document the
 * licence module's {@link ResultDocuments} rule names, held by the case's applicant, issued by the deciding department
 * (its code starts the licence number, assigned when the approval commits). Issuing again for the same case and
 * document returns the first licence.
 */
@Component
class ResultIssuer {

	private final LicenseManagement licenses;

	ResultIssuer(LicenseManagement licenses) {
		this.licenses = licenses;
	}

	record Issued(String type, long licenseId) {
	}

	/** @param issuer the deciding department's code */
	Issued issue(CaseSummary summary, String itemName, String issuer, LocalDate issuedOn) {
		var document = ResultDocuments.of(itemName, issuedOn);
		var holderKind = summary.applicantKind() == ApplicantKind.ORGANIZATION ? HolderKind.ORGANIZATION
				: HolderKind.PERSON;
		var license = licenses.issue(new NewLicense(document.type(), holderKind, summary.applicantName(),
				summary.applicantId(), issuer, issuedOn, document.validUntil(), summary.id(), summary.caseNumber()));
		return new Issued(document.type(), license.id());
	}
}
