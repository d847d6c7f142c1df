package org.onewindow.acceptance.internal;

import java.time.LocalDate;

import org.onewindow.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * Whether an e-licence may replace a paper material: it must be the applicant's own, of the material's licence type,
 * valid today. The licence registry is the {@code license} module's; until it is part of the application, no
 * e-licence can be verified and reuse is refused.
 */
@Component
class LicenseCheck {

	void requireValid(long licenseId, String holderId, String licenseType, LocalDate on) {
		throw DomainException.unprocessable("acceptance.e-license-unavailable", licenseType);
	}
}
