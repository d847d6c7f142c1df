package org.onewindow.improvement.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.escalation.EscalationClosed;
import org.onewindow.escalation.EscalationRegistered;
import org.onewindow.evaluation.BadRatingReceived;
import org.onewindow.evaluation.RectificationClosed;
import org.onewindow.evaluation.RectificationReopened;
import org.onewindow.platform.DomainException;
import org.onewindow.platform.FileStore;
import org.onewindow.platform.StoredFile;
import org.onewindow.shared.Texts;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.staff.StaffManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one issue ledger (问题台账): entries fed by 差评 rectifications, 办不成事 matters and adopted suggestions, and
 * entered by hand; each with an owner department, a due date in working days, evidence of rectification and a
 * light computed when read. Fed entries are unique per source record, so every feed may run twice.
 */
@Service
@Transactional
public class IssueLedger {

	private static final Logger log = LoggerFactory.getLogger(IssueLedger.class);

	private final IssueRepository issues;
	private final WorkingCalendar calendar;
	private final ImprovementProperties properties;
	private final StaffManagement staff;
	private final SiteManagement sites;
	private final FileStore files;
	private final Clock clock;

	IssueLedger(IssueRepository issues, WorkingCalendar calendar, ImprovementProperties properties,
			StaffManagement staff, SiteManagement sites, FileStore files, Clock clock) {
		this.issues = issues;
		this.calendar = calendar;
		this.properties = properties;
		this.staff = staff;
		this.sites = sites;
		this.files = files;
		this.clock = clock;
	}

	// --- feeds ---------------------------------------------------------------------------------------------------

	/** A 差评's rectification enters the ledger with the rectification's own due date. */
	public void record(BadRatingReceived rating) {
		var opened = LocalDate.ofInstant(rating.receivedAt(), clock.getZone());
		insertFed(new Issue(0, rating.siteId(), IssueSource.RECTIFICATION, rating.rectificationId(),
				rating.departmentId(), Texts.abbreviate("差评整改：" + rating.service(), 200), Texts.abbreviate(rating.reason(), 1000), null, opened,
				rating.dueOn(), IssueStatus.OPEN, null, null, null, null, null, null, clock.instant(), 0));
	}

	/** A closed rectification closes its entry: rectified, or 不成立 when the 差评 was annulled on appeal. */
	public void close(RectificationClosed closed) {
		closeFed(IssueSource.RECTIFICATION, closed.rectificationId(), closed.round(),
				closed.annulled() ? IssueOutcome.UNFOUNDED : IssueOutcome.RECTIFIED, closed.onTime(), closed.closedAt());
	}

	/**
	 * A rectification reopened by the citizen's 追评 opens its entry again, due with the new 整改反馈 deadline, unless
	 * the entry already knows that round (the same event again, or the round's closing seen first).
	 */
	public void reopen(RectificationReopened reopened) {
		if (issues.reopen(IssueSource.RECTIFICATION, reopened.rectificationId(), reopened.round(), reopened.dueOn(),
				clock.instant())) {
			log.info("Issue ledger: RECTIFICATION {} reopened (round {})", reopened.rectificationId(),
					reopened.round());
		}
		else if (issues.findBySource(IssueSource.RECTIFICATION, reopened.rectificationId()).isEmpty()) {
			log.warn("Issue ledger: RECTIFICATION {} reopened but never entered", reopened.rectificationId());
		}
	}

	/** A 办不成事 matter enters the ledger with the due date of its class. */
	public void record(EscalationRegistered matter) {
		var opened = LocalDate.ofInstant(matter.registeredAt(), clock.getZone());
		insertFed(new Issue(0, matter.siteId(), IssueSource.ESCALATION, matter.escalationId(), matter.departmentId(),
				Texts.abbreviate("办不成事 " + matter.number() + "：" + matter.summary(), 200), null, null, opened, matter.dueOn(),
				IssueStatus.OPEN, null, null, null, null, null, null, clock.instant(), 0));
	}

	public void close(EscalationClosed closed) {
		closeFed(IssueSource.ESCALATION, closed.escalationId(), 1,
				closed.solved() ? IssueOutcome.SOLVED : IssueOutcome.UNSOLVED, closed.onTime(), closed.closedAt());
	}

