package org.onewindow.acceptance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.onewindow.acceptance.CaseStatus;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.SmsGateway;
import org.onewindow.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front desk's outcomes short of acceptance: the one-time notice (一次性告知) that lists every missing or wrong
 * material at once and parks the case in 待补正, resuming it when the applicant comes back, and 不予受理 with its legal
 * reason.
 */
@Service
@Transactional
public class FrontDeskOutcomes {

	private final CaseRepository cases;
	private final NoticeRepository notices;
	private final CaseAccess access;
	private final SmsGateway sms;
	private final Clock clock;

	FrontDeskOutcomes(CaseRepository cases, NoticeRepository notices, CaseAccess access, SmsGateway sms,
			Clock clock) {
		this.cases = cases;
		this.notices = notices;
		this.access = access;
		this.sms = sms;
		this.clock = clock;
	}

	/**
	 * Something wrong the clerk found beyond the missing lines.
	 *
	 * @param line a checklist line that was handed in but is wrong, or {@code null} for something not on the list
	 * @param material what it is, when {@code line} is {@code null}
	 * @param problem what is wrong and why
	 */
	public record Finding(Integer line, String material, String problem) {
	}

	/**
	 * 一次性告知: every missing line of the checklist (with what is needed and why) and every finding of the clerk in
	 * one numbered notice; the case waits in 待补正 and the applicant gets a text message.
	 */
	public NoticeRepository.Notice notice(long caseId, int version, List<Finding> findings, String note) {
		var c = access.workable(caseId, version);
		c.require("出具一次性告知书", CaseStatus.DRAFT, CaseStatus.PRE_REVIEW);
		CaseAccess.requireDecidingSite(c);
		var lines = cases.materials(caseId);
		var byLine = new TreeMap<Integer, NoticeRepository.Item>();
		for (CaseMaterial line : lines) {
			if (line.missing()) {
				byLine.put(line.line(), new NoticeRepository.Item(line.line(), line.name(), needed(line), why(line)));
			}
		}
		var extra = new ArrayList<NoticeRepository.Item>();
		for (Finding finding : findings == null ? List.<Finding>of() : findings) {
			if (finding.line() != null) {
				var line = lines.stream()
					.filter(m -> m.line() == finding.line())
					.findFirst()
					.orElseThrow(() -> DomainException.badRequest("acceptance.material-line-unknown", finding.line(),
							c.caseNumber()));
				byLine.put(line.line(), new NoticeRepository.Item(line.line(), line.name(), needed(line),
						finding.problem().strip()));
			}
			else {
				if (finding.material() == null || finding.material().isBlank()) {
					throw DomainException.badRequest("acceptance.notice-item-material-required");
				}
				extra.add(new NoticeRepository.Item(null, finding.material().strip(), finding.material().strip(),
						finding.problem().strip()));
			}
		}
		var items = new ArrayList<>(byLine.values());
		items.addAll(extra);
		if (items.isEmpty()) {
			throw DomainException.unprocessable("acceptance.notice-empty", c.caseNumber());
		}
		Instant now = clock.instant();
		Actor actor = access.actor();
		var notice = notices.insert(caseId, NoticeRepository.Kind.ONE_TIME, actor.staffId(), null,
				CaseService.blankToNull(note), items, now);
		cases.noticeIssued(caseId, now);
		cases.event(caseId, "NOTICE", "出具一次性告知书（第" + notice.seq() + "次），需补正 " + items.size() + " 项",
				actor.staffId(), actor.name(), true, now);
		if (c.applicant().phone() != null) {
			String names = String.join("、", items.stream().map(NoticeRepository.Item::material).toList());
			sms.send(c.applicant().phone(), "【一窗通】您申请的“" + Texts.abbreviate(c.title(), 40)
					+ "”（" + c.caseNumber() + "）需补正以下材料：" + Texts.abbreviate(names, 250)
					+ (c.channel() == CaseChannel.ONLINE ? "。请登录网上办事查看一次性告知，补传材料后重新提交。"
							: "。详见一次性告知书，请备齐后到原窗口办理。"), "one-time-notice");
		}
		return notice;
	}

	/** The applicant came back with the supplement: the case is a draft again, its checklist as it was. */
	public ServiceCase resume(long caseId, int version) {
		var c = access.workable(caseId, version);
		c.require("继续受理", CaseStatus.PENDING_SUPPLEMENT);
		Instant now = clock.instant();
		Actor actor = access.actor();
		notices.resolve(caseId, NoticeRepository.Kind.ONE_TIME, now);
		cases.setStatus(caseId, CaseStatus.DRAFT, now);
		cases.event(caseId, "RESUMED", "申请人补正材料，继续受理", actor.staffId(), actor.name(), true, now);
		return cases.find(caseId).orElseThrow();
	}

	/** 不予受理 with its legal reason; the applicant gets a text message and a printed decision. */
	public ServiceCase reject(long caseId, int version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.badRequest("acceptance.reject-reason-required");
		}
		var c = access.workable(caseId, version);
		c.require("不予受理", CaseStatus.DRAFT, CaseStatus.PENDING_SUPPLEMENT, CaseStatus.PRE_REVIEW);
		CaseAccess.requireDecidingSite(c);
		Instant now = clock.instant();
		Actor actor = access.actor();
		cases.notAccepted(caseId, reason.strip(), actor.staffId(), now);
		notices.resolve(caseId, NoticeRepository.Kind.ONE_TIME, now);
		cases.event(caseId, "NOT_ACCEPTED", "不予受理：" + reason.strip(), actor.staffId(), actor.name(), true, now);
		if (c.applicant().phone() != null) {
			sms.send(c.applicant().phone(), "【一窗通】您申请的“" + Texts.abbreviate(c.title(), 40)
					+ "”（" + c.caseNumber() + "）不予受理，理由："
					+ Texts.abbreviate(reason.strip(), 300) + "。详见不予受理决定书。", "case-not-accepted");
		}
		return cases.find(caseId).orElseThrow();
	}

	/** What the applicant must bring for a line: its form and copies, what the handbook checks, the alternatives. */
	static String needed(CaseMaterial line) {
		var text = new StringBuilder(line.form()).append(' ').append(line.copies()).append(" 份");
		if (line.checkNotes() != null && !line.checkNotes().isBlank()) {
			text.append("；").append(line.checkNotes().strip());
		}
		if (line.pledgeAllowed()) {
			text.append("；可签署告知承诺书替代");
		}
		if (line.licenseType() != null) {
			text.append("；已有电子证照“").append(line.licenseType()).append("”的可直接复用");
		}
		return text.toString();
	}

	/** Why it is needed: the clerk's finding, the condition that applies, or the handbook's requirement. */
	static String why(CaseMaterial line) {
		if (line.note() != null && !line.note().isBlank()) {
			return line.note().strip();
		}
		if (!line.required() && line.condition() != null) {
			return "适用情形：" + line.condition();
		}
		return "受理事典规定的必需材料，未提供";
	}

}
