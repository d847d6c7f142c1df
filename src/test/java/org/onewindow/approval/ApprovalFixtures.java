package org.onewindow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.Bundle;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.CatalogSnapshot;
import org.onewindow.catalog.Situation;
import org.onewindow.catalog.StepRole;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;

import tools.jackson.databind.JsonNode;

/**
 * The back office's test kit: situations and bundles of the demo handbook picked by what a test needs, staff of a
 * department at a site, and waiting for the back office to hear of a case; the front desk's steps on a case over HTTP
 * are the shared {@link Cases}.
 */
public final class ApprovalFixtures {

	public static final Duration EVENTS = Duration.ofSeconds(20);

	private final CatalogManagement catalog;
	private final SiteManagement sites;
	private final StaffSetup staff;
	private final int port;

	public ApprovalFixtures(CatalogManagement catalog, SiteManagement sites, StaffSetup staff, int port) {
		this.catalog = catalog;
		this.sites = sites;
		this.staff = staff;
		this.port = port;
	}

	public CatalogSnapshot handbook() {
		return catalog.published().orElseThrow();
	}

	public long countyId() {
		return sites.activeSites().stream().filter(s -> s.level() == SiteLevel.COUNTY).findFirst().orElseThrow().id();
	}

	public long departmentId(String code) {
		return sites.findDepartmentByCode(code).orElseThrow().id();
	}

	// --- staff

	/** A new account of the roles at the site (password demo1234), logged in. */
	public HallClient staffAt(long siteId, String departmentCode, Role... roles) {
		String username = "a" + UUID.randomUUID().toString().substring(0, 8);
		staff.account(username, "测试" + roles[0].label(), HallClient.DEMO_PASSWORD, siteId,
				departmentCode == null ? null : departmentId(departmentCode), EnumSet.of(roles[0], roles), List.of());
		return HallClient.loggedIn(port, username);
	}

	public HallClient approverAt(long siteId, String departmentCode) {
		return staffAt(siteId, departmentCode, Role.APPROVER);
	}

	// --- the handbook

	public Situation situation(Predicate<Situation> wanted) {
		return Cases.situation(catalog, wanted);
	}

	public static List<org.onewindow.catalog.ApprovalStep> backOffice(Situation s) {
		return s.steps().stream().filter(step -> step.role() != StepRole.ACCEPTOR).toList();
	}

	/**
	 * A 承诺件 a person applies for at a town sub-center, decided at the county by one department in exactly two
	 * back-office steps.
	 */
	public Situation twoStepsDecidedAtCounty() {
		return situation(s -> s.mode() == AcceptanceMode.PROMISED && s.acceptLevels().contains(SiteLevel.TOWN)
				&& s.decideLevels().equals(java.util.Set.of(SiteLevel.COUNTY)) && Cases.personal(s)
				&& backOffice(s).size() == 2
				&& backOffice(s).stream().map(step -> step.department()).distinct().count() == 1);
	}

	/** A 承诺件 a person applies for at a town sub-center and the town decides, promised in so many days. */
	public Situation decidedAtTown(int promisedDays) {
		return situation(s -> s.mode() == AcceptanceMode.PROMISED && s.acceptLevels().contains(SiteLevel.TOWN)
				&& s.decideLevels().contains(SiteLevel.TOWN) && Cases.personal(s) && backOffice(s).size() >= 2
				&& s.promisedDays() == promisedDays
				&& backOffice(s).stream().map(step -> step.department()).distinct().count() == 1);
	}

	/** A 承诺件 accepted at a town, with a non-key required material (容缺 possible), decided by one department. */
	public Situation deficiencyAtTown() {
		return situation(s -> s.mode() == AcceptanceMode.PROMISED && s.acceptLevels().contains(SiteLevel.TOWN)
				&& Cases.personal(s) && backOffice(s).size() >= 2 && s.promisedDays() >= 5
				&& backOffice(s).stream().map(step -> step.department()).distinct().count() == 1
				&& s.materials().stream().anyMatch(m -> m.required() && !m.key())
				&& s.materials().stream().anyMatch(m -> m.required() && m.key()));
	}

