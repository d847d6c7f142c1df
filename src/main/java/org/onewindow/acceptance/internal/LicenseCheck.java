package org.onewindow.acceptance.internal;

import java.time.LocalDate;

import org.onewindow.license.License;
import org.onewindow.license.LicenseManagement;
import org.onewindow.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * Whether an e-licence may replace a paper material (电子证照复用, 免提交): it must be the applicant's own, of the
 * material's licence type, and stand today (not revoked, not expired).
 */
@Component
class LicenseCheck {

	private final LicenseManagement licenses;

	LicenseCheck(LicenseManagement licenses) {
		this.licenses = licenses;
	}

	/** @throws DomainException 422 {@code acceptance.e-license-invalid} otherwise */
	License requireValid(long licenseId, String holderId, String licenseType, LocalDate on) {
		return licenses.find(licenseId)
			.filter(l -> l.holderId().equalsIgnoreCase(holderId))
			.filter(l -> l.type().equals(licenseType.strip()))
			.filter(l -> l.validOn(on))
			.orElseThrow(() -> DomainException.unprocessable("acceptance.e-license-invalid", licenseId, licenseType));
	}
}
