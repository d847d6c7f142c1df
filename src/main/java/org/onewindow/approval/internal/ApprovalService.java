package org.onewindow.approval.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseAccepted;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.acceptance.CaseSupplemented;
import org.onewindow.acceptance.CaseTerminated;
import org.onewindow.approval.internal.ApprovalAccess.Approver;
import org.onewindow.approval.internal.LegalClock.PauseKind;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.Situation;
import org.onewindow.platform.DomainException;
import org.onewindow.shared.Masking;
import org.onewindow.site.DepartmentSummary;
import org.onewindow.site.SiteManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's state machine, interpreting each situation's steps as the pinned catalog version defines them:
 * an accepted case gets its clock and members, the members of the lowest bundle group start at once and in parallel,
 * each member walks its back-office steps as tasks (claim, approve, return, reject), the last step's approval issues
 * the result, a later group starts when the earlier one concluded, and the case concludes when every member did.
 * Every decision on a case holds the case's row lock, so that parallel members never both miss the conclusion.
 */
@Service
@Transactional
public class ApprovalService {

	private static final Logger log = LoggerFactory.getLogger(ApprovalService.class);

	static final String SKIPPED_OPINION = "前置事项未获批准，未办理";

	private final CaseClockRepository clocks;
	private final MemberRepository members;
	private final TaskRepository tasks;
	private final PauseRepository pauses;
	private final ApprovalAccess access;
	private final ClockKeeper keeper;
	private final ResultIssuer results;
	private final CaseLifecycle lifecycle;
	private final CatalogManagement catalog;
	private final SiteManagement sites;
	private final Clock clock;

	ApprovalService(CaseClockRepository clocks, MemberRepository members, TaskRepository tasks, PauseRepository pauses,
			ApprovalAccess access, ClockKeeper keeper, ResultIssuer results, CaseLifecycle lifecycle,
			CatalogManagement catalog, SiteManagement sites, Clock clock) {
		this.clocks = clocks;
		this.members = members;
		this.tasks = tasks;
		this.pauses = pauses;
		this.access = access;
		this.keeper = keeper;
		this.results = results;
		this.lifecycle = lifecycle;
		this.catalog = catalog;
		this.sites = sites;
		this.clock = clock;
	}

	// --- events from the acceptance module

	/**
	 * The clock and the members of a newly accepted case; nothing new when the event comes twice. A case the front
	 * desk terminated before the back office heard of its acceptance (the events handed over out of order) gets its
	 * clock and members closed as terminated, no task.
	 */
	public void accepted(CaseAccepted event) {
		clocks.lockCaseEvents(event.caseId());
		CaseSummary summary = lifecycle.get(event.caseId());
		// no legal date without a legal time limit (无法定时限), also from events published before that rule
		LocalDate legalDate = event.legalDays() == 0 ? null : event.legalDate();
		var caseClock = new CaseClock(event.caseId(), event.caseNumber(), event.siteId(), event.catalogVersion(),
				event.bundleCode(), summary.title(), applicantDisplay(summary), event.acceptedAt(), event.acceptedOn(),
				event.promisedDays(), event.legalDays(), event.promisedDate(), legalDate, event.promisedDate(),
				legalDate, CaseClock.State.IN_APPROVAL, null, null, 0);
		if (!clocks.insertIfAbsent(caseClock, clock.instant())) {
			log.debug("Case {} is already in approval", event.caseNumber());
			return;
		}
		CatalogSnapshot snapshot = catalog.version(event.catalogVersion());
		var bundle = event.bundleCode() == null ? null : snapshot.bundle(event.bundleCode()).orElse(null);
		for (String code : event.situationCodes()) {
			Situation situation = snapshot.situation(code)
				.orElseThrow(() -> new IllegalStateException("case " + event.caseNumber() + ": situation " + code
						+ " is not in catalog version " + event.catalogVersion()));
			var item = snapshot.item(situation.itemCode()).orElseThrow();
			members.insert(event.caseId(), code, situation.name(), item.code(), item.name(), groupOf(bundle, code));
		}
		if (summary.status() == CaseStatus.TERMINATED) {
			log.info("Case {} was terminated before the back office heard of its acceptance", event.caseNumber());
			terminate(event.caseId());
			return;
		}
		advance(clocks.lock(event.caseId()).orElseThrow());
	}

