package org.onewindow.license;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.onewindow.license.internal.LicenseRepository;
import org.onewindow.license.internal.PendingNumbers;
import org.onewindow.platform.DomainException;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing, finding and revoking licences (证照), and the e-licences a holder can reuse in a later case (免提交).
 */
@Service
@Transactional(readOnly = true)
public class LicenseManagement {

	static final int MAX_TYPE_LENGTH = 60;
	static final int MAX_HOLDER_NAME_LENGTH = 100;
	static final int MAX_CASE_NUMBER_LENGTH = 40;
	static final int MAX_REASON_LENGTH = 200;

	private final LicenseRepository licenses;
	private final PendingNumbers numbers;
	private final SiteManagement sites;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	LicenseManagement(LicenseRepository licenses, PendingNumbers numbers, SiteManagement sites,
			ApplicationEventPublisher events, Clock clock) {
		this.licenses = licenses;
		this.numbers = numbers;
		this.sites = sites;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues a licence and publishes {@link LicenseIssued}. Its number, the next of its department and year
	 * ({@code SCJG-2026-000123}), is assigned just before the issuing transaction commits, consecutive and without gaps
	 * (a transaction that rolls back takes none), so the answer carries only the licence's id and type: read it with
	 * {@link #find} after the commit for its number. Idempotent per case and type: issuing again for the same case and
	 * type answers the licence issued the first time (whatever its state now) and publishes nothing.
	 *
	 * @throws DomainException 400 when a field is missing or wrong, the holder's ID number or credit code is invalid,
	 * or the issuer is not an active department
	 */
	@Transactional
	public IssuedLicense issue(NewLicense license) {
		Objects.requireNonNull(license, "license");
		var valid = validated(license);
		if (valid.caseId() != null) {
			licenses.lockCaseAndType(valid.caseId(), valid.type());
			var existing = licenses.findByCaseAndType(valid.caseId(), valid.type());
			if (existing.isPresent()) {
				return new IssuedLicense(existing.get().id(), existing.get().type());
			}
		}
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		int year = now.atZoneSameInstant(clock.getZone()).getYear();
		long id = licenses.insert(valid.type(), valid.holderKind(), valid.holderName(), valid.holderId(),
				valid.issuer(), valid.validFrom(), valid.validUntil(), valid.caseId(), valid.caseNumber(), now);
		numbers.assignAtCommit(id, valid.issuer(), year);
		events.publishEvent(new LicenseIssued(id, valid.type(), valid.holderId(), valid.caseId()));
		return new IssuedLicense(id, valid.type());
	}

	/**
	 * The licence with its number (once the issuing transaction committed; inside it, a licence just issued has its
	 * number still pending, {@code null}).
	 */
	public Optional<License> find(long id) {
		return licenses.find(id);
	}

	/** The holder's licences that stand on the day, newest first: neither revoked nor expired nor not yet valid. */
	public List<License> validFor(String holderId, LocalDate on) {
		Objects.requireNonNull(on, "on");
		return holderId == null || holderId.isBlank() ? List.of() : licenses.validOn(normalized(holderId), null, on);
	}

	/** The holder's newest licence of the type that stands on the day. */
	public Optional<License> validOfType(String holderId, String type, LocalDate on) {
		Objects.requireNonNull(on, "on");
		if (holderId == null || holderId.isBlank() || type == null || type.isBlank()) {
			return Optional.empty();
		}
		return licenses.validOn(normalized(holderId), type.strip(), on).stream().findFirst();
	}

	/**
	 * Revokes (注销) a valid licence.
	 *
	 * @throws DomainException 404 when there is no such licence, 409 when it is already revoked, 400 without a reason
	 */
	@Transactional
	public License revoke(long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.badRequest("license.revocation-reason-required");
		}
		String why = reason.strip();
		if (why.codePointCount(0, why.length()) > MAX_REASON_LENGTH) {
			throw DomainException.badRequest("license.revocation-reason-too-long", String.valueOf(MAX_REASON_LENGTH));
		}
		if (!licenses.revoke(id, why, OffsetDateTime.now(clock))) {
			var license = licenses.find(id)
				.orElseThrow(() -> DomainException.notFound("license.not-found", String.valueOf(id)));
			throw DomainException.conflict("license.already-revoked", license.number());
		}
		return licenses.find(id).orElseThrow();
	}

	private NewLicense validated(NewLicense license) {
		String type = required(license.type(), "license.type-required");
		if (type.codePointCount(0, type.length()) > MAX_TYPE_LENGTH) {
			throw DomainException.badRequest("license.type-too-long", String.valueOf(MAX_TYPE_LENGTH));
		}
		if (license.holderKind() == null) {
			throw DomainException.badRequest("license.holder-kind-required");
		}
		String holderName = required(license.holderName(), "license.holder-name-required");
		if (holderName.codePointCount(0, holderName.length()) > MAX_HOLDER_NAME_LENGTH) {
			throw DomainException.badRequest("license.holder-name-too-long", String.valueOf(MAX_HOLDER_NAME_LENGTH));
		}
		String holderId = switch (license.holderKind()) {
			case PERSON -> IdNumber.of(license.holderId()).value();
			case ORGANIZATION -> CreditCode.of(license.holderId()).value();
		};
		String issuerCode = required(license.issuer(), "license.issuer-required");
		String issuer = sites.findDepartmentByCode(issuerCode)
			.filter(DepartmentSummary::active)
			.map(DepartmentSummary::code)
			.orElseThrow(() -> DomainException.badRequest("license.issuer-unknown", issuerCode));
		if (license.validFrom() == null) {
			throw DomainException.badRequest("license.valid-from-required");
		}
		if (license.validUntil() != null && license.validUntil().isBefore(license.validFrom())) {
			throw DomainException.badRequest("license.validity-invalid", license.validFrom().toString(),
					license.validUntil().toString());
		}
		String caseNumber = license.caseNumber() == null || license.caseNumber().isBlank() ? null
				: license.caseNumber().strip();
		if (caseNumber != null && caseNumber.length() > MAX_CASE_NUMBER_LENGTH) {
			throw DomainException.badRequest("license.case-number-too-long", String.valueOf(MAX_CASE_NUMBER_LENGTH));
		}
		return new NewLicense(type, license.holderKind(), holderName, holderId, issuer, license.validFrom(),
				license.validUntil(), license.caseId(), caseNumber);
	}

	private static String required(String value, String code) {
		if (value == null || value.isBlank()) {
			throw DomainException.badRequest(code);
		}
		return value.strip();
	}

	/** ID numbers and credit codes are stored upper-case ({@code X} check digit, letters of a credit code). */
	private static String normalized(String holderId) {
		return holderId.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
