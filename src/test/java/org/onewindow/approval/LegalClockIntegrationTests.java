package org.onewindow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.approval.ApprovalFixtures.EVENTS;
import static org.onewindow.approval.ApprovalFixtures.awaitStep;
import static org.onewindow.approval.ApprovalFixtures.backOffice;
import static org.onewindow.approval.ApprovalFixtures.claimAndApprove;
import static org.onewindow.approval.ApprovalFixtures.tasksOf;
import static org.onewindow.support.Cases.accept;
import static org.onewindow.support.Cases.acceptedCase;
import static org.onewindow.support.Cases.open;
import static org.onewindow.support.Cases.provide;
import static org.onewindow.support.Cases.provideRequired;
import static org.onewindow.support.Cases.supplemented;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.CaseAccepted;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseSupplemented;
import org.onewindow.acceptance.CaseTerminated;
import org.onewindow.acceptance.internal.DeficiencyDeadlines;
import org.onewindow.approval.internal.ApprovalService;
import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The legal clock of real cases on real 2026 dates (the application's clock pinned): repeated 补正 never turn a case
 * red on their own, a 挂起 stops the clock only once approved, a 特别程序 moves the promised date, a 容缺 case is not
 * decided before the owed material arrives, and 电子监察 sees the lights.
 */
@HallIntegrationTest
class LegalClockIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	TestClock clock;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	SiteManagement sites;

	@Autowired
	StaffSetup staff;

	@Autowired
	CaseLifecycle lifecycle;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	ApprovalService approvals;

	@Autowired
	DeficiencyDeadlines deadlines;

	@Autowired
	JdbcClient jdbc;

	ApprovalFixtures fixtures;

	TestHall hall;

	HallClient clerk;

	@BeforeEach
	void newHall() {
		fixtures = new ApprovalFixtures(catalog, sites, staff, port);
		hall = halls.create(List.of(List.of("A")));
		clerk = HallClient.loggedIn(port, hall.clerks().get(0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private void at(int month, int day, int hour) {
		clock.pin(ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, HALL));
	}

	private static LocalDate day(int month, int day) {
		return LocalDate.of(2026, month, day);
	}

	/** A case accepted on Monday 2 November 2026 at the test hall, decided there; its first task claimed. */
	private record Claimed(long caseId, long taskId, int version, HallClient approver, Situation situation) {
	}

	private Claimed acceptedOnTheSecondOfNovember() {
		var situation = fixtures.decidedAtTown(10);
		var approver = fixtures.approverAt(hall.siteId(), backOffice(situation).get(0).department());
		at(11, 2, 9);
		long caseId = acceptedCase(clerk, situation.code(), null);
		var task = awaitStep(approver, caseId, situation.name(), backOffice(situation).get(0).name());
		assertThat(task.get("clock").get("duePromisedOn").asString()).isEqualTo("2026-11-16");
		long id = task.get("id").asLong();
		var claimed = approver.post("/api/approval/tasks/" + id + "/claim", Map.of("version", task.get("version").asInt()));
		assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
		return new Claimed(caseId, id, claimed.body().get("task").get("version").asInt(), approver, situation);
	}

	private JsonNode clockOf(Claimed c) {
		var task = c.approver().get("/api/approval/tasks/" + c.taskId());
		assertThat(task.status()).as(task.text()).isEqualTo(200);
		return task.body().get("task").get("clock");
	}

	private void awaitNoPauseRunning(Claimed c) {
		await().atMost(EVENTS)
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(clockOf(c).get("paused").asBoolean()).isFalse());
	}

	@Test
	void repeatedSupplementsOnRealDatesNeverTurnTheCaseRedOnTheirOwn() {
		var c = acceptedOnTheSecondOfNovember();
		int[][] rounds = { { 4, 9 }, { 11, 13 }, { 17, 20 } };
		for (int[] round : rounds) {
			at(11, round[0], 10);
			var asked = askForSupplement(c, "经营场所证明", "场所证明已过期");
			assertThat(asked.body().get("state").asString()).isEqualTo("ACTIVE");
			assertThat(lifecycle.get(c.caseId()).status()).isEqualTo(CaseStatus.APPROVAL_SUPPLEMENT);
			var paused = clockOf(c);
			assertThat(paused.get("paused").asBoolean()).isTrue();
			assertThat(paused.get("pausedBy").asString()).isEqualTo("补正");
			var twice = c.approver().post("/api/approval/tasks/" + c.taskId() + "/request-supplement",
					Map.of("version", c.version(), "items", List.of("x"), "reason", "y"));
			assertThat(twice.status()).isEqualTo(409);
			var decideNow = c.approver().post("/api/approval/tasks/" + c.taskId() + "/reject",
					Map.of("version", c.version(), "opinion", "逾期未补正"));
			assertThat(decideNow.status()).as("no decision while waiting for the applicant").isEqualTo(409);
			assertThat(decideNow.code()).isEqualTo("approval.case-paused");

			at(11, round[1], 15);
			supplemented(clerk, c.caseId());
			awaitNoPauseRunning(c);
		}

		// 5, 6, 9 + 12, 13 + 18, 19, 20 November: eight working days off the clock
		at(11, 25, 10);
		var reading = clockOf(c);
		assertThat(reading.get("pausedDays").asInt()).isEqualTo(8);
		assertThat(reading.get("daysUsed").asInt()).isEqualTo(9);
		assertThat(reading.get("daysLeft").asInt()).isEqualTo(1);
		assertThat(reading.get("duePromisedOn").asString()).isEqualTo("2026-11-26");
		assertThat(reading.get("light").asString()).as("two thirds used, not overdue").isEqualTo("YELLOW");
		assertThat(lifecycle.get(c.caseId()).promisedDate()).as("the applicant is told the moved date")
			.isEqualTo(day(11, 26));
		assertThat(tasksOf(c.approver(), c.caseId(), "light=RED")).isEmpty();

		var admin = fixtures.staffAt(hall.siteId(), null, Role.SITE_ADMIN);
		var monitor = admin.get("/api/approval/monitor");
		assertThat(monitor.status()).as(monitor.text()).isEqualTo(200);
		assertThat(monitor.body().get("counts").get("yellow").asInt()).isEqualTo(1);
		assertThat(monitor.body().get("counts").get("red").asInt()).isZero();
		assertThat(monitor.body().get("alerts").get(0).get("caseId").asLong()).isEqualTo(c.caseId());

		at(11, 27, 10);
		assertThat(clockOf(c).get("light").asString()).as("one working day past the moved date").isEqualTo("RED");
		var red = admin.get("/api/approval/monitor").body();
		assertThat(red.get("counts").get("red").asInt()).isEqualTo(1);
		assertThat(red.get("alerts").get(0).get("daysOver").asInt()).isEqualTo(1);
		assertThat(red.get("departments").get(0).get("red").asInt()).isEqualTo(1);
	}

	@Test
	void aSuspensionStopsTheClockOnlyOnceASupervisorApprovedIt() {
		var c = acceptedOnTheSecondOfNovember();
		at(11, 3, 10);
		var asked = c.approver().post("/api/approval/cases/" + c.caseId() + "/suspensions", Map.of("reason", "涉及权属纠纷，等待法院裁定"));
		assertThat(asked.status()).as(asked.text()).isEqualTo(201);
		assertThat(asked.body().get("state").asString()).isEqualTo("REQUESTED");
		long pauseId = asked.body().get("id").asLong();
		var own = c.approver().post("/api/approval/cases/" + c.caseId() + "/suspensions/" + pauseId + "/approve", Map.of());
		assertThat(own.status()).as("an approver cannot approve a suspension").isEqualTo(403);

		// a week later, not approved yet: the clock ran (3, 4, 5, 6, 9, 10 November)
		at(11, 10, 10);
		var running = clockOf(c);
		assertThat(running.get("paused").asBoolean()).isFalse();
		assertThat(running.get("daysUsed").asInt()).isEqualTo(6);
		assertThat(running.get("pausedDays").asInt()).isZero();

		var elsewhere = fixtures.staffAt(halls.create(List.of(List.of("A"))).siteId(), null, Role.SUPERVISOR);
		var foreign = elsewhere.post("/api/approval/cases/" + c.caseId() + "/suspensions/" + pauseId + "/approve", Map.of());
		assertThat(foreign.status()).isEqualTo(404);
		var supervisor = fixtures.staffAt(hall.siteId(), null, Role.SUPERVISOR);
		var monitor = supervisor.get("/api/approval/monitor").body();
		assertThat(monitor.get("suspensionRequests").get(0).get("pauseId").asLong()).isEqualTo(pauseId);
		var approved = supervisor.post("/api/approval/cases/" + c.caseId() + "/suspensions/" + pauseId + "/approve", Map.of());
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(approved.body().get("startedOn").asString()).isEqualTo("2026-11-10");

		at(11, 13, 10);
		var stopped = clockOf(c);
		assertThat(stopped.get("paused").asBoolean()).isTrue();
		assertThat(stopped.get("pausedBy").asString()).isEqualTo("挂起");
		assertThat(stopped.get("daysUsed").asInt()).isEqualTo(6);

		var resumed = c.approver().post("/api/approval/cases/" + c.caseId() + "/suspensions/" + pauseId + "/resume", Map.of());
		assertThat(resumed.status()).as(resumed.text()).isEqualTo(200);
		// 11, 12 and 13 November off the clock: due Thursday 19 instead of Monday 16
		assertThat(clockOf(c).get("duePromisedOn").asString()).isEqualTo("2026-11-19");
		assertThat(lifecycle.get(c.caseId()).promisedDate()).isEqualTo(day(11, 19));
		var again = c.approver().post("/api/approval/cases/" + c.caseId() + "/suspensions/" + pauseId + "/resume", Map.of());
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void aSpecialProcedureMovesThePromisedDateAndHoldsTheDecision() {
		var c = acceptedOnTheSecondOfNovember();
		at(11, 3, 10);
		var bad = c.approver().post("/api/approval/cases/" + c.caseId() + "/special-procedures",
				Map.of("procedure", "喝茶", "reason", "x", "expectedDays", 3));
		assertThat(bad.status()).isEqualTo(400);
		var started = c.approver().post("/api/approval/cases/" + c.caseId() + "/special-procedures",
				Map.of("procedure", "专家评审", "reason", "技术方案须经专家论证", "expectedDays", 3));
		assertThat(started.status()).as(started.text()).isEqualTo(201);
		long pauseId = started.body().get("id").asLong();
		assertThat(started.body().get("title").asString()).isEqualTo("特别程序（专家评审）");

		var outsider = fixtures.approverAt(fixtures.countyId(), backOffice(c.situation()).get(0).department().equals("RSJ") ? "SCJG" : "RSJ");
		var foreign = outsider.post("/api/approval/cases/" + c.caseId() + "/special-procedures/" + pauseId + "/end", Map.of());
		assertThat(foreign.status()).isEqualTo(404);

		at(11, 6, 16);
		var ended = c.approver().post("/api/approval/cases/" + c.caseId() + "/special-procedures/" + pauseId + "/end", Map.of());
		assertThat(ended.status()).as(ended.text()).isEqualTo(200);
		assertThat(ended.body().get("endedOn").asString()).isEqualTo("2026-11-06");
		// 4, 5 and 6 November off the clock
		assertThat(clockOf(c).get("duePromisedOn").asString()).isEqualTo("2026-11-19");
		assertThat(lifecycle.get(c.caseId()).promisedDate()).isEqualTo(day(11, 19));
		var timeline = clerk.get("/api/cases/" + c.caseId()).body().get("timeline");
		assertThat(timeline.valueStream().map(e -> e.get("text").asString()).toList())
			.anyMatch(text -> text.contains("专家评审"))
			.anyMatch(text -> text.contains("顺延至2026年11月19日"));
	}

	@Test
	void aDeficiencyCaseIsNotApprovedBeforeTheOwedMaterialArrives() {
		var situation = fixtures.deficiencyAtTown();
		var owed = situation.materials().stream().filter(m -> m.required() && !m.key()).findFirst().orElseThrow();
		long decidingSite = situation.decideLevels().contains(SiteLevel.TOWN) ? hall.siteId() : fixtures.countyId();
		var approvers = fixtures.approversFor(decidingSite, List.of(situation));
		LocalDate today = LocalDate.now(clock);
		var kase = provideRequired(clerk, open(clerk, situation.code(), null, "张三丰"), List.of(owed.name()));
		var accepted = accept(clerk, kase,
				Map.of("pledgeText", "本人承诺在期限内补齐" + owed.name(), "signer", "张三丰", "deadline",
						calendar.addWorkingDays(today, 2).toString()));
		long caseId = accepted.get("id").asLong();
		assertThat(lifecycle.get(caseId).deficiencyOpen()).isTrue();

		var steps = backOffice(situation);
		for (int i = 0; i < steps.size() - 1; i++) {
			var approver = approvers.get(steps.get(i).department());
			claimAndApprove(approver, awaitStep(approver, caseId, situation.name(), steps.get(i).name()), "同意");
		}
		var lastStep = steps.get(steps.size() - 1);
		var approver = approvers.get(lastStep.department());
		var last = awaitStep(approver, caseId, situation.name(), lastStep.name());
		long id = last.get("id").asLong();
		var claimed = approver.post("/api/approval/tasks/" + id + "/claim", Map.of("version", last.get("version").asInt()));
		int version = claimed.body().get("task").get("version").asInt();
		var early = approver.post("/api/approval/tasks/" + id + "/approve", Map.of("version", version));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.code()).isEqualTo("approval.deficiency-open");
		assertThat(lifecycle.get(caseId).status()).isEqualTo(CaseStatus.IN_APPROVAL);

		var current = clerk.get("/api/cases/" + caseId).body();
		int line = current.get("materials")
			.valueStream()
			.filter(m -> m.get("name").asString().equals(owed.name()))
			.findFirst()
			.orElseThrow()
			.get("line")
			.asInt();
		provide(clerk, current, line);
		assertThat(lifecycle.get(caseId).deficiencyOpen()).isFalse();

		var approved = approver.post("/api/approval/tasks/" + id + "/approve", Map.of("version", version));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(lifecycle.get(caseId).status()).isEqualTo(CaseStatus.CONCLUDED);
	}

	@Test
	void electronicSupervisionIsForSupervisorsOfTheScope() {
		var approver = fixtures.approverAt(hall.siteId(), "RSJ");
		assertThat(approver.get("/api/approval/monitor").status()).isEqualTo(403);
		var otherAdmin = fixtures.staffAt(halls.create(List.of(List.of("A"))).siteId(), null, Role.SITE_ADMIN);
		var foreign = otherAdmin.get("/api/approval/monitor?siteId=" + hall.siteId());
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.code()).isEqualTo("approval.site-not-found");
		var own = fixtures.staffAt(hall.siteId(), null, Role.SUPERVISOR).get("/api/approval/monitor");
		assertThat(own.status()).as(own.text()).isEqualTo(200);
		assertThat(own.body().get("siteId").asLong()).isEqualTo(hall.siteId());
		assertThat(own.body().get("counts").get("total").asInt()).isZero();
	}

	@Test
	void aSupplementHandedOverAgainAfterTheNextWasAskedLeavesThatOneRunning() {
		// the listener called directly, as the registry may hand an event over again (after a crash, on another node)
		var c = acceptedOnTheSecondOfNovember();
		at(11, 4, 10);
		askForSupplement(c, "经营场所证明", "场所证明已过期");
		at(11, 9, 15);
		supplemented(clerk, c.caseId());
		awaitNoPauseRunning(c);
		var first = new CaseSupplemented(c.caseId(), clock.instant(), latestNotice(c.caseId()));

		at(11, 11, 10);
		askForSupplement(c, "身份证明", "身份证明不清晰");
		approvals.supplemented(first);
		approvals.supplemented(first);
		// handed over again by a node whose clock runs a day ahead: the notice, not the clock, decides
		approvals.supplemented(new CaseSupplemented(c.caseId(), clock.instant().plus(Duration.ofDays(1)),
				first.noticeId()));
		var reading = clockOf(c);
		assertThat(reading.get("paused").asBoolean()).as("the second 补正 still waits for the applicant").isTrue();
		assertThat(reading.get("pausedBy").asString()).isEqualTo("补正");
		assertThat(lifecycle.get(c.caseId()).status()).isEqualTo(CaseStatus.APPROVAL_SUPPLEMENT);

		at(11, 13, 15);
		supplemented(clerk, c.caseId());
		awaitNoPauseRunning(c);
	}

	@Test
	void aSupplementRecordedOnANodeWhoseClockIsBehindStillEndsItsPause() {
		var c = acceptedOnTheSecondOfNovember();
		at(11, 4, 10);
		askForSupplement(c, "经营场所证明", "场所证明已过期");
		// the clerk's node stamps the supplement an hour before the approver's node stamped the request
		approvals.supplemented(new CaseSupplemented(c.caseId(), clock.instant().minus(Duration.ofHours(1)),
				latestNotice(c.caseId())));
		assertThat(clockOf(c).get("paused").asBoolean()).as("the pause of the notice answered ended").isFalse();
	}

	/** The approver holding the task asks for one item (补正); the pause as answered. */
	@Test
	void aCaseWithoutALegalTimeLimitHasNoLegalDateAndIsTimedByItsPromisedDateOnly() {
		var handbook = fixtures.handbook();
		// like 高龄津贴: the law sets no time limit (legalDays 0), the handbook promises 10 working days
		var situation = fixtures.situation(s -> s.mode() == AcceptanceMode.PROMISED
				&& s.acceptLevels().contains(SiteLevel.TOWN) && s.decideLevels().contains(SiteLevel.TOWN)
				&& Cases.personal(s) && s.promisedDays() == 10 && !backOffice(s).isEmpty()
				&& backOffice(s).stream().map(step -> step.department()).distinct().count() == 1
				&& handbook.item(s.itemCode()).orElseThrow().legalDays() == 0);
		var approver = fixtures.approverAt(hall.siteId(), backOffice(situation).get(0).department());
		at(11, 2, 9);
		long caseId = acceptedCase(clerk, situation.code(), null);

		var kase = clerk.get("/api/cases/" + caseId).body();
		assertThat(kase.get("legalDays").asInt()).isZero();
		assertThat(kase.get("promisedDate").asString()).isEqualTo("2026-11-16");
		assertThat(kase.get("legalDate").isNull()).as("无法定时限: no legal date, not the day of acceptance").isTrue();
		var notice = clerk.get("/api/cases/" + caseId + "/documents/acceptance-notice");
		assertThat(notice.status()).as(notice.text()).isEqualTo(200);
		assertThat(notice.body().get("promisedDate").asString()).isEqualTo("2026-11-16");
		assertThat(notice.body().get("legalDate").isNull()).isTrue();

		var task = awaitStep(approver, caseId, situation.name(), backOffice(situation).get(0).name());
		var accepted = task.get("clock");
		assertThat(accepted.get("legalDays").asInt()).isZero();
		assertThat(accepted.get("dueLegalOn").isNull()).isTrue();
		assertThat(accepted.get("duePromisedOn").asString()).isEqualTo("2026-11-16");
		assertThat(accepted.get("light").asString()).isEqualTo("GREEN");
		var claimed = approver.post("/api/approval/tasks/" + task.get("id").asLong() + "/claim",
				Map.of("version", task.get("version").asInt()));
		assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
		var c = new Claimed(caseId, task.get("id").asLong(), claimed.body().get("task").get("version").asInt(),
				approver, situation);

		// a 补正 from Wednesday 4 to Monday 9 November moves the promised date by three working days, no legal date
		at(11, 4, 10);
		askForSupplement(c, "身份证明", "复印件不清晰");
		at(11, 9, 15);
		supplemented(clerk, caseId);
		awaitNoPauseRunning(c);
		at(11, 10, 10);
		var resumed = clockOf(c);
		assertThat(resumed.get("duePromisedOn").asString()).isEqualTo("2026-11-19");
		assertThat(resumed.get("dueLegalOn").isNull()).isTrue();
		assertThat(resumed.get("light").asString()).as("timed by the promised date only").isEqualTo("GREEN");
		assertThat(lifecycle.get(caseId).promisedDate()).isEqualTo(day(11, 19));
		assertThat(jdbc.sql("select count(*) from apr_clock where case_id = :id and legal_on is null and due_legal_on is null")
			.param("id", caseId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private HallClient.Response askForSupplement(Claimed c, String item, String reason) {
		var asked = c.approver().post("/api/approval/tasks/" + c.taskId() + "/request-supplement",
				Map.of("version", c.version(), "items", List.of(item), "reason", reason));
		assertThat(asked.status()).as(asked.text()).isEqualTo(201);
		return asked;
	}

	private Long latestNotice(long caseId) {
		return jdbc.sql("select max(id) from acc_notice where case_id = :id and kind = 'APPROVAL_SUPPLEMENT'")
			.param("id", caseId)
			.query(Long.class)
			.single();
	}

	@Test
	void aCaseTerminatedBeforeTheBackOfficeHeardOfItsAcceptanceGetsNoTask() {
		var situation = fixtures.deficiencyAtTown();
		var owed = situation.materials().stream().filter(m -> m.required() && !m.key()).findFirst().orElseThrow();
		at(11, 2, 9);
		LocalDate deadline = calendar.addWorkingDays(day(11, 2), 2);
		var kase = provideRequired(clerk, open(clerk, situation.code(), null, "张三丰"), List.of(owed.name()));
		long caseId = accept(clerk, kase, Map.of("pledgeText", "本人承诺在期限内补齐" + owed.name(), "signer", "张三丰",
				"deadline", deadline.toString()))
			.get("id")
			.asLong();
		await().atMost(EVENTS).pollInterval(Duration.ofMillis(100)).until(() -> count("apr_clock", caseId) == 1);
		// the acceptance as it was published; then the back office forgets it, as if CaseAccepted were still
		// outstanding when the termination's event is handed over (both republished at once after a crash)
		var summary = lifecycle.get(caseId);
		var acceptance = jdbc.sql("""
				select accepted_on, promised_days, promised_on, legal_days, legal_on from apr_clock where case_id = :id""")
			.param("id", caseId)
			.query((rs, i) -> new CaseAccepted(caseId, summary.caseNumber(), summary.siteId(),
					summary.catalogVersion(), summary.situationCodes(), summary.bundleCode(), summary.acceptedAt(),
					rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
					rs.getObject(5, LocalDate.class)))
			.single();
		for (String table : List.of("apr_task", "apr_pause", "apr_member", "apr_clock")) {
			jdbc.sql("delete from " + table + " where case_id = :id").param("id", caseId).update();
		}

		clock.pin(ZonedDateTime.of(deadline.plusDays(1), LocalTime.of(0, 5), HALL));
		deadlines.run();
		assertThat(lifecycle.get(caseId).status()).isEqualTo(CaseStatus.TERMINATED);
		await().atMost(EVENTS).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where event_type like '%.CaseTerminated' and serialized_event like :case and completion_date is not null""")
			.param("case", "%\"caseId\":" + caseId + ",%")
			.query(Integer.class)
			.single() == 1);
		approvals.terminated(new CaseTerminated(caseId, "容缺受理的材料逾期未补齐", clock.instant()));
		approvals.accepted(acceptance);
		approvals.accepted(acceptance);

		assertThat(jdbc.sql("select state from apr_clock where case_id = :id").param("id", caseId).query(String.class).single())
			.isEqualTo("TERMINATED");
		assertThat(count("apr_task", caseId)).as("no task for a terminated case").isZero();
		assertThat(jdbc.sql("select distinct state from apr_member where case_id = :id")
			.param("id", caseId)
			.query(String.class)
			.list()).containsExactly("CANCELLED");
	}

	private int count(String table, long caseId) {
		return jdbc.sql("select count(*) from " + table + " where case_id = :id")
			.param("id", caseId)
			.query(Integer.class)
			.single();
	}
}
