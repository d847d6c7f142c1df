package org.onewindow.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.acceptance.ApplicantKind;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseSummary;
import org.onewindow.approval.internal.ApprovalAccess.Approver;
import org.onewindow.approval.internal.LegalClock.Light;
import org.onewindow.approval.internal.LegalClock.Reading;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.StepRole;
import org.onewindow.platform.DomainException;
import org.onewindow.shared.Masking;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.SiteScope;
import org.onewindow.site.SiteSummary;
import org.onewindow.staff.StaffManagement;
import org.onewindow.staff.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back office screens show: the department inbox with the lights, one task with its case, and the
 * 电子监察 overview of a site scope.
 */
@Component
@Transactional(readOnly = true)
public class ApprovalViews {

	/** The most tasks one inbox page lists. */
	static final int INBOX_LIMIT = 500;

	private final JdbcClient jdbc;
	private final CaseClockRepository clocks;
	private final PauseRepository pauses;
	private final MemberRepository members;
	private final TaskRepository tasks;
	private final ApprovalAccess access;
	private final ClockKeeper keeper;
	private final CatalogManagement catalog;
	private final SiteManagement sites;
	private final CaseLifecycle lifecycle;
	private final StaffManagement staff;

	ApprovalViews(JdbcClient jdbc, CaseClockRepository clocks, PauseRepository pauses, MemberRepository members,
			TaskRepository tasks, ApprovalAccess access, ClockKeeper keeper, CatalogManagement catalog,
			SiteManagement sites, CaseLifecycle lifecycle, StaffManagement staff) {
		this.staff = staff;
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.pauses = pauses;
		this.members = members;
		this.tasks = tasks;
		this.access = access;
		this.keeper = keeper;
		this.catalog = catalog;
		this.sites = sites;
		this.lifecycle = lifecycle;
	}

	// --- the clock as shown

	/**
	 * A case's clock: the promised limit (承诺时限) gives the light; the legal date is shown when the item has a legal
	 * limit ({@code dueLegalOn} is {@code null} and {@code legalDays} 0 without one, 无法定时限).
	 */
	public record ClockView(LocalDate acceptedOn, int promisedDays, LocalDate promisedOn, LocalDate duePromisedOn,
			int legalDays, LocalDate dueLegalOn, int daysUsed, int daysLeft, int daysOver, int pausedDays, Light light,
			String lightLabel, boolean paused, String pausedBy) {
	}

	ClockView clockView(CaseClock c, List<ClockPause> recorded) {
		Reading reading = keeper.read(c, recorded);
		String pausedBy = recorded.stream()
			.filter(p -> p.state() == PauseState.ACTIVE)
			.map(ClockPause::title)
			.distinct()
			.collect(Collectors.joining("、"));
		return new ClockView(c.acceptedOn(), c.promisedDays(), c.promisedOn(), reading.dueDate(), c.legalDays(),
				keeper.readLegal(c, recorded).map(Reading::dueDate).orElse(null), reading.daysUsed(),
				reading.daysLeft(), reading.daysOver(), reading.pausedDays(), reading.light(), reading.light().label(),
				reading.paused(), pausedBy.isEmpty() ? null : pausedBy);
	}

	// --- the inbox

	/** One line of an inbox. */
	public record TaskRow(long id, long caseId, String caseNumber, String title, String applicant,
			String situationName, String departmentName, String siteName, int stepIndex, int stepPosition, int stepCount,
			String stepName, boolean lastStep, TaskState state, String stateLabel, Long assigneeId, String assigneeName,
			boolean mine, Instant claimedAt, Instant openedAt, LocalDate stepDueOn, boolean stepOverdue,
			ClockView clock, int version) {
	}

	/**
	 * The approver's inbox: their department's tasks at the sites of their scope.
	 *
	 * @param state one state, or {@code null} for the tasks in hand (待签收 and 办理中)
	 * @param light only the tasks of cases with this light, or {@code null} for all
	 */
	public List<TaskRow> inbox(TaskState state, Light light, boolean mine) {
		Approver me = access.approver();
		String[] states = state == null ? new String[] { "OPEN", "CLAIMED" } : new String[] { state.name() };
		var found = jdbc.sql("select " + TaskRepository.COLUMNS + """
				 from apr_task t
				where t.department_id = :department and t.site_id = any(:sites) and t.state = any(:states)
				  and (:mine = false or t.assignee_id = :me)
				order by t.due_on, t.id
				limit :limit""")
			.param("department", me.departmentId())
			.param("sites", me.scope().asArray())
			.param("states", states)
			.param("mine", mine)
			.param("me", me.id())
			.param("limit", INBOX_LIMIT)
			.query(TaskRepository::map)
			.list();
		var rows = rows(found, me.id());
		return light == null ? rows : rows.stream().filter(row -> row.clock().light() == light).toList();
	}