	/** An adopted suggestion enters the ledger; called within the review's transaction. */
	long recordAdopted(Suggestion suggestion, Long departmentId, DeadlineClass deadlineClass, long by) {
		requireDepartment(departmentId);
		var today = LocalDate.now(clock);
		var issue = new Issue(0, suggestion.siteId(), IssueSource.SUGGESTION, suggestion.id(), departmentId,
				Texts.abbreviate("金点子（" + suggestion.theme().label() + "）：" + suggestion.content(), 200), suggestion.content(),
				deadlineClass, today, calendar.addWorkingDays(today, properties.days(deadlineClass)), IssueStatus.OPEN,
				null, null, null, null, null, by, clock.instant(), 0);
		return issues.insertIfAbsent(issue)
			.orElseGet(() -> issues.findBySource(IssueSource.SUGGESTION, suggestion.id()).orElseThrow().id());
	}

	private void insertFed(Issue issue) {
		issues.insertIfAbsent(issue)
			.ifPresentOrElse(id -> log.info("Issue ledger: {} {} entered as #{}", issue.source(), issue.sourceId(), id),
					() -> log.debug("Issue ledger: {} {} was entered before", issue.source(), issue.sourceId()));
	}

	/** Closes a fed entry for the source's round, unless the entry knows that round closed or a later one. */
	private void closeFed(IssueSource source, long sourceId, int round, IssueOutcome outcome, boolean onTime,
			java.time.Instant closedAt) {
		if (!issues.closeFed(source, sourceId, round, outcome, LocalDate.ofInstant(closedAt, clock.getZone()), onTime,
				clock.instant()) && issues.findBySource(source, sourceId).isEmpty()) {
			log.warn("Issue ledger: {} {} closed but never entered", source, sourceId);
		}
	}

	// --- staff ---------------------------------------------------------------------------------------------------

	public record ManualEntry(long siteId, Long departmentId, String title, String detail,
			DeadlineClass deadlineClass) {
	}

	public IssueView create(ManualEntry entry) {
		var me = staff.current();
		if (!staff.currentScope().includes(entry.siteId())) {
			throw DomainException.forbidden("improvement.site-out-of-scope", String.valueOf(entry.siteId()));
		}
		requireDepartment(entry.departmentId());
		var today = LocalDate.now(clock);
		var issue = new Issue(0, entry.siteId(), IssueSource.MANUAL, null, entry.departmentId(), entry.title(),
				entry.detail(), entry.deadlineClass(), today,
				calendar.addWorkingDays(today, properties.days(entry.deadlineClass())), IssueStatus.OPEN, null, null,
				null, null, null, me.id(), clock.instant(), 0);
		long id = issues.insertIfAbsent(issue).orElseThrow();
		return view(issues.find(id).orElseThrow());
	}

	@Transactional(readOnly = true)
	public IssueView get(long id) {
		return view(visible(id));
	}

	public record Query(Long siteId, IssueStatus status, IssueSource source, Long departmentId, boolean overdueOnly,
			Light light) {
	}

	@Transactional(readOnly = true)
	public List<IssueView> list(Query query) {
		var today = LocalDate.now(clock);
		var names = departmentNames();
		return issues
			.list(new IssueRepository.Filter(siteIds(query.siteId()), query.status(), query.source(),
					query.departmentId(), query.overdueOnly(), today))
			.stream()
			.map(issue -> view(issue, today, names))
			.filter(view -> query.light() == null || view.light() == query.light())
			.toList();
	}

	public IssueView recordEvidence(long id, int version, String evidence, String fileName, InputStream file) {
		var issue = visible(id);
		if (issue.status() == IssueStatus.CLOSED) {
			throw DomainException.unprocessable("improvement.issue-closed", String.valueOf(id));
		}
		if (issue.version() != version) {
			throw DomainException.conflict("improvement.issue-changed", String.valueOf(id));
		}
		Long fileId = file == null ? null : files.store(fileName, file).id();
		if (!issues.recordEvidence(id, version, evidence, fileId, clock.instant())) {
			throw DomainException.conflict("improvement.issue-changed", String.valueOf(id));
		}
		return view(issues.find(id).orElseThrow());
	}

	public IssueView close(long id, int version) {
		var issue = visible(id);
		if (issue.status() == IssueStatus.CLOSED) {
			throw DomainException.unprocessable("improvement.issue-closed", String.valueOf(id));
		}
		if (issue.source().closedBySource()) {
			throw DomainException.unprocessable("improvement.closed-by-source", String.valueOf(id),
					issue.source().label());
		}
		if (issue.version() != version) {
			throw DomainException.conflict("improvement.issue-changed", String.valueOf(id));
		}
		if (issue.evidence() == null) {
			throw DomainException.unprocessable("improvement.evidence-required", String.valueOf(id));
		}
		var today = LocalDate.now(clock);
		if (!issues.close(id, version, IssueOutcome.RECTIFIED, today, !today.isAfter(issue.dueOn()), clock.instant())) {
			throw DomainException.conflict("improvement.issue-changed", String.valueOf(id));
		}
		return view(issues.find(id).orElseThrow());
	}