	/**
	 * The applicant brought the supplement: the 补正 pause ends, the due dates move. Only the pause of the notice the
	 * supplement answers: the same event handed over again after the next 补正 was asked leaves that one running.
	 */
	public void supplemented(CaseSupplemented event) {
		var caseClock = clocks.lock(event.caseId()).orElse(null);
		if (caseClock == null) {
			return;
		}
		var open = pauses.ofCase(event.caseId())
			.stream()
			.filter(p -> p.kind() == PauseKind.SUPPLEMENT && p.state() == PauseState.ACTIVE && answers(event, p))
			.findFirst();
		if (open.isEmpty()) {
			return;
		}
		LocalDate broughtOn = LocalDate.ofInstant(event.supplementedAt(), clock.getZone());
		LocalDate endedOn = broughtOn.isBefore(open.get().startedOn()) ? open.get().startedOn() : broughtOn;
		pauses.end(open.get().id(), PauseState.ENDED, endedOn, null, clock.instant());
		keeper.refresh(caseClock, "补正材料已收到");
	}

	/**
	 * Whether a supplement answers a 补正 pause: the notice they both name; a pause or an event from before notices
	 * were named falls back to the order of the two requests' clocks.
	 */
	static boolean answers(CaseSupplemented event, ClockPause pause) {
		if (event.noticeId() != null && pause.noticeId() != null) {
			return event.noticeId().equals(pause.noticeId());
		}
		return !pause.requestedAt().isAfter(event.supplementedAt());
	}

	/**
	 * The case ended without a decision: open tasks are cancelled, pauses closed. Nothing to do before the case's
	 * acceptance was heard: {@link #accepted} then finds the case terminated.
	 */
	public void terminated(CaseTerminated event) {
		clocks.lockCaseEvents(event.caseId());
		var caseClock = clocks.lock(event.caseId()).orElse(null);
		if (caseClock == null || !caseClock.open()) {
			return;
		}
		terminate(event.caseId());
	}

	private void terminate(long caseId) {
		Instant now = clock.instant();
		for (Task task : tasks.inHandOfCase(caseId)) {
			tasks.update(task.cancel(now), task.version());
		}
		closePauses(caseId);
		members.cancelOpen(caseId, now);
		clocks.close(caseId, CaseClock.State.TERMINATED, null, now);
	}

	// --- the approver's actions

	public Task claim(long taskId, int version) {
		Approver me = access.approver();
		Task task = access.visibleTask(taskId, me);
		requireVersion(task, version);
		requireOpen(clocks.find(task.caseId()).orElseThrow());
		Task claimed = task.claim(me.id(), me.name(), clock.instant());
		tasks.update(claimed, version);
		return tasks.find(taskId).orElseThrow();
	}

	/**
	 * Approves the step: the member moves to its next step, or, on the last step, is approved and its result issued
	 * (not while 容缺 materials are still owed, nor while the clock is paused by someone else).
	 */
	public Task approve(long taskId, int version, String opinion) {
		Approver me = access.approver();
		var held = hold(taskId, version, me);
		Task task = held.task();
		CaseClock caseClock = held.caseClock();
		if (task.lastStep()) {
			requireClockRunning(task);
			CaseSummary summary = lifecycle.get(task.caseId());
			if (summary.deficiencyOpen()) {
				throw DomainException.unprocessable("approval.deficiency-open",
						ClockKeeper.CHINESE_DATE.format(summary.deficiencyDeadline()));
			}
		}
		Instant now = clock.instant();
		tasks.update(task.decide(Decision.APPROVE, blankToNull(opinion), me.id(), now), version);
		endStepPauses(task);
		Member member = members.find(task.memberId()).orElseThrow();
		Progress.record(lifecycle, task.caseId(), line(task, "通过", opinion));
		if (task.lastStep()) {
			approveMember(caseClock, member, task.departmentId(), blankToNull(opinion));
			advance(caseClock);
		}
		else {
			var plan = plan(caseClock, member);
			openTask(caseClock, member, situation(caseClock, member), plan.next(task.stepIndex()).getAsInt());
		}
		return tasks.find(taskId).orElseThrow();
	}

