package org.onewindow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.approval.ApprovalFixtures.EVENTS;
import static org.onewindow.approval.ApprovalFixtures.approveMember;
import static org.onewindow.approval.ApprovalFixtures.awaitStep;
import static org.onewindow.approval.ApprovalFixtures.awaitTask;
import static org.onewindow.approval.ApprovalFixtures.backOffice;
import static org.onewindow.approval.ApprovalFixtures.claimAndApprove;
import static org.onewindow.approval.ApprovalFixtures.tasksOf;
import static org.onewindow.support.Cases.acceptedCase;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.CaseAccepted;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.acceptance.CaseTerminated;
import org.onewindow.approval.internal.ApprovalService;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The back office over HTTP, from a case accepted at the front desk to its conclusion: the department inbox scoped
 * to department and site, the steps as the handbook defines them, a bundle's departments in parallel, and the
 * refusals (someone else's task, another department's or site's task, two browsers at once) that change nothing
 * and are audited.
 */
@HallIntegrationTest
class ApprovalIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	SiteManagement sites;

	@Autowired
	StaffSetup staff;

	@Autowired
	CaseLifecycle lifecycle;

	@Autowired
	ApprovalService approvals;

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

	private String departmentOf(Situation situation) {
		return backOffice(situation).get(0).department();
	}

	private String otherDepartment(String code) {
		return code.equals("RSJ") ? "SCJG" : "RSJ";
	}

	private int auditEntries(String path, int status) {
		return jdbc.sql("select count(*) from pf_audit_log where path = :path and status = :status")
			.param("path", path)
			.param("status", status)
			.query(Integer.class)
			.single();
	}

	private JsonNode caseView(long caseId) {
		return caseView(clerk, caseId);
	}

	private static JsonNode caseView(HallClient clerk, long caseId) {
		var kase = clerk.get("/api/cases/" + caseId);
		assertThat(kase.status()).as(kase.text()).isEqualTo(200);
		return kase.body();
	}

	@Test
	void aCaseAcceptedAtATownGoesToTheCountyDepartmentAndIsDecidedInTwoSteps() {
		var situation = fixtures.twoStepsDecidedAtCounty();
		String department = departmentOf(situation);
		long county = fixtures.countyId();
		var approver = fixtures.approverAt(county, department);
		var otherDepartment = fixtures.approverAt(county, otherDepartment(department));

		long caseId = acceptedCase(clerk, situation.code(), null);

		var first = awaitTask(approver, caseId);
		assertThat(first.get("state").asString()).isEqualTo("OPEN");
		assertThat(first.get("stepPosition").asInt()).isEqualTo(1);
		assertThat(first.get("stepCount").asInt()).isEqualTo(2);
		assertThat(first.get("stepName").asString()).isEqualTo(backOffice(situation).get(0).name());
		assertThat(first.get("applicant").asString()).as("masked").isEqualTo("张**");
		assertThat(first.get("clock").get("light").asString()).isEqualTo("GREEN");
		assertThat(first.get("clock").get("lightLabel").asString()).isEqualTo("绿灯");
		assertThat(first.get("siteName").asString()).isEqualTo(sites.getSite(county).name());
		assertThat(tasksOf(otherDepartment, caseId, null)).as("another department's inbox").isEmpty();

		var detail = approver.get("/api/approval/tasks/" + first.get("id").asLong());
		assertThat(detail.status()).as(detail.text()).isEqualTo(200);
		assertThat(detail.body().get("caseInfo").get("caseNumber").asString()).isNotBlank();
		assertThat(detail.body().get("caseInfo").get("applicantId").asString()).doesNotContain("19900307");
		assertThat(detail.body().get("steps").size()).isEqualTo(2);

		var afterFirst = claimAndApprove(approver, first, "材料齐全");
		assertThat(afterFirst.get("state").asString()).isEqualTo("DONE");
		var second = awaitTask(approver, caseId);
		assertThat(second.get("stepPosition").asInt()).isEqualTo(2);
		assertThat(second.get("lastStep").asBoolean()).isTrue();
		assertThat(lifecycle.get(caseId).status()).isEqualTo(CaseStatus.IN_APPROVAL);

		claimAndApprove(approver, second, "准予");
		assertThat(tasksOf(approver, caseId, null)).isEmpty();
		assertThat(tasksOf(approver, caseId, "state=DONE")).hasSize(2);
		var concluded = caseView(caseId);
		assertThat(concluded.get("status").get("code").asString()).isEqualTo("CONCLUDED");
		assertThat(concluded.get("outcome").get("code").asString()).isEqualTo("APPROVED");
		assertThat(concluded.get("licenseIds").size()).isEqualTo(1);
		long licenseId = concluded.get("licenseIds").get(0).asLong();
		var license = jdbc.sql("select type, holder_id, issuer from lic_license where id = :id")
			.param("id", licenseId)
			.query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
		String itemName = fixtures.handbook().item(situation.itemCode()).orElseThrow().name();
		assertThat(license.get(0)).startsWith(itemName);
		assertThat(license.get(1)).isEqualTo(Cases.PERSON_ID);
		assertThat(license.get(2)).isEqualTo(department);
		assertThat(concluded.get("timeline").valueStream().map(e -> e.get("text").asString()).toList())
			.anyMatch(text -> text.contains(backOffice(situation).get(0).name() + " 通过：材料齐全"))
			.anyMatch(text -> text.contains("准予办理"));
	}

	@Test
	void anotherDepartmentsOrSitesTaskIsNotFoundAndNothingChanges() {
		var situation = fixtures.twoStepsDecidedAtCounty();
		String department = departmentOf(situation);
		var approver = fixtures.approverAt(fixtures.countyId(), department);
		long caseId = acceptedCase(clerk, situation.code(), null);
		var task = awaitTask(approver, caseId);
		long id = task.get("id").asLong();

		var otherHall = halls.create(List.of(List.of("A")));
		var otherSite = fixtures.approverAt(otherHall.siteId(), department);
		var otherDepartment = fixtures.approverAt(fixtures.countyId(), otherDepartment(department));
		assertThat(tasksOf(otherSite, caseId, null)).as("a town approver does not see the county's tasks").isEmpty();
		for (var outsider : List.of(otherSite, otherDepartment)) {
			var seen = outsider.get("/api/approval/tasks/" + id);
			assertThat(seen.status()).isEqualTo(404);
			assertThat(seen.code()).isEqualTo("approval.task-not-found");
			var claim = outsider.post("/api/approval/tasks/" + id + "/claim", Map.of("version", 0));
			assertThat(claim.status()).isEqualTo(404);
			assertThat(claim.detail()).contains(String.valueOf(id));
		}
		assertThat(auditEntries("/api/approval/tasks/" + id + "/claim", 404)).isEqualTo(2);
		var unchanged = awaitTask(approver, caseId);
		assertThat(unchanged.get("state").asString()).isEqualTo("OPEN");
		assertThat(unchanged.get("version").asInt()).isEqualTo(task.get("version").asInt());

		var clerkCalls = clerk.get("/api/approval/tasks");
		assertThat(clerkCalls.status()).as("a front-desk clerk has no inbox").isEqualTo(403);
	}

	@Test
	void twoBrowsersApprovingAtOnceOneWinsTheOtherIsToldToRefresh() throws Exception {
		var situation = fixtures.twoStepsDecidedAtCounty();
		String department = departmentOf(situation);
		long county = fixtures.countyId();
		var approver = fixtures.approverAt(county, department);
		long caseId = acceptedCase(clerk, situation.code(), null);
		var task = awaitTask(approver, caseId);
		long id = task.get("id").asLong();
		String path = "/api/approval/tasks/" + id;

		var notClaimed = approver.post(path + "/approve", Map.of("version", task.get("version").asInt()));
		assertThat(notClaimed.status()).isEqualTo(409);
		assertThat(notClaimed.code()).isEqualTo("approval.task-not-claimed");

		var claimed = approver.post(path + "/claim", Map.of("version", task.get("version").asInt())).body();
		int version = claimed.get("task").get("version").asInt();
		assertThat(claimed.get("task").get("mine").asBoolean()).isTrue();

		var colleague = fixtures.approverAt(county, department);
		var notYours = colleague.post(path + "/approve", Map.of("version", version));
		assertThat(notYours.status()).isEqualTo(403);
		assertThat(notYours.code()).isEqualTo("approval.task-not-yours");
		var claimTaken = colleague.post(path + "/claim", Map.of("version", version));
		assertThat(claimTaken.status()).isEqualTo(409);
		assertThat(claimTaken.code()).isEqualTo("approval.task-claimed");

		var firstStepReturn = approver.post(path + "/return", Map.of("version", version, "opinion", "退回"));
		assertThat(firstStepReturn.status()).isEqualTo(422);
		assertThat(firstStepReturn.code()).isEqualTo("approval.return-not-allowed");
		var noReason = approver.post(path + "/reject", Map.of("version", version, "opinion", " "));
		assertThat(noReason.status()).isEqualTo(400);
		var stale = approver.post(path + "/approve", Map.of("version", version - 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("approval.task-changed");
		assertThat(stale.body().get("title").asString()).isEqualTo("已被他人处理，请刷新");

		// the same approver in a second browser: both send the version they saw
		var secondBrowser = new HallClient(port);
		String username = jdbc.sql("select username from sf_account where id = (select assignee_id from apr_task where id = :id)")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(secondBrowser.login(username, HallClient.DEMO_PASSWORD).status()).isEqualTo(200);
		var one = CompletableFuture.supplyAsync(() -> approver.post(path + "/approve", Map.of("version", version)));
		var two = CompletableFuture.supplyAsync(() -> secondBrowser.post(path + "/approve", Map.of("version", version)));
		var statuses = List.of(one.get().status(), two.get().status());
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		var loser = one.get().status() == 409 ? one.get() : two.get();
		assertThat(loser.code()).isIn("approval.task-changed", "approval.task-closed");

		// one approval only: exactly one next step, no second one
		var next = awaitTask(approver, caseId);
		assertThat(next.get("stepPosition").asInt()).isEqualTo(2);
		assertThat(tasksOf(approver, caseId, "state=DONE")).hasSize(1);
		assertThat(auditEntries(path + "/approve", 409)).isGreaterThanOrEqualTo(3);
		assertThat(auditEntries(path + "/approve", 403)).isEqualTo(1);
		assertThat(auditEntries(path + "/reject", 400)).isEqualTo(1);
	}

	@Test
	void aStepReturnedGoesBackToThePreviousStep() {
		var situation = fixtures.twoStepsDecidedAtCounty();
		var approver = fixtures.approverAt(fixtures.countyId(), departmentOf(situation));
		long caseId = acceptedCase(clerk, situation.code(), null);
		claimAndApprove(approver, awaitTask(approver, caseId), "初审通过");
		var second = awaitTask(approver, caseId);
		long id = second.get("id").asLong();
		var claimed = approver.post("/api/approval/tasks/" + id + "/claim", Map.of("version", second.get("version").asInt()));
		int version = claimed.body().get("task").get("version").asInt();

		var noOpinion = approver.post("/api/approval/tasks/" + id + "/return", Map.of("version", version));
		assertThat(noOpinion.status()).isEqualTo(400);
		var returned = approver.post("/api/approval/tasks/" + id + "/return",
				Map.of("version", version, "opinion", "经营场所面积与申请不符，请重新审查"));
		assertThat(returned.status()).as(returned.text()).isEqualTo(200);
		assertThat(returned.body().get("task").get("state").asString()).isEqualTo("RETURNED");

		var again = awaitTask(approver, caseId);
		assertThat(again.get("stepPosition").asInt()).isEqualTo(1);
		assertThat(again.get("state").asString()).isEqualTo("OPEN");
		var history = approver.get("/api/approval/tasks/" + again.get("id").asLong()).body().get("history");
		assertThat(history.size()).isEqualTo(3);
		assertThat(history.get(1).get("decision").asString()).isEqualTo("RETURN");
		assertThat(history.get(1).get("opinion").asString()).contains("面积");
	}

	@Test
	void aBundleGoesToItsDepartmentsInParallelAndConcludesWhenAllDid() {
		var bundle = fixtures.parallelBundle(2);
		var members = fixtures.members(bundle);
		long county = fixtures.countyId();
		var countyClerk = fixtures.staffAt(county, null, Role.ACCEPTOR);
		var approvers = fixtures.approversFor(county, members);

		long caseId = acceptedCase(countyClerk, null, bundle.code());

		// every member's first step is in its department's inbox at once
		for (var member : members) {
			var first = backOffice(member).get(0);
			var task = awaitStep(approvers.get(first.department()), caseId, member.name(), first.name());
			assertThat(task.get("stepPosition").asInt()).isEqualTo(1);
			assertThat(task.get("title").asString()).isEqualTo(bundle.name());
		}
		for (int i = 0; i < members.size() - 1; i++) {
			approveMember(approvers, caseId, members.get(i));
		}
		assertThat(lifecycle.get(caseId).status()).as("one member still in approval").isEqualTo(CaseStatus.IN_APPROVAL);
		approveMember(approvers, caseId, members.get(members.size() - 1));

		var concluded = caseView(countyClerk, caseId);
		assertThat(concluded.get("status").get("code").asString()).isEqualTo("CONCLUDED");
		assertThat(concluded.get("outcome").get("code").asString()).isEqualTo("APPROVED");
		var licences = new HashSet<Long>();
		concluded.get("licenseIds").forEach(l -> licences.add(l.asLong()));
		long distinctItems = members.stream().map(s -> s.itemCode()).distinct().count();
		assertThat(licences).hasSize((int) distinctItems);
		for (var member : members) {
			assertThat(concluded.get("outcomeSummary").asString()).contains(member.name() + "：准予");
		}
	}

	@Test
	void aBundleWithOneRefusalConcludesPartiallyReportedPerMember() {
		var bundle = fixtures.parallelBundle(2);
		var members = fixtures.members(bundle);
		long county = fixtures.countyId();
		var countyClerk = fixtures.staffAt(county, null, Role.ACCEPTOR);
		var approvers = fixtures.approversFor(county, members);
		long caseId = acceptedCase(countyClerk, null, bundle.code());

		var refusedMember = members.get(0);
		var firstStep = backOffice(refusedMember).get(0);
		var approver = approvers.get(firstStep.department());
		var refused = awaitStep(approver, caseId, refusedMember.name(), firstStep.name());
		long id = refused.get("id").asLong();
		var claimed = approver.post("/api/approval/tasks/" + id + "/claim",
				Map.of("version", refused.get("version").asInt()));
		var rejected = approver.post("/api/approval/tasks/" + id + "/reject",
				Map.of("version", claimed.body().get("task").get("version").asInt(), "opinion", "申请条件不符合"));
		assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
		assertThat(lifecycle.get(caseId).status()).isEqualTo(CaseStatus.IN_APPROVAL);
		for (int i = 1; i < members.size(); i++) {
			approveMember(approvers, caseId, members.get(i));
		}

		assertThat(lifecycle.get(caseId).status()).isEqualTo(CaseStatus.CONCLUDED);
		var view = caseView(countyClerk, caseId);
		assertThat(view.get("outcome").get("code").asString()).isEqualTo(CaseOutcome.PARTIAL.name());
		assertThat(view.get("outcomeSummary").asString()).contains(refusedMember.name() + "：不予批准（申请条件不符合）")
			.contains(members.get(1).name() + "：准予");
		assertThat(view.get("licenseIds").size()).isPositive();
	}

	@Test
	void theSameAcceptanceHeardTwiceCreatesNothingNewAndATerminatedCaseCancelsItsTasks() {
		var situation = fixtures.twoStepsDecidedAtCounty();
		var approver = fixtures.approverAt(fixtures.countyId(), departmentOf(situation));
		long caseId = acceptedCase(clerk, situation.code(), null);
		var task = awaitTask(approver, caseId);
		var summary = lifecycle.get(caseId);
		var clock = jdbc.sql("select accepted_on, promised_days, promised_on, legal_days, legal_on from apr_clock where case_id = :id")
			.param("id", caseId)
			.query((rs, i) -> new CaseAccepted(caseId, summary.caseNumber(), summary.siteId(), summary.catalogVersion(),
					summary.situationCodes(), summary.bundleCode(), summary.acceptedAt(),
					rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getObject(3, LocalDate.class),
					rs.getInt(4), rs.getObject(5, LocalDate.class)))
			.single();

		approvals.accepted(clock);
		assertThat(jdbc.sql("select count(*) from apr_task where case_id = :id").param("id", caseId).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from apr_member where case_id = :id").param("id", caseId).query(Integer.class).single())
			.isEqualTo(1);

		var terminated = new CaseTerminated(caseId, "申请人撤回申请", Instant.now());
		approvals.terminated(terminated);
		approvals.terminated(terminated);
		assertThat(tasksOf(approver, caseId, null)).isEmpty();
		var cancelled = tasksOf(approver, caseId, "state=CANCELLED");
		assertThat(cancelled).hasSize(1);
		assertThat(cancelled.get(0).get("id").asLong()).isEqualTo(task.get("id").asLong());
		var late = approver.post("/api/approval/tasks/" + task.get("id").asLong() + "/claim",
				Map.of("version", cancelled.get(0).get("version").asInt()));
		assertThat(late.status()).isEqualTo(409);
	}

	@Test
	void theInboxFiltersByLightAndState() {
		var situation = fixtures.twoStepsDecidedAtCounty();
		var approver = fixtures.approverAt(fixtures.countyId(), departmentOf(situation));
		long caseId = acceptedCase(clerk, situation.code(), null);
		awaitTask(approver, caseId);
		assertThat(tasksOf(approver, caseId, "light=GREEN")).hasSize(1);
		assertThat(tasksOf(approver, caseId, "light=RED")).isEmpty();
		assertThat(tasksOf(approver, caseId, "state=CLAIMED")).isEmpty();
		assertThat(tasksOf(approver, caseId, "mine=true")).isEmpty();
		var bad = approver.get("/api/approval/tasks?light=PURPLE");
		assertThat(bad.status()).isEqualTo(400);
		await().atMost(EVENTS).pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(tasksOf(approver, caseId, "state=OPEN")).hasSize(1));
	}
}
