package org.onewindow.license.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.license.HolderKind;
import org.onewindow.license.License;
import org.onewindow.license.LicenseManagement;
import org.onewindow.license.LicenseState;
import org.onewindow.license.internal.LicenseRepository;
import org.onewindow.license.internal.LicenseRepository.Revocation;
import org.onewindow.platform.DomainException;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.InvalidValueException;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Licences (证照) for the staff who accept, approve and deliver cases, and for the printable certificate. A
 * person's ID number is masked; an organisation's credit code is public and printed whole, as on a real licence.
 */
@Tag(name = "证照")
@RestController
@RequestMapping("/api/licenses")
@PreAuthorize("hasAnyRole('ACCEPTOR', 'APPROVER', 'DELIVERY', 'SITE_ADMIN', 'SUPERVISOR')")
class LicenseController {

	private final LicenseManagement licenses;
	private final LicenseRepository repository;
	private final SiteManagement sites;
	private final Clock clock;

	LicenseController(LicenseManagement licenses, LicenseRepository repository, SiteManagement sites, Clock clock) {
		this.licenses = licenses;
		this.repository = repository;
		this.sites = sites;
		this.clock = clock;
	}

	@Operation(summary = "持证主体的全部证照（新签发的在前），含已过期和已注销的")
	@GetMapping
	List<LicenseView> ofHolder(@RequestParam String holderId) {
		String id = holderIdOf(holderId);
		LocalDate today = LocalDate.now(clock);
		return repository.ofHolder(id).stream().map(license -> view(license, today)).toList();
	}

	@Operation(summary = "一张证照：打印证书所需的全部内容")
	@GetMapping("/{id}")
	LicenseView one(@PathVariable long id) {
		var license = licenses.find(id)
			.orElseThrow(() -> DomainException.notFound("license.not-found", String.valueOf(id)));
		return view(license, LocalDate.now(clock));
	}

	private LicenseView view(License license, LocalDate today) {
		var zone = clock.getZone();
		var issuer = sites.findDepartmentByCode(license.issuer());
		Revocation revocation = license.state() == LicenseState.REVOKED
				? repository.revocation(license.id()).orElse(null) : null;
		var status = DisplayStatus.of(license, today);
		return new LicenseView(license.id(), license.type(), license.number(), license.holderKind(),
				license.holderKind().label(), license.holderName(), displayed(license), license.issuer(),
				issuer.map(DepartmentSummary::name).orElse(license.issuer()),
				issuer.map(DepartmentSummary::shortName).orElse(license.issuer()), license.validFrom(),
				license.validUntil(), license.longTerm(), license.caseId(), license.caseNumber(),
				license.issuedAt().atZone(zone).toOffsetDateTime(), license.issuedAt().atZone(zone).toLocalDate(),
				license.state(), status, status.label(), license.validOn(today),
				revocation == null ? null : revocation.at().atZone(zone).toOffsetDateTime(),
				revocation == null ? null : revocation.reason());
	}

	private static String displayed(License license) {
		return license.holderKind() == HolderKind.PERSON ? IdNumber.of(license.holderId()).masked()
				: license.holderId();
	}

	/** A person's ID number or an organisation's credit code, normalized; anything else is a 400. */
	private static String holderIdOf(String holderId) {
		try {
			return IdNumber.of(holderId).value();
		}
		catch (InvalidValueException notAPerson) {
			try {
				return CreditCode.of(holderId).value();
			}
			catch (InvalidValueException notAnOrganisation) {
				throw DomainException.badRequest("license.holder-id-invalid", holderId == null ? "" : holderId.strip());
			}
		}
	}

	/** How a licence stands today, as staff read it. */
	enum DisplayStatus {

		VALID("有效"), NOT_YET_VALID("未生效"), EXPIRED("已过期"), REVOKED("已注销");

		private final String label;

		DisplayStatus(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

		static DisplayStatus of(License license, LocalDate today) {
			if (license.state() == LicenseState.REVOKED) {
				return REVOKED;
			}
			if (today.isBefore(license.validFrom())) {
				return NOT_YET_VALID;
			}
			return license.validOn(today) ? VALID : EXPIRED;
		}
	}

	/**
	 * A licence for display and printing.
	 *
	 * @param holderIdDisplay a person's ID number masked, an organisation's credit code whole
	 * @param issuerName the issuing department's full name (the certificate's 发证机关)
	 * @param issueDate the day of issue in the hall's time zone (发证日期)
	 * @param status how the licence stands today, {@code statusLabel} in Chinese
	 */
	record LicenseView(long id, String type, String number, HolderKind holderKind, String holderKindLabel,
			String holderName, String holderIdDisplay, String issuer, String issuerName, String issuerShortName,
			LocalDate validFrom, LocalDate validUntil, boolean longTerm, Long caseId, String caseNumber,
			OffsetDateTime issuedAt, LocalDate issueDate, LicenseState state, DisplayStatus status,
			String statusLabel, boolean validToday, OffsetDateTime revokedAt, String revokedReason) {
	}
}
