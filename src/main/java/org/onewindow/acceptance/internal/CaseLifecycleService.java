package org.onewindow.acceptance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.onewindow.acceptance.CaseConcluded;
import org.onewindow.acceptance.CaseDelivered;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.acceptance.CaseSupplemented;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.SmsGateway;
import org.onewindow.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's life after the front desk: what the back office and the delivery counter tell it. Each method locks the
 * case, checks the status it expects (409 {@code acceptance.case-wrong-status} otherwise) and writes a timeline line.
 */
@Service
@Transactional
public class CaseLifecycleService implements CaseLifecycle {

	static final int MAX_TEXT = 500;

	private final CaseRepository cases;
	private final NoticeRepository notices;
	private final CaseAccess access;
	private final SmsGateway sms;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseLifecycleService(CaseRepository cases, NoticeRepository notices, CaseAccess access, SmsGateway sms,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.notices = notices;
		this.access = access;
		this.sms = sms;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CaseSummary get(long caseId) {
		return cases.find(caseId).orElseThrow(() -> CaseAccess.notFound(caseId)).summary();
	}

	@Override
	public long requestSupplement(long caseId, String department, List<String> items, String reason) {
		var cleaned = items == null ? List.<String>of()
				: items.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (cleaned.isEmpty()) {
			throw DomainException.badRequest("acceptance.supplement-items-required");
		}
		requireText(reason, "reason");
		cleaned.forEach(item -> requireText(item, "items"));
		var c = access.locked(caseId);
		c.require("要求补正", CaseStatus.IN_APPROVAL);
		Instant now = clock.instant();
		Actor actor = access.actor();
		String why = reason == null ? null : reason.strip();
		var notice = notices.insert(caseId, NoticeRepository.Kind.APPROVAL_SUPPLEMENT, actor.staffId(), department,
				why, cleaned.stream().map(item -> new NoticeRepository.Item(null, item, item, why)).toList(), now);
		cases.setStatus(caseId, CaseStatus.APPROVAL_SUPPLEMENT, now);
		String who = department == null || department.isBlank() ? "审批部门" : department.strip();
		cases.event(caseId, "SUPPLEMENT_REQUESTED",
				who + "要求补正（第" + notice.seq() + "次）：" + String.join("、", cleaned), actor.staffId(), actor.name(),
				true, now);
		if (c.applicant().phone() != null) {
			sms.send(c.applicant().phone(), "【一窗通】您的办件" + c.caseNumber() + "需补正材料：" + Texts.abbreviate(
					String.join("、", cleaned), 200) + "。请携带材料到受理窗口补正，补正期间办理时限暂停计算。",
					"approval-supplement");
		}
		return notice.id();
	}

	@Override
	public void recordProgress(long caseId, String text) {
		if (text == null || text.isBlank()) {
			throw DomainException.badRequest("acceptance.progress-text-required");
		}
		requireText(text, "text");
		var c = access.locked(caseId);
		c.require("记录进度", CaseStatus.IN_APPROVAL, CaseStatus.APPROVAL_SUPPLEMENT, CaseStatus.CONCLUDED);
		Actor actor = access.actor();
		cases.event(caseId, "PROGRESS", text.strip(), actor.staffId(), actor.name(), true, clock.instant());
	}

	@Override
	public void movePromisedDate(long caseId, LocalDate promisedDate) {
		if (promisedDate == null) {
			throw DomainException.badRequest("acceptance.promised-date-required");
		}
		var c = access.locked(caseId);
		c.require("调整承诺办结日期", CaseStatus.IN_APPROVAL, CaseStatus.APPROVAL_SUPPLEMENT);
		if (promisedDate.equals(c.promisedDate())) {
			return;
		}
		Instant now = clock.instant();
		Actor actor = access.actor();
		cases.movePromisedDate(caseId, promisedDate, now);
		cases.event(caseId, "PROMISED_DATE_MOVED", "承诺办结日期调整为 " + promisedDate, actor.staffId(), actor.name(),
				true, now);
	}

	@Override
	public void conclude(long caseId, CaseOutcome outcome, String summary, List<Long> licenseIds) {
		if (outcome == null) {
			throw DomainException.badRequest("acceptance.outcome-required");
		}
		requireText(summary, "summary");
		var c = access.locked(caseId);
		c.require("办结", CaseStatus.IN_APPROVAL);
		if (outcome != CaseOutcome.REFUSED && c.deficiencyOpen()) {
			throw DomainException.conflict("acceptance.deficiency-open", c.caseNumber(),
					String.valueOf(c.deficiencyDeadline()));
		}
		var licenses = licenseIds == null ? List.<Long>of() : List.copyOf(licenseIds);
		Instant now = clock.instant();
		Actor actor = access.actor();
		cases.concluded(caseId, outcome, summary == null ? null : summary.strip(), licenses, now);
		cases.event(caseId, "CONCLUDED", "办结：" + outcome.label()
				+ (summary == null || summary.isBlank() ? "" : "（" + summary.strip() + "）"), actor.staffId(),
				actor.name(), true, now);
		events.publishEvent(new CaseConcluded(caseId, c.caseNumber(), c.siteId(), outcome, false, licenses, now));
	}

	@Override
	public void delivered(long caseId, String how) {
		requireText(how, "how");
		var c = access.locked(caseId);
		c.require("送达", CaseStatus.CONCLUDED);
		Instant now = clock.instant();
		Actor actor = access.actor();
		String text = how == null || how.isBlank() ? c.delivery().method().label() : how.strip();
		cases.delivered(caseId, text, now);
		cases.event(caseId, "DELIVERED", "已送达：" + text, actor.staffId(), actor.name(), true, now);
		events.publishEvent(new CaseDelivered(caseId, c.caseNumber(), c.siteId(), now));
	}

	/**
	 * The clerk records that the applicant brought what the back office asked for: back to 审批中,
	 * {@link CaseSupplemented} resumes the legal clock.
	 */
	public ServiceCase supplemented(long caseId, int version, String note) {
		requireText(note, "note");
		var c = access.workable(caseId, version);
		c.require("登记补正材料", CaseStatus.APPROVAL_SUPPLEMENT);
		Instant now = clock.instant();
		Actor actor = access.actor();
		// the back office asks for one supplement at a time, so one notice is open
		Long noticeId = notices.resolve(caseId, NoticeRepository.Kind.APPROVAL_SUPPLEMENT, now)
			.stream()
			.max(Long::compare)
			.orElse(null);
		cases.setStatus(caseId, CaseStatus.IN_APPROVAL, now);
		cases.event(caseId, "SUPPLEMENTED",
				"已补正" + (note == null || note.isBlank() ? "" : "：" + note.strip()), actor.staffId(), actor.name(),
				true, now);
		events.publishEvent(new CaseSupplemented(caseId, now, noticeId));
		return cases.find(caseId).orElseThrow();
	}

	private static void requireText(String text, String field) {
		if (text != null && text.length() > MAX_TEXT) {
			throw DomainException.badRequest("acceptance.text-too-long", field, MAX_TEXT);
		}
	}
}