	/** Sends the member back to its previous back-office step (not from the first one). */
	public Task returnToPrevious(long taskId, int version, String opinion) {
		Approver me = access.approver();
		var held = hold(taskId, version, me);
		Task task = held.task();
		Member member = members.find(task.memberId()).orElseThrow();
		var previous = plan(held.caseClock(), member).previous(task.stepIndex());
		if (previous.isEmpty()) {
			throw DomainException.unprocessable("approval.return-not-allowed", task.stepName());
		}
		tasks.update(task.decide(Decision.RETURN, opinion, me.id(), clock.instant()), version);
		endStepPauses(task);
		Task reopened = openTask(held.caseClock(), member, situation(held.caseClock(), member), previous.getAsInt());
		Progress.record(lifecycle, task.caseId(), line(task, "退回至「" + reopened.stepName() + "」", opinion));
		return tasks.find(taskId).orElseThrow();
	}

	/** Refuses the member (不予批准) with the reason; a bundle's other members go on. */
	public Task reject(long taskId, int version, String opinion) {
		Approver me = access.approver();
		var held = hold(taskId, version, me);
		Task task = held.task();
		requireClockRunning(task);
		Instant now = clock.instant();
		tasks.update(task.decide(Decision.REJECT, opinion, me.id(), now), version);
		endStepPauses(task);
		Member member = members.find(task.memberId()).orElseThrow();
		members.conclude(member.id(), MemberOutcome.REFUSED, opinion, null, null, now);
		Progress.record(lifecycle, task.caseId(), line(task, "不予批准", opinion));
		advance(held.caseClock());
		return tasks.find(taskId).orElseThrow();
	}

