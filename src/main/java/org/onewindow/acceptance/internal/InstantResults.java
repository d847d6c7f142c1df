package org.onewindow.acceptance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.license.HolderKind;
import org.onewindow.license.LicenseManagement;
import org.onewindow.license.NewLicense;
import org.onewindow.license.ResultDocuments;
import org.springframework.stereotype.Component;

/**
 * The result of a 即办 case: acceptance concludes it on the spot, so acceptance issues its e-licences, one per item of
 * the case (a bundle's members), held by the applicant and issued by the item's department, each the document the
 * licence module's {@link ResultDocuments} rule names (the same rule the back office follows for approved cases).
 * Issuing is idempotent per case and type (the licence module returns the first licence).
 */
@Component
class InstantResults {

	private final LicenseManagement licenses;

	InstantResults(LicenseManagement licenses) {
		this.licenses = licenses;
	}

	/** Issues the case's results; answers the licence ids. */
	List<Long> issue(ServiceCase c, CaseSubject subject, LocalDate on) {
		var ids = new ArrayList<Long>();
		var items = subject.situations()
			.stream()
			.map(s -> subject.catalog().item(s.itemCode()).orElseThrow())
			.distinct()
			.toList();
		var holder = c.applicant().kind() == ApplicantKind.ORGANIZATION ? HolderKind.ORGANIZATION : HolderKind.PERSON;
		for (ServiceItem item : items) {
			var document = ResultDocuments.of(item.name(), on);
			var license = licenses.issue(new NewLicense(document.type(), holder, c.applicant().name(),
					c.applicant().id(), item.department(), on, document.validUntil(), c.id(), c.caseNumber()));
			if (!ids.contains(license.id())) {
				ids.add(license.id());
			}
		}
		return ids;
	}
}