	private List<TaskRow> rows(List<Task> found, long me) {
		var caseIds = found.stream().map(Task::caseId).collect(Collectors.toSet());
		Map<Long, CaseClock> cases = clocks.findAll(caseIds)
			.stream()
			.collect(Collectors.toMap(CaseClock::caseId, Function.identity()));
		Map<Long, List<ClockPause>> paused = pauses.ofCases(caseIds);
		Map<Long, Member> memberById = members.findAll(found.stream().map(Task::memberId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Member::id, Function.identity()));
		var clockViews = new HashMap<Long, ClockView>();
		var siteNames = new HashMap<Long, String>();
		LocalDate today = keeper.today();
		var rows = new ArrayList<TaskRow>();
		for (Task task : found) {
			CaseClock c = cases.get(task.caseId());
			Member member = memberById.get(task.memberId());
			ClockView clock = clockViews.computeIfAbsent(c.caseId(),
					id -> clockView(c, paused.getOrDefault(id, List.of())));
			var plan = catalog.situation(c.catalogVersion(), member.situationCode())
				.map(s -> new StepPlan(s.steps()))
				.orElse(new StepPlan(List.of()));
			String siteName = siteNames.computeIfAbsent(task.siteId(),
					id -> sites.findSite(id).map(SiteSummary::name).orElse(""));
			rows.add(new TaskRow(task.id(), c.caseId(), c.caseNumber(), c.title(), c.applicantDisplay(),
					member.situationName(), task.departmentName(), siteName, task.stepIndex(),
					plan.steps().isEmpty() ? 1 : plan.position(task.stepIndex()),
					Math.max(1, plan.backOfficeSteps().size()), task.stepName(), task.lastStep(), task.state(),
					task.state().label(), task.assigneeId(), task.assigneeName(),
					task.assigneeId() != null && task.assigneeId() == me, task.claimedAt(), task.openedAt(),
					task.dueOn(), task.state().inHand() && today.isAfter(task.dueOn()) && !clock.paused(), clock,
					task.version()));
		}
		return rows;
	}

	// --- one task

	public record CaseView(long id, String caseNumber, String title, String status, String statusLabel,
			String bundleCode, String applicantKind, String applicantName, String applicantId, String applicantPhone,
			String deliveryMethod, Instant acceptedAt, LocalDate promisedDate, LocalDate deficiencyDeadline) {
	}

	public record MemberView(long id, String situationCode, String situationName, String itemName, int groupNo,
			MemberState state, String stateLabel, MemberOutcome outcome, String outcomeLabel, String opinion,
			String resultType, Long licenseId) {
	}

	public record StepView(int index, String name, String departmentCode, int days, boolean countsInLimit,
			String progress) {
	}

	public record HistoryLine(long taskId, String situationName, String departmentName, String stepName,
			TaskState state, String stateLabel, String assigneeName, Instant openedAt, Instant decidedAt,
			Decision decision, String decisionLabel, String opinion) {
	}

	public record PauseView(long id, String kind, String kindLabel, String title, String procedureName, String reason,
			List<String> items, Integer expectedDays, PauseState state, String stateLabel, LocalDate startedOn,
			LocalDate endedOn, boolean byStep) {
	}

	public record TaskDetail(TaskRow task, CaseView caseInfo, List<StepView> steps, List<MemberView> members,
			List<HistoryLine> history, List<PauseView> pauses) {
	}

	public TaskDetail task(long taskId) {
		Approver me = access.approver();
		Task task = access.visibleTask(taskId, me);
		TaskRow row = rows(List.of(task), me.id()).get(0);
		CaseClock c = clocks.find(task.caseId()).orElseThrow();
		CaseSummary summary = lifecycle.get(task.caseId());
		var all = members.ofCase(task.caseId());
		var memberNames = all.stream().collect(Collectors.toMap(Member::id, Member::situationName));
		Member member = all.stream().filter(m -> m.id() == task.memberId()).findFirst().orElseThrow();
		var plan = catalog.situation(c.catalogVersion(), member.situationCode())
			.map(s -> new StepPlan(s.steps()))
			.orElse(new StepPlan(List.of()));
		var steps = new ArrayList<StepView>();
		for (int i = 0; i < plan.steps().size(); i++) {
			var step = plan.step(i);
			if (step.role() == StepRole.ACCEPTOR) {
				continue;
			}
			String progress = i < task.stepIndex() ? "DONE" : i == task.stepIndex() ? "CURRENT" : "TODO";
			steps.add(new StepView(i, step.name(), step.department(), step.days(), step.countsInLimit(), progress));
		}
		var history = tasks.ofCase(task.caseId())
			.stream()
			.map(t -> new HistoryLine(t.id(), memberNames.get(t.memberId()), t.departmentName(), t.stepName(),
					t.state(), t.state().label(), t.assigneeName(), t.openedAt(), t.decidedAt(), t.decision(),
					t.decision() == null ? null : t.decision().label(), t.opinion()))
			.toList();
		return new TaskDetail(row, caseView(summary), steps, all.stream().map(ApprovalViews::memberView).toList(),
				history, pauses.ofCase(task.caseId()).stream().map(ApprovalViews::pauseView).toList());
	}