	/**
	 * Asks the applicant for a supplement (补正): the acceptance module issues the notice, the clock pauses until
	 * {@link CaseSupplemented}.
	 */
	public ClockPause requestSupplement(long taskId, int version, List<String> items, String reason) {
		Approver me = access.approver();
		var held = hold(taskId, version, me);
		Task task = held.task();
		boolean asked = pauses.ofCase(task.caseId())
			.stream()
			.anyMatch(p -> p.kind() == PauseKind.SUPPLEMENT && p.state() == PauseState.ACTIVE);
		if (asked) {
			throw DomainException.conflict("approval.supplement-open");
		}
		String department = sites.findDepartment(task.departmentId())
			.map(DepartmentSummary::name)
			.orElse(task.departmentName());
		long noticeId = lifecycle.requestSupplement(task.caseId(), department, items, reason);
		long id = pauses.insert(task.caseId(), PauseKind.SUPPLEMENT, null, reason, items, null, PauseState.ACTIVE,
				keeper.today(), task.id(), noticeId, me.id(), clock.instant());
		return pauses.ofCase(task.caseId()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	// --- the state machine

	record Held(Task task, CaseClock caseClock) {
	}

	/**
	 * The task the approver holds, with its case locked: visible (else 404), unchanged since the approver saw it (else
	 * 409), claimed by the approver (else 409/403), the case still in approval (else 409).
	 */
	private Held hold(long taskId, int version, Approver me) {
		Task seen = access.visibleTask(taskId, me);
		CaseClock caseClock = clocks.lock(seen.caseId()).orElseThrow();
		Task task = tasks.find(taskId).orElseThrow();
		requireVersion(task, version);
		task.requireHeldBy(me.id());
		requireOpen(caseClock);
		return new Held(task, caseClock);
	}

	private static void requireVersion(Task task, int version) {
		if (task.version() != version) {
			throw DomainException.conflict("approval.task-changed", task.id());
		}
	}

	private static void requireOpen(CaseClock caseClock) {
		if (!caseClock.open()) {
			throw DomainException.conflict("approval.case-closed", caseClock.caseNumber());
		}
	}

	/** A decision waits while the case's clock is paused by something else than the step itself. */
	private void requireClockRunning(Task task) {
		pauses.ofCase(task.caseId())
			.stream()
			.filter(p -> p.state() == PauseState.ACTIVE && (p.taskId() == null || p.taskId() != task.id()
					|| p.kind() == PauseKind.SUPPLEMENT))
			.findFirst()
			.ifPresent(p -> {
				throw DomainException.conflict("approval.case-paused", p.title());
			});
	}

	/**
	 * Starts the next bundle group when nothing runs: members after a refused or skipped one are skipped; members
	 * without back-office steps conclude at once; when every member concluded, the case concludes.
	 */
	void advance(CaseClock caseClock) {
		while (true) {
			List<Member> all = members.ofCase(caseClock.caseId());
			if (all.stream().anyMatch(m -> m.state() == MemberState.ACTIVE)) {
				return;
			}
			var waiting = all.stream().filter(m -> m.state() == MemberState.WAITING).toList();
			if (waiting.isEmpty()) {
				concludeCase(caseClock, all);
				return;
			}
			int group = waiting.stream().mapToInt(Member::groupNo).min().getAsInt();
			boolean blocked = all.stream()
				.anyMatch(m -> m.groupNo() < group && m.outcome() != null && m.outcome() != MemberOutcome.APPROVED);
			Instant now = clock.instant();
			for (Member member : waiting) {
				if (member.groupNo() != group) {
					continue;
				}
				if (blocked) {
					members.conclude(member.id(), MemberOutcome.SKIPPED, SKIPPED_OPINION, null, null, now);
				}
				else {
					start(caseClock, member);
				}
			}
		}
	}

	private void start(CaseClock caseClock, Member member) {
		members.start(member.id(), clock.instant());
		Situation situation = situation(caseClock, member);
		var first = new StepPlan(situation.steps()).first();
		if (first.isPresent()) {
			openTask(caseClock, member, situation, first.getAsInt());
			return;
		}
		// every step was the front desk's: decided at acceptance
		var snapshot = catalog.version(caseClock.catalogVersion());
		long departmentId = snapshot.item(member.itemCode())
			.flatMap(item -> sites.findDepartmentByCode(item.department()))
			.map(DepartmentSummary::id)
			.orElseThrow(() -> new IllegalStateException("no department for item " + member.itemCode()));
		approveMember(caseClock, members.find(member.id()).orElseThrow(), departmentId, "前台受理时已办结");
	}

	private Task openTask(CaseClock caseClock, Member member, Situation situation, int stepIndex) {
		var plan = new StepPlan(situation.steps());
		var step = plan.step(stepIndex);
		var site = TaskRouting.decidingSite(sites.ancestry(caseClock.siteId()), situation.decideLevels());
		var department = sites.findDepartmentByCode(step.department())
			.orElseThrow(() -> new IllegalStateException(
					"step " + step.name() + " of " + situation.code() + ": unknown department " + step.department()));
		Instant now = clock.instant();
		LocalDate today = keeper.today();
		var task = new Task(0, caseClock.caseId(), member.id(), site.id(), department.id(), department.code(),
				department.shortName() != null ? department.shortName() : department.name(), stepIndex, step.name(),
				step.days(), step.countsInLimit(), plan.isLast(stepIndex), TaskState.OPEN, null, null, null, now, today,
				keeper.stepDueDate(caseClock.caseId(), step.days()), null, null, null, null, 0);
		long id = tasks.insert(task);
		if (!step.countsInLimit()) {
			pauses.insert(caseClock.caseId(), PauseKind.SPECIAL_PROCEDURE, step.name(),
					"办理环节「" + step.name() + "」属于特别程序，不计入办理时限", List.of(),
					step.days() > 0 ? step.days() : null, PauseState.ACTIVE, today, id, null, now);
			Progress.record(lifecycle, caseClock.caseId(),
					"进入特别程序「" + step.name() + "」（" + task.departmentName() + "），期间不计入办理时限");
		}
		return tasks.find(id).orElseThrow();
	}

	/** Ends the special-procedure pause a not-counted step opened, when the step is decided. */
	private void endStepPauses(Task task) {
		if (task.countsInLimit()) {
			return;
		}
		var caseClock = clocks.find(task.caseId()).orElseThrow();
		boolean ended = false;
		for (ClockPause pause : pauses.ofCase(task.caseId())) {
			if (pause.taskId() != null && pause.taskId() == task.id() && pause.kind() == PauseKind.SPECIAL_PROCEDURE
					&& pause.state() == PauseState.ACTIVE) {
				pauses.end(pause.id(), PauseState.ENDED, keeper.today(), null, clock.instant());
				ended = true;
			}
		}
		if (ended) {
			keeper.refresh(caseClock, "特别程序「" + task.stepName() + "」结束");
		}
	}

	private void approveMember(CaseClock caseClock, Member member, long departmentId, String opinion) {
		CaseSummary summary = lifecycle.get(caseClock.caseId());
		String issuer = sites.findDepartment(departmentId).map(DepartmentSummary::code).orElseThrow();
		var issued = results.issue(summary, member.itemName(), issuer, keeper.today());
		members.conclude(member.id(), MemberOutcome.APPROVED, opinion, issued.type(), issued.licenseId(),
				clock.instant());
		Progress.record(lifecycle, caseClock.caseId(),
				"「" + member.situationName() + "」准予办理，出具《" + issued.type() + "》");
	}

	private void concludeCase(CaseClock caseClock, List<Member> all) {
		long approved = all.stream().filter(m -> m.outcome() == MemberOutcome.APPROVED).count();
		CaseOutcome outcome = approved == all.size() ? CaseOutcome.APPROVED
				: approved == 0 ? CaseOutcome.REFUSED : CaseOutcome.PARTIAL;
		String summary = all.stream()
			.sorted(Comparator.comparingInt(Member::groupNo).thenComparingLong(Member::id))
			.map(ApprovalService::memberSummary)
			.collect(Collectors.joining("；"));
		var licenseIds = new ArrayList<Long>();
		all.stream().map(Member::licenseId).filter(id -> id != null).forEach(licenseIds::add);
		closePauses(caseClock.caseId());
		clocks.close(caseClock.caseId(), CaseClock.State.CONCLUDED, outcome, clock.instant());
		lifecycle.conclude(caseClock.caseId(), outcome, Progress.fit(summary), licenseIds);
	}

	static String memberSummary(Member member) {
		return switch (member.outcome()) {
			case APPROVED -> member.situationName() + "：准予（" + member.resultType() + "）";
			case REFUSED -> member.situationName() + "：不予批准（" + member.opinion() + "）";
			case SKIPPED -> member.situationName() + "：未办理（前置事项未获批准）";
		};
	}

	/** Pauses still running or asked for when a case ends: they end with it. */
	private void closePauses(long caseId) {
		Instant now = clock.instant();
		for (ClockPause pause : pauses.ofCase(caseId)) {
			if (pause.state() == PauseState.ACTIVE) {
				pauses.end(pause.id(), PauseState.ENDED, keeper.today(), null, now);
			}
			else if (pause.state() == PauseState.REQUESTED) {
				pauses.end(pause.id(), PauseState.CANCELLED, null, null, now);
			}
		}
	}

	// --- helpers

	private Situation situation(CaseClock caseClock, Member member) {
		return catalog.situation(caseClock.catalogVersion(), member.situationCode())
			.orElseThrow(() -> new IllegalStateException("situation " + member.situationCode()
					+ " is not in catalog version " + caseClock.catalogVersion()));
	}

	private StepPlan plan(CaseClock caseClock, Member member) {
		return new StepPlan(situation(caseClock, member).steps());
	}

	private static int groupOf(Bundle bundle, String situationCode) {
		if (bundle == null) {
			return 1;
		}
		return bundle.members()
			.stream()
			.filter(m -> m.situation().equals(situationCode))
			.mapToInt(Bundle.Member::group)
			.findFirst()
			.orElse(1);
	}

	static String applicantDisplay(CaseSummary summary) {
		String name = summary.applicantName() == null ? "" : summary.applicantName();
		return summary.applicantKind() == ApplicantKind.PERSON && !name.isBlank() ? Masking.name(name) : name;
	}

	/** "市场监管局 材料审查 通过：材料齐全" */
	private static String line(Task task, String what, String opinion) {
		String text = task.departmentName() + " " + task.stepName() + " " + what;
		return opinion == null || opinion.isBlank() ? text : text + "：" + opinion.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