	public record EvidenceFile(StoredFile file, InputStream content) {
	}

	@Transactional(readOnly = true)
	public EvidenceFile evidenceFile(long id) {
		var issue = visible(id);
		var file = issue.evidenceFileId() == null ? null : files.find(issue.evidenceFileId()).orElse(null);
		if (file == null) {
			throw DomainException.notFound("improvement.evidence-file-not-found", String.valueOf(id));
		}
		return new EvidenceFile(file, files.open(file));
	}

	public record Figures(Long departmentId, String departmentName, int open, int overdue, int closed,
			int closedOnTime) {
	}

	@Transactional(readOnly = true)
	public List<Figures> figures(Long siteId) {
		var names = departmentNames();
		return issues.figures(siteIds(siteId), LocalDate.now(clock))
			.stream()
			.map(f -> new Figures(f.departmentId(), departmentName(f.departmentId(), names), f.open(), f.overdue(),
					f.closed(), f.closedOnTime()))
			.toList();
	}

	// --- views and checks ----------------------------------------------------------------------------------------

	/** An entry as the ledger page shows it, with its light and words for every code. */
	public record IssueView(long id, long siteId, String siteName, IssueSource source, String sourceLabel,
			Long sourceId, Long departmentId, String departmentName, String title, String detail,
			DeadlineClass deadlineClass, String deadlineClassLabel, LocalDate openedOn, LocalDate dueOn,
			IssueStatus status, String statusLabel, Light light, String lightLabel, String evidence,
			boolean hasEvidenceFile, IssueOutcome outcome, String outcomeLabel, LocalDate closedOn,
			Boolean closedOnTime, boolean closableHere, int version) {
	}

	private IssueView view(Issue issue) {
		return view(issue, LocalDate.now(clock), departmentNames());
	}

	private IssueView view(Issue i, LocalDate today, Map<Long, String> departments) {
		var light = Light.of(i.status() == IssueStatus.CLOSED, i.openedOn(), i.dueOn(), today, calendar);
		String siteName = sites.findSite(i.siteId()).map(s -> s.name()).orElse("");
		return new IssueView(i.id(), i.siteId(), siteName, i.source(), i.source().label(), i.sourceId(),
				i.departmentId(), departmentName(i.departmentId(), departments), i.title(), i.detail(),
				i.deadlineClass(), i.deadlineClass() == null ? "按来源时限" : i.deadlineClass().label(), i.openedOn(),
				i.dueOn(), i.status(), i.status().label(), light, light.label(), i.evidence(),
				i.evidenceFileId() != null, i.outcome(), i.outcome() == null ? null : i.outcome().label(), i.closedOn(),
				i.closedOnTime(), !i.source().closedBySource() && i.status() != IssueStatus.CLOSED, i.version());
	}

	private Issue visible(long id) {
		return issues.find(id)
			.filter(issue -> staff.currentScope().includes(issue.siteId()))
			.orElseThrow(() -> DomainException.notFound("improvement.issue-not-found", String.valueOf(id)));
	}

	private Long[] siteIds(Long siteId) {
		var scope = staff.currentScope();
		if (siteId == null) {
			return scope.asArray();
		}
		if (!scope.includes(siteId)) {
			throw DomainException.forbidden("improvement.site-out-of-scope", String.valueOf(siteId));
		}
		return new Long[] { siteId };
	}

	private void requireDepartment(Long departmentId) {
		if (departmentId != null && sites.findDepartment(departmentId).filter(DepartmentSummary::active).isEmpty()) {
			throw DomainException.badRequest("improvement.department-unknown", String.valueOf(departmentId));
		}
	}

	private Map<Long, String> departmentNames() {
		var names = new HashMap<Long, String>();
		sites.departments().forEach(d -> names.put(d.id(), d.shortName() == null ? d.name() : d.shortName()));
		return names;
	}

	private static String departmentName(Long departmentId, Map<Long, String> names) {
		return departmentId == null ? "大厅（未指定部门）" : names.getOrDefault(departmentId, "部门" + departmentId);
	}
}