	static CaseView caseView(CaseSummary s) {
		boolean person = s.applicantKind() == ApplicantKind.PERSON;
		String id = s.applicantId() == null ? null : person ? Masking.middle(s.applicantId(), 6, 4) : s.applicantId();
		String phone = s.applicantPhone() == null ? null : Masking.middle(s.applicantPhone(), 3, 4);
		return new CaseView(s.id(), s.caseNumber(), s.title(), s.status().name(), s.status().label(), s.bundleCode(),
				s.applicantKind() == null ? null : s.applicantKind().label(), ApprovalService.applicantDisplay(s), id,
				phone, s.delivery() == null || s.delivery().method() == null ? null : s.delivery().method().label(),
				s.acceptedAt(), s.promisedDate(), s.deficiencyDeadline());
	}

	static MemberView memberView(Member m) {
		return new MemberView(m.id(), m.situationCode(), m.situationName(), m.itemName(), m.groupNo(), m.state(),
				m.state().label(), m.outcome(), m.outcome() == null ? null : m.outcome().label(), m.opinion(),
				m.resultType(), m.licenseId());
	}

	public static PauseView pauseView(ClockPause p) {
		return new PauseView(p.id(), p.kind().name(), p.kind().label(), p.title(), p.procedureName(), p.reason(),
				p.items(), p.expectedDays(), p.state(), p.state().label(), p.startedOn(), p.endedOn(), p.taskId() != null
						&& p.kind() == LegalClock.PauseKind.SPECIAL_PROCEDURE);
	}

	/** The pauses of a case, for whoever may see the case (an approver holding it, a supervisor of its scope). */
	public List<PauseView> pausesOf(long caseId) {
		var overseer = access.overseer();
		boolean visible;
		if (overseer != null) {
			visible = clocks.find(caseId).filter(c -> access.caseInScope(c, overseer.scope())).isPresent();
		}
		else {
			visible = access.holdsCase(caseId, access.approver());
		}
		if (!visible) {
			throw DomainException.notFound("approval.case-not-found", caseId);
		}
		return pauses.ofCase(caseId).stream().map(ApprovalViews::pauseView).toList();
	}

	// --- 电子监察

	public record Counts(int total, int green, int yellow, int red, int paused) {
	}

	public record CaseAlert(long caseId, String caseNumber, String title, String siteName, Light light,
			String lightLabel, int limitDays, int daysUsed, int daysLeft, int daysOver, LocalDate dueOn, boolean paused,
			String pausedBy, List<String> heldBy) {
	}

	public record DepartmentLoad(long departmentId, String departmentName, int tasks, int open, int claimed,
			int green, int yellow, int red, int paused, int stepsOverdue) {
	}

	/** A suspension (挂起) waiting for a supervisor's or site administrator's approval. */
	public record SuspensionRequest(long pauseId, long caseId, String caseNumber, String title, String reason,
			String requestedBy, Instant requestedAt, boolean own) {
	}

	public record Monitor(long siteId, String siteName, LocalDate today, Counts counts, List<CaseAlert> alerts,
			List<DepartmentLoad> departments, List<SuspensionRequest> suspensionRequests) {
	}

