package org.onewindow.acceptance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.platform.DomainException;

/**
 * A case (办件): one application by one applicant for one situation or bundle, pinned to the handbook version it was
 * opened with. Its status changes only through {@link CaseService} and {@link CaseLifecycleService}, which check the
 * status they expect here first.
 *
 * @param siteId the site responsible now (a village proxy case moves to its town sub-center on receipt)
 * @param originSiteId the site that opened it
 * @param instantMode whether the handbook marks the situation (every member of a bundle) as 即办件
 */
public record ServiceCase(long id, String caseNumber, CaseChannel channel, long siteId, long originSiteId,
		Long counterId, Long ticketId, Long openedBy, Instant openedAt, CaseStatus status, int catalogVersion,
		List<String> situationCodes, String bundleCode, String title, boolean instantMode, int promisedDays,
		int legalDays, Applicant applicant, Agent agent, CaseSummary.Delivery delivery, Map<String, String> formValues,
		Instant acceptedAt, Long acceptedBy, LocalDate acceptedOn, LocalDate promisedDate, LocalDate legalDate,
		LocalDate deficiencyDeadline, String deficiencyPledge, String deficiencySigner, int noticeCount,
		String decisionReason, Instant decidedAt, Instant concludedAt, CaseOutcome outcome, String outcomeSummary,
		List<Long> licenseIds, Instant deliveredAt, String deliveredHow, Instant terminatedAt, String progressToken,
		int version) {

	public ServiceCase {
		situationCodes = List.copyOf(situationCodes);
		formValues = formValues == null ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formValues));
		licenseIds = licenseIds == null ? List.of() : List.copyOf(licenseIds);
	}

	/**
	 * The applicant.
	 *
	 * @param id the ID number of a person or the credit code of an organisation
	 * @param legalRepName the legal representative of an organisation
	 */
	public record Applicant(ApplicantKind kind, String name, String id, String phone, String legalRepName,
			String legalRepIdNumber) {
	}

	/** Someone acting for the applicant (经办人/代理人), with or without a written authorisation handed in. */
	public record Agent(String name, String idNumber, boolean authorization) {
	}

	/**
	 * Checks that the case is in one of the statuses an action expects.
	 *
	 * @param action what the clerk or the back office wanted, in Chinese (e.g. "受理")
	 * @throws DomainException 409 {@code acceptance.case-wrong-status} with the current status label
	 */
	public void require(String action, CaseStatus... allowed) {
		if (Arrays.stream(allowed).noneMatch(s -> s == status)) {
			throw DomainException.conflict("acceptance.case-wrong-status", caseNumber, status.label(), action);
		}
	}

	/**
	 * Checks the version a browser saw.
	 *
	 * @throws DomainException 409 {@code acceptance.case-changed} when someone changed the case since
	 */
	public void requireVersion(int seen) {
		if (seen != version) {
			throw DomainException.conflict("acceptance.case-changed", caseNumber);
		}
	}

	/** The same case under another number (the day's number is assigned last when a case opens). */
	ServiceCase withCaseNumber(String number) {
		return new ServiceCase(id, number, channel, siteId, originSiteId, counterId, ticketId, openedBy, openedAt, status,
				catalogVersion, situationCodes, bundleCode, title, instantMode, promisedDays, legalDays, applicant, agent,
				delivery, formValues, acceptedAt, acceptedBy, acceptedOn, promisedDate, legalDate, deficiencyDeadline,
				deficiencyPledge, deficiencySigner, noticeCount, decisionReason, decidedAt, concludedAt, outcome,
				outcomeSummary, licenseIds, deliveredAt, deliveredHow, terminatedAt, progressToken, version);
	}

	public boolean deficiencyOpen() {
		return deficiencyDeadline != null;
	}

	public CaseSummary summary() {
		return new CaseSummary(id, caseNumber, siteId, status, catalogVersion, situationCodes, bundleCode, title,
				applicant.kind(), applicant.name(), applicant.id(), applicant.phone(), delivery, acceptedAt,
				promisedDate, deficiencyDeadline,
				applicant.legalRepName() == null ? null
						: new CaseSummary.Representative(applicant.legalRepName(), applicant.legalRepIdNumber(), true),
				agent == null || agent.name() == null ? null
						: new CaseSummary.Representative(agent.name(), agent.idNumber(), agent.authorization()));
	}
}
