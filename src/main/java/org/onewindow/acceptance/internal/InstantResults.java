package org.onewindow.acceptance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.license.HolderKind;
import org.onewindow.license.LicenseManagement;
import org.onewindow.license.NewLicense;
import org.springframework.stereotype.Component;

/**
 * The result of a 即办 case: acceptance concludes it on the spot, so acceptance issues its e-licences, one per item of
 * the case (a bundle's members), held by the applicant and issued by the item's department. The document follows the
 * same naming rule the back office uses for approved cases (until the handbook names its result documents):
 * <ol>
 * <li>an item named "…许可" issues "…许可证", valid five years;</li>
 * <li>an item named after a certificate and the act of issuing it issues that certificate (残疾人证办理 → 残疾人证); a
 * "…许可证" is valid five years, other certificates have no end date;</li>
 * <li>any other item issues "&lt;item name&gt;准予决定书" with no end date.</li>
 * </ol>
 * Issuing is idempotent per case and type (the licence module returns the first licence).
 */
@Component
class InstantResults {

	static final int LICENCE_YEARS = 5;

	private static final Pattern CERTIFICATE_ISSUED = Pattern
		.compile("^(.*(?:证|证书|证明|执照)》?)(?:核发|签发|办理|补发|换发|补领|出具)$");

	private final LicenseManagement licenses;

	InstantResults(LicenseManagement licenses) {
		this.licenses = licenses;
	}

	record Document(String type, LocalDate validUntil) {
	}

	static Document documentFor(String itemName, LocalDate issuedOn) {
		String name = itemName.strip();
		if (name.endsWith("许可")) {
			return new Document(name + "证", issuedOn.plusYears(LICENCE_YEARS).minusDays(1));
		}
		var certificate = CERTIFICATE_ISSUED.matcher(name);
		if (certificate.matches()) {
			String type = certificate.group(1);
			return new Document(type, type.endsWith("许可证") ? issuedOn.plusYears(LICENCE_YEARS).minusDays(1) : null);
		}
		return new Document(name + "准予决定书", null);
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
			var document = documentFor(item.name(), on);
			var license = licenses.issue(new NewLicense(document.type(), holder, c.applicant().name(),
					c.applicant().id(), item.department(), on, document.validUntil(), c.id(), c.caseNumber()));
			if (!ids.contains(license.id())) {
				ids.add(license.id());
			}
		}
		return ids;
	}
}
