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
	private final NoticeRepository notices;
	private final CaseAccess access;
	private final CaseViews views;

	CaseDocuments(CaseRepository cases, NoticeRepository notices, CaseAccess access, CaseViews views) {
		this.cases = cases;
		this.notices = notices;
		this.access = access;
		this.views = views;
	}

	public record Applicant(String kind, String name, String id, String legalRepName, String agentName) {
	}

	public record MaterialLine(int line, String name, String form, int copies, String status) {
	}

	public record Deficiency(LocalDate deadline, List<String> owed, String pledge, String signer) {
	}

	/**
	 * Where the citizen follows the case: the progress page's {@code path}, what its QR code carries
	 * ({@code qrPayload}, the page's path, made absolute by the image's server) and the code's image ({@code qrImage},
	 * public like the page).
	 */
	public record Progress(String caseNumber, String token, String path, String qrPayload, String qrImage,
			String howTo) {
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
				"/api/public/progress/" + c.progressToken() + "/qr.png",
				"扫描二维码，或在“一窗通”办件查询页输入办件编号和申请人手机号后四位，即可查看办理进度。");
	}

	/** 一次性告知书 (before acceptance) or 补正材料通知书 (the back office's request). */
	public record NoticeDocument(String document, String caseNumber, String title, int seq, String siteName,
			Applicant applicant, Instant issuedAt, String issuedBy, String department, String reason,
			List<NoticeRepository.Item> items, String instructions, Progress progress) {
	}

	public NoticeDocument notice(long caseId, long noticeId) {
		var c = access.visible(caseId);
		var notice = notices.find(caseId, noticeId)
			.orElseThrow(() -> DomainException.notFound("acceptance.notice-unknown", noticeId, c.caseNumber()));
		boolean oneTime = notice.kind() == NoticeRepository.Kind.ONE_TIME;
		String instructions = oneTime
				? "以上为您本次申请需补正的全部材料。请备齐后到原受理窗口办理，窗口将在材料齐全后予以受理。"
				: "请按以上要求到受理窗口补正材料。补正期间办理时限暂停计算，补正后继续计算。";
		return new NoticeDocument(oneTime ? "一次性告知书" : "补正材料通知书", c.caseNumber(), c.title(), notice.seq(),
				views.siteName(c.siteId()), applicant(c), notice.issuedAt(), views.staffName(notice.issuedBy()),
				notice.department(), notice.reason(), notice.items(), instructions,
				c.acceptedAt() == null ? null : progress(c));
	}

	/** 不予受理决定书. */
	public record NotAcceptedDecision(String document, String caseNumber, String title, String siteName,
			Applicant applicant, Instant decidedAt, String decidedBy, String reason, String remedy) {
	}

	public NotAcceptedDecision notAcceptedDecision(long caseId) {
		var c = access.visible(caseId);
		if (c.status() != org.onewindow.acceptance.CaseStatus.NOT_ACCEPTED) {
			throw DomainException.conflict("acceptance.document-not-available", c.caseNumber(), "不予受理决定书",
					c.status().label());
		}
		return new NotAcceptedDecision("不予受理决定书", c.caseNumber(), c.title(), views.siteName(c.siteId()),
				applicant(c), c.decidedAt(), views.staffName(cases.decidedBy(caseId)), c.decisionReason(),
				"如对本决定不服，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。");
	}

	/** 终止办理告知书 (a 容缺 supplement deadline missed). */
	public record TerminationNotice(String document, String caseNumber, String title, String siteName,
			Applicant applicant, LocalDate acceptedOn, LocalDate deficiencyDeadline, List<String> owed, String pledge,
			Instant terminatedAt, String reason) {
	}

	public TerminationNotice terminationNotice(long caseId) {
		var c = access.visible(caseId);
		if (c.status() != org.onewindow.acceptance.CaseStatus.TERMINATED) {
			throw DomainException.conflict("acceptance.document-not-available", c.caseNumber(), "终止办理告知书",
					c.status().label());
		}
		var owed = cases.materials(caseId).stream().filter(CaseMaterial::owed).map(CaseMaterial::name).toList();
		return new TerminationNotice("终止办理告知书", c.caseNumber(), c.title(), views.siteName(c.siteId()),
				applicant(c), c.acceptedOn(), c.deficiencyDeadline(), owed, c.deficiencyPledge(), c.terminatedAt(),
				c.decisionReason());
	}
}
