package org.onewindow.acceptance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.platform.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data of a case's printable documents; the front end lays them out and prints them.
 */
@Service
@Transactional(readOnly = true)
public class CaseDocuments {

	/** Where the progress page lives in the front end; the QR code on the notice opens it. */
	public static final String PROGRESS_PATH = "/m/progress/";

	private final CaseRepository cases;
	private final CaseAccess access;
	private final CaseViews views;

	CaseDocuments(CaseRepository cases, CaseAccess access, CaseViews views) {
		this.cases = cases;
		this.access = access;
		this.views = views;
	}

	public record Applicant(String kind, String name, String id, String legalRepName, String agentName) {
	}

	public record MaterialLine(int line, String name, String form, int copies, String status) {
	}

	public record Deficiency(LocalDate deadline, List<String> owed, String pledge, String signer) {
	}

	public record Progress(String caseNumber, String token, String path, String qrPayload, String howTo) {
	}

	/** 受理通知书. */
	public record AcceptanceNotice(String document, String caseNumber, String title, List<String> situations,
			String siteName, Applicant applicant, Instant acceptedAt, LocalDate acceptedOn, int promisedDays,
			LocalDate promisedDate, LocalDate legalDate, List<MaterialLine> materials, Deficiency deficiency,
			String delivery, Progress progress, String clerk) {
	}

	public AcceptanceNotice acceptanceNotice(long caseId) {
		var c = access.visible(caseId);
		if (c.acceptedAt() == null) {
			throw DomainException.conflict("acceptance.document-not-available", c.caseNumber(), "受理通知书",
					c.status().label());
		}
		var view = views.view(c);
		var materials = cases.materials(caseId);
		var received = materials.stream()
			.filter(m -> m.status().satisfies())
			.map(m -> new MaterialLine(m.line(), m.name(), m.form(), m.copies(), m.status().label()))
			.toList();
		var deficiency = c.deficiencyPledge() == null ? null
				: new Deficiency(c.deficiencyDeadline(),
						materials.stream().filter(CaseMaterial::owed).map(CaseMaterial::name).toList(),
						c.deficiencyPledge(), c.deficiencySigner());
		var delivery = c.delivery();
		String deliveryText = delivery.method().label() + (delivery.address() == null ? ""
				: "：" + delivery.recipient() + "，" + delivery.address());
		return new AcceptanceNotice("受理通知书", c.caseNumber(), c.title(),
				view.situations().stream().map(CaseViews.SituationRef::name).toList(), view.siteName(),
				applicant(c), c.acceptedAt(), c.acceptedOn(), c.promisedDays(), c.promisedDate(), c.legalDate(),
				received, deficiency, deliveryText, progress(c), view.acceptedBy());
	}

	static Applicant applicant(ServiceCase c) {
		return new Applicant(c.applicant().kind().label(), c.applicant().name(), CaseViews.maskedApplicantId(c),
				c.applicant().legalRepName(), c.agent() == null ? null : c.agent().name());
	}

	static Progress progress(ServiceCase c) {
		String path = PROGRESS_PATH + c.progressToken();
		return new Progress(c.caseNumber(), c.progressToken(), path, path,
				"扫描二维码，或在“一窗通”办件查询页输入办件编号和申请人手机号后四位，即可查看办理进度。");
	}
}