	/**
	 * The lights of every case in approval that concerns the site's scope, the yellow and red ones listed worst
	 * first, and the load of each department holding their tasks.
	 *
	 * @param siteId a site of the caller's scope, or {@code null} for the caller's own site
	 */
	public Monitor monitor(Long siteId) {
		var overseer = access.overseer();
		if (overseer == null) {
			throw DomainException.forbidden("auth.forbidden");
		}
		long root = siteId == null ? overseer.scope().rootSiteId() : siteId;
		if (!overseer.scope().includes(root)) {
			throw DomainException.notFound("approval.site-not-found", root);
		}
		SiteScope scope = sites.scopeOf(root);
		String siteName = sites.getSite(root).name();
		var open = clocks.openInScope(scope.asArray());
		var caseIds = open.stream().map(CaseClock::caseId).collect(Collectors.toSet());
		Map<Long, List<ClockPause>> paused = pauses.ofCases(caseIds);
		var views = new LinkedHashMap<Long, ClockView>();
		open.forEach(c -> views.put(c.caseId(), clockView(c, paused.getOrDefault(c.caseId(), List.of()))));
		var inHand = tasksInHand(caseIds);
		var holders = inHand.stream()
			.collect(Collectors.groupingBy(Task::caseId,
					Collectors.mapping(t -> t.departmentName() + " " + t.stepName(), Collectors.toList())));
		var siteNames = new HashMap<Long, String>();
		int green = 0;
		int yellow = 0;
		int red = 0;
		int pausedCount = 0;
		var alerts = new ArrayList<CaseAlert>();
		for (CaseClock c : open) {
			ClockView v = views.get(c.caseId());
			switch (v.light()) {
				case GREEN -> green++;
				case YELLOW -> yellow++;
				case RED -> red++;
			}
			if (v.paused()) {
				pausedCount++;
			}
			if (v.light() != Light.GREEN) {
				alerts.add(new CaseAlert(c.caseId(), c.caseNumber(), c.title(),
						siteNames.computeIfAbsent(c.siteId(), id -> sites.findSite(id).map(SiteSummary::name).orElse("")),
						v.light(), v.lightLabel(), c.promisedDays(), v.daysUsed(), v.daysLeft(), v.daysOver(),
						v.duePromisedOn(), v.paused(), v.pausedBy(), holders.getOrDefault(c.caseId(), List.of())));
			}
		}
		alerts.sort(Comparator.comparing((CaseAlert a) -> -a.light().ordinal())
			.thenComparing(CaseAlert::daysOver, Comparator.reverseOrder())
			.thenComparing(CaseAlert::daysLeft)
			.thenComparing(CaseAlert::caseNumber));
		var requests = new ArrayList<SuspensionRequest>();
		for (CaseClock c : open) {
			for (ClockPause p : paused.getOrDefault(c.caseId(), List.of())) {
				if (p.kind() == LegalClock.PauseKind.SUSPENSION && p.state() == PauseState.REQUESTED) {
					String by = p.requestedBy() == null ? ""
							: staff.find(p.requestedBy()).map(StaffSummary::displayName).orElse("");
					requests.add(new SuspensionRequest(p.id(), c.caseId(), c.caseNumber(), c.title(), p.reason(), by,
							p.requestedAt(), p.requestedBy() != null && p.requestedBy() == overseer.id()));
				}
			}
		}
		return new Monitor(root, siteName, keeper.today(), new Counts(open.size(), green, yellow, red, pausedCount),
				alerts, departmentLoads(inHand, views, scope.siteIds()), requests);
	}

	private List<Task> tasksInHand(Set<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + TaskRepository.COLUMNS
				+ " from apr_task t where t.case_id = any(:ids) and t.state in ('OPEN', 'CLAIMED')")
			.param("ids", caseIds.toArray(Long[]::new))
			.query(TaskRepository::map)
			.list();
	}

	private List<DepartmentLoad> departmentLoads(List<Task> inHand, Map<Long, ClockView> views, Set<Long> scope) {
		LocalDate today = keeper.today();
		var byDepartment = inHand.stream()
			.filter(t -> scope.contains(t.siteId()))
			.collect(Collectors.groupingBy(Task::departmentId, LinkedHashMap::new, Collectors.toList()));
		var loads = new ArrayList<DepartmentLoad>();
		byDepartment.forEach((departmentId, list) -> {
			int[] lights = new int[3];
			int pausedCount = 0;
			int stepsOverdue = 0;
			for (Task t : list) {
				ClockView v = views.get(t.caseId());
				lights[v.light().ordinal()]++;
				if (v.paused()) {
					pausedCount++;
				}
				else if (today.isAfter(t.dueOn())) {
					stepsOverdue++;
				}
			}
			int open = (int) list.stream().filter(t -> t.state() == TaskState.OPEN).count();
			loads.add(new DepartmentLoad(departmentId, list.get(0).departmentName(), list.size(), open,
					list.size() - open, lights[0], lights[1], lights[2], pausedCount, stepsOverdue));
		});
		loads.sort(Comparator.comparingInt(DepartmentLoad::red)
			.thenComparingInt(DepartmentLoad::yellow)
			.reversed()
			.thenComparing(DepartmentLoad::departmentName));
		return loads;
	}
}
