package org.onewindow.acceptance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.onewindow.acceptance.internal.AcceptancePolicy;
import org.onewindow.acceptance.internal.CaseService;
import org.onewindow.acceptance.internal.CaseViews;
import org.onewindow.acceptance.internal.CaseViews.MaterialView;
import org.onewindow.acceptance.internal.FrontDeskOutcomes;
import org.onewindow.acceptance.internal.MaterialStatus;
import org.onewindow.acceptance.internal.OnlineApplications;
import org.onewindow.acceptance.internal.VillageProxy;
import org.onewindow.shared.CreditCode;
import org.onewindow.shared.IdNumber;
import org.onewindow.shared.PhoneNumber;
import org.springframework.stereotype.Service;

/**
 * The front desk's steps for code that runs without a browser (the demo county's cases): each method calls the
 * service the HTTP endpoint named in its comment calls, with the same checks, as the staff member the security context
 * holds (see {@code StaffSetup.actingAs}), always on the case's latest version. Every step commits on its own, as a
 * request would. Never exposed over HTTP.
 */
@Service
public class AcceptanceSetup {

	private final CaseService cases;
	private final FrontDeskOutcomes outcomes;
	private final OnlineApplications online;
	private final CaseViews views;
	private final CaseLifecycle lifecycle;
	private final VillageProxy villageProxy;

	AcceptanceSetup(CaseService cases, FrontDeskOutcomes outcomes, OnlineApplications online, CaseViews views,
			CaseLifecycle lifecycle, VillageProxy villageProxy) {
		this.cases = cases;
		this.outcomes = outcomes;
		this.online = online;
		this.views = views;
		this.lifecycle = lifecycle;
		this.villageProxy = villageProxy;
	}

	/**
	 * Who applies, as the clerk records it after checking the documents: a person by ID number, or an organisation
	 * by credit code with its legal representative.
	 */
	public record Applicant(ApplicantKind kind, String name, IdNumber idNumber, CreditCode creditCode,
			PhoneNumber phone, String legalRepresentative, IdNumber legalRepresentativeIdNumber) {

		public static Applicant person(String name, String idNumber, String phone) {
			return new Applicant(ApplicantKind.PERSON, name, IdNumber.of(idNumber), null, PhoneNumber.of(phone), null,
					null);
		}

		public static Applicant organization(String name, String creditCode, String phone, String legalRepresentative,
				String legalRepresentativeIdNumber) {
			return new Applicant(ApplicantKind.ORGANIZATION, name, null, CreditCode.of(creditCode),
					PhoneNumber.of(phone), legalRepresentative, IdNumber.of(legalRepresentativeIdNumber));
		}
	}

	/** {@code POST /api/cases}: a case of the situation opened at one of the clerk's counters, without a ticket. */
	public CaseSummary open(long counterId, String situationCode, Applicant applicant) {
		var opened = cases.open(new CaseService.OpenCommand(null, counterId, situationCode, null,
				new CaseService.ApplicantInput(applicant.kind(), applicant.name(), applicant.idNumber(),
						applicant.creditCode(), applicant.phone(), applicant.legalRepresentative(),
						applicant.legalRepresentativeIdNumber()),
				null));
		return lifecycle.get(opened.id());
	}

	/** {@code PUT /api/cases/{id}/form}: the application form's fields by name. */
	public CaseSummary fillForm(long caseId, Map<String, String> values) {
		cases.updateForm(caseId, version(caseId), values);
		return lifecycle.get(caseId);
	}

