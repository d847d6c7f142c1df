package org.onewindow.acceptance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onewindow.acceptance.CaseProgress;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress without an account (办件查询): by case number and the last four digits of the applicant's phone, or by the
 * token printed as a QR code on the acceptance notice. Shows the timeline and the next step, no personal data beyond
 * a masked name; a wrong pair is answered exactly like an unknown case. Two index lookups, nothing heavier.
 */
@Service
@Transactional(readOnly = true)
public class ProgressQuery implements CaseProgress {

	private final CaseRepository cases;
	private final SiteManagement sites;

	ProgressQuery(CaseRepository cases, SiteManagement sites) {
		this.cases = cases;
		this.sites = sites;
	}

	public record Step(Instant at, String text) {
	}

	public record Progress(String caseNumber, String title, String status, String statusLabel, String applicant,
			String siteName, Instant openedAt, LocalDate acceptedOn, LocalDate promisedDate,
			LocalDate deficiencyDeadline, String nextStep, List<Step> timeline) {
	}

	public Progress byNumber(String caseNumber, String phoneLast4) {
		return cases.findByNumber(caseNumber.strip())
			.filter(c -> c.applicant().phone() != null && c.applicant().phone().endsWith(phoneLast4))
			.map(this::progress)
			.orElseThrow(ProgressQuery::notFound);
	}

	public Progress byToken(String token) {
		return Optional.of(token)
			.flatMap(cases::findByToken)
			.map(this::progress)
			.orElseThrow(ProgressQuery::notFound);
	}

	@Override
	public Optional<Long> caseIdByProgressToken(String progressToken) {
		if (progressToken == null || progressToken.isBlank() || progressToken.length() > 100) {
			return Optional.empty();
		}
		return cases.findByToken(progressToken).map(ServiceCase::id);
	}

	/**
	 * The path of the progress page a token opens, which its QR code carries; an unknown token is answered exactly
	 * like {@link #byToken}.
	 */
	public String pagePath(String token) {
		if (!cases.tokenExists(token)) {
			throw notFound();
		}
		return CaseDocuments.PROGRESS_PATH + token;
	}

	private Progress progress(ServiceCase c) {
		var timeline = cases.events(c.id(), true).stream().map(e -> new Step(e.at(), e.text())).toList();
		return new Progress(c.caseNumber(), c.title(), c.status().name(), c.status().label(),
				CaseViews.maskedName(c), sites.findSite(c.siteId()).map(SiteSummary::name).orElse(null),
				c.openedAt(), c.acceptedOn(), c.promisedDate(), c.deficiencyDeadline(), nextStep(c), timeline);
	}

	static String nextStep(ServiceCase c) {
		CaseStatus status = c.status();
		return switch (status) {
			case DRAFT -> c.channel() == CaseChannel.VILLAGE_PROXY && c.siteId() == c.originSiteId()
					? "村（社区）便民服务站已收取材料，将移交镇街便民服务中心受理" : "窗口正在核验材料，请留意受理结果";
			case PRE_REVIEW -> "网上申请待窗口预审";
			case PENDING_SUPPLEMENT -> c.channel() == CaseChannel.ONLINE ? "请登录网上办事，按一次性告知补传材料后重新提交"
					: "请按一次性告知书备齐材料，到受理窗口补正";
			case IN_APPROVAL -> c.deficiencyDeadline() != null
					? "审批中；请于 " + c.deficiencyDeadline() + " 前补齐容缺材料，逾期办件将终止"
					: "审批中，承诺于 " + c.promisedDate() + " 前办结";
			case APPROVAL_SUPPLEMENT -> "请按补正材料通知书到受理窗口补正材料，补正期间办理时限暂停计算";
			case CONCLUDED -> c.delivery().method() == org.onewindow.acceptance.DeliveryMethod.MAIL
					? "已办结，结果将免费邮寄送达" : "已办结，请携带身份证件到统一出件窗口领取结果";
			case DELIVERED -> "结果已送达，欢迎对本次服务进行评价";
			case NOT_ACCEPTED -> "不予受理，详见不予受理决定书";
			case TERMINATED -> "办件已终止，如需办理请重新申请";
		};
	}

	private static DomainException notFound() {
		return DomainException.notFound("acceptance.progress-not-found");
	}
}