	/**
	 * A bundle a person can apply for at the county whose members all go to the back office in one group, in at
	 * least {@code departments} different departments: they run in parallel.
	 */
	public Bundle parallelBundle(int departments) {
		var handbook = handbook();
		return handbook.content().bundles().stream().filter(b -> {
			var members = b.members().stream().map(m -> handbook.situation(m.situation()).orElseThrow()).toList();
			return b.members().stream().mapToInt(Bundle.Member::group).distinct().count() == 1
					&& members.stream()
						.allMatch(s -> s.mode() == AcceptanceMode.PROMISED && !backOffice(s).isEmpty()
								&& Cases.personal(s) && s.acceptLevels().contains(SiteLevel.COUNTY)
								&& s.decideLevels().contains(SiteLevel.COUNTY))
					&& members.stream().map(s -> backOffice(s).get(0).department()).distinct().count() >= departments;
		}).findFirst().orElseThrow(() -> new IllegalStateException("the demo handbook has no such bundle"));
	}

	public List<Situation> members(Bundle bundle) {
		return bundle.members().stream().map(m -> handbook().situation(m.situation()).orElseThrow()).toList();
	}

	// --- the back office

	/** The approver's inbox lines of a case. */
	public static List<JsonNode> tasksOf(HallClient approver, long caseId, String query) {
		var inbox = approver.get("/api/approval/tasks" + (query == null ? "" : "?" + query));
		assertThat(inbox.status()).as(inbox.text()).isEqualTo(200);
		var lines = new ArrayList<JsonNode>();
		StreamSupport.stream(inbox.body().spliterator(), false)
			.filter(row -> row.get("caseId").asLong() == caseId)
			.forEach(lines::add);
		return lines;
	}

	/** Waits until the approver's inbox holds exactly one task of the case in hand; answers it. */
	public static JsonNode awaitTask(HallClient approver, long caseId) {
		var found = new JsonNode[1];
		await().atMost(EVENTS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			var lines = tasksOf(approver, caseId, null);
			assertThat(lines).hasSize(1);
			found[0] = lines.get(0);
		});
		return found[0];
	}

	/** Claims and approves the task in hand; answers the task after the approval. */
	public static JsonNode claimAndApprove(HallClient approver, JsonNode task, String opinion) {
		long id = task.get("id").asLong();
		var claimed = approver.post("/api/approval/tasks/" + id + "/claim", Map.of("version", task.get("version").asInt()));
		assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
		var approved = approver.post("/api/approval/tasks/" + id + "/approve",
				Map.of("version", claimed.body().get("task").get("version").asInt(), "opinion", opinion));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		return approved.body().get("task");
	}

	/** Waits until the approver's inbox holds the task in hand of one member's step; answers it. */
	public static JsonNode awaitStep(HallClient approver, long caseId, String situationName, String stepName) {
		var found = new JsonNode[1];
		await().atMost(EVENTS).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			var lines = tasksOf(approver, caseId, null).stream()
				.filter(t -> t.get("situationName").asString().equals(situationName)
						&& t.get("stepName").asString().equals(stepName))
				.toList();
			assertThat(lines).hasSize(1);
			found[0] = lines.get(0);
		});
		return found[0];
	}

	/** The approvers of every department a member's steps go through, one per department, at the site. */
	public Map<String, HallClient> approversFor(long siteId, List<Situation> situations) {
		var byDepartment = new java.util.LinkedHashMap<String, HallClient>();
		situations.stream()
			.flatMap(s -> backOffice(s).stream())
			.map(step -> step.department())
			.distinct()
			.forEach(code -> byDepartment.put(code, approverAt(siteId, code)));
		return byDepartment;
	}

	/** Approves every back-office step of a member, each in the inbox of the step's department. */
	public static void approveMember(Map<String, HallClient> approvers, long caseId, Situation member) {
		for (var step : backOffice(member)) {
			var approver = approvers.get(step.department());
			claimAndApprove(approver, awaitStep(approver, caseId, member.name(), step.name()), "同意");
		}
	}
}