	/**
	 * {@code PUT /api/cases/{id}/materials/{line}} for every line, as the clerk works down the checklist: each
	 * required material handed in as an original except those named (which stay 未提供), each conditional material
	 * marked 不适用.
	 *
	 * @throws IllegalArgumentException when a named material is not on the case's checklist
	 */
	public CaseSummary handIn(long caseId, Collection<String> missing) {
		var lines = views.detail(caseId).materials();
		var unknown = new ArrayList<>(missing);
		lines.forEach(line -> unknown.remove(line.name()));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("not on the checklist of case " + caseId + ": " + unknown);
		}
		Set<String> left = Set.copyOf(missing);
		for (MaterialView line : lines) {
			if (left.contains(line.name())) {
				continue;
			}
			var status = line.required() ? MaterialStatus.PROVIDED_ORIGINAL : MaterialStatus.NOT_APPLICABLE;
			cases.updateMaterial(caseId, line.line(),
					new CaseService.MaterialCommand(version(caseId), status, null, null, null, null));
		}
		return lifecycle.get(caseId);
	}

	/**
	 * {@code POST /api/cases/{id}/handover}: 村代办, the village station hands every material it collected as an
	 * original over to its town sub-center, which then finds the case under 待接收.
	 */
	public CaseSummary handOver(long caseId, String note) {
		var collected = views.detail(caseId)
			.materials()
			.stream()
			.filter(line -> line.status().code().equals(MaterialStatus.PROVIDED_ORIGINAL.name()))
			.map(MaterialView::line)
			.toList();
		villageProxy.handOver(caseId, version(caseId), collected, note);
		return lifecycle.get(caseId);
	}

	/** {@code PUT /api/cases/{id}/delivery}: the result is mailed free (邮帮办) to this address. */
	public CaseSummary mailTo(long caseId, String recipient, String phone, String address) {
		cases.updateDelivery(caseId, version(caseId), DeliveryMethod.MAIL, recipient, PhoneNumber.of(phone), address);
		return lifecycle.get(caseId);
	}

	/** {@code POST /api/cases/{id}/instant}: 即办, concluded on the spot. */
	public CaseSummary instant(long caseId) {
		cases.instant(caseId, version(caseId));
		return lifecycle.get(caseId);
	}

	/** {@code POST /api/cases/{id}/accept}: 受理, the case goes to the back office. */
	public CaseSummary accept(long caseId) {
		cases.accept(caseId, version(caseId), null, null);
		return lifecycle.get(caseId);
	}

	/** {@code POST /api/cases/{id}/accept} with a deficiency: 容缺受理, the missing non-key materials owed until then. */
	public CaseSummary acceptWithDeficiency(long caseId, String pledgeText, LocalDate deadline) {
		cases.accept(caseId, version(caseId), new AcceptancePolicy.DeficiencyTerms(pledgeText, deadline), null);
		return lifecycle.get(caseId);
	}

	/**
	 * {@code POST /api/cases/{id}/notice}: the 一次性告知 of every missing line and of the problems the clerk found in
	 * handed-in lines; the case waits in 待补正.
	 *
	 * @param problems a handed-in material's name → what is wrong with it
	 */
	public CaseSummary notice(long caseId, Map<String, String> problems, String note) {
		var lines = views.detail(caseId).materials();
		var findings = new ArrayList<FrontDeskOutcomes.Finding>();
		problems.forEach((material, problem) -> findings.add(new FrontDeskOutcomes.Finding(lines.stream()
			.filter(line -> line.name().equals(material))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not on the checklist of case " + caseId + ": " + material))
			.line(), null, problem)));
		outcomes.notice(caseId, version(caseId), findings, note);
		return lifecycle.get(caseId);
	}

	/**
	 * {@code POST /api/public/citizen/applications}: the citizen signed in with {@code citizenPhone} applies online
	 * for pickup at the site; the case waits in 网上预审. Needs no staff member.
	 */
	public CaseSummary applyOnline(String citizenPhone, long siteId, String situationCode, Applicant applicant,
			Map<String, String> form) {
		var submitted = online.submit(PhoneNumber.of(citizenPhone).value(),
				new OnlineApplications.SubmitCommand(siteId, situationCode,
						new OnlineApplications.ApplicantInput(applicant.kind(), applicant.name(), applicant.idNumber(),
								applicant.creditCode(), applicant.legalRepresentative()),
						form, new OnlineApplications.DeliveryInput(DeliveryMethod.PICKUP, null, null, null)));
		return lifecycle.get(submitted.id());
	}

	private int version(long caseId) {
		return views.detail(caseId).version();
	}
}
