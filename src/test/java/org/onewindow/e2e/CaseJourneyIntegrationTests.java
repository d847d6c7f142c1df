package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.approval.ApprovalFixtures.approveMember;
import static org.onewindow.approval.ApprovalFixtures.awaitStep;
import static org.onewindow.approval.ApprovalFixtures.backOffice;
import static org.onewindow.approval.ApprovalFixtures.claimAndApprove;
import static org.onewindow.delivery.DeliveryFixtures.deliveryOf;
import static org.onewindow.support.Cases.accept;
import static org.onewindow.support.Cases.provide;
import static org.onewindow.support.Cases.provideRequired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.approval.ApprovalFixtures;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.delivery.DeliveryFixtures;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.WorkingCalendar;
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
 * 受办分离 from end to end, only through the HTTP API the screens use: the kiosk ticket called to a counter becomes
 * a case; it is accepted with a non-key material owed (容缺), the material is brought, two back-office steps decide
 * it, the licence is mailed and signed for, and the citizen follows it all on the progress page. Also the 即办 path
 * and a 一件事 whose departments work in parallel, each to the delivery counter.
 */
@HallIntegrationTest
class CaseJourneyIntegrationTests {

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
	WorkingCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	ApprovalFixtures approval;

	TestHall hall;

	HallClient clerk;

	@BeforeEach
	void newHall() {
		approval = new ApprovalFixtures(catalog, sites, staff, port);
		hall = halls.create(List.of(List.of("A", "B")));
		clerk = HallClient.loggedIn(port, hall.clerks().get(0));
	}

	private JsonNode caseOf(long caseId) {
		var kase = clerk.get("/api/cases/" + caseId);
		assertThat(kase.status()).as(kase.text()).isEqualTo(200);
		return kase.body();
	}

	private static String status(JsonNode kase) {
		return kase.get("status").get("code").asString();
	}

	private List<String> outbox(String phone) {
		return jdbc.sql("select text from pf_sms_outbox where phone = :phone order by id")
			.param("phone", phone)
			.query(String.class)
			.list();
	}

	@Test
	void aTicketBecomesACaseAcceptedWithAMaterialOwedDecidedInTwoStepsMailedAndSignedFor() {
		var situation = approval.deficiencyAtTown();
		var owed = situation.materials().stream().filter(m -> m.required() && !m.key()).findFirst().orElseThrow();
		long decidingSite = situation.decideLevels().contains(SiteLevel.TOWN) ? hall.siteId() : approval.countyId();
		var approvers = approval.approversFor(decidingSite, List.of(situation));
		String phone = "139" + String.format("%08d", hall.siteId() % 100_000_000);

		// the kiosk issues a ticket carrying the situation the guide found; the counter calls it
		var kiosk = hall.kiosk(port);
		var ticket = kiosk.post("/api/queue/sites/" + hall.siteId() + "/tickets",
				Map.of("category", "A", "situationCodes", List.of(situation.code()), "phone", phone));
		assertThat(ticket.status()).as(ticket.text()).isEqualTo(201);
		long counterId = hall.counterIds().get(0);
		assertThat(clerk.put("/api/queue/counters/" + counterId + "/state", Map.of("state", "OPEN")).status())
			.isEqualTo(200);
		var called = clerk.post("/api/queue/counters/" + counterId + "/calls", Map.of());
		assertThat(called.status()).as(called.text()).isEqualTo(201);

		// the case, opened from the ticket, the situation pre-selected; mailing chosen
		var opened = clerk.post("/api/cases", Map.of("ticketId", called.body().get("id").asLong(), "applicant",
				Map.of("kind", "PERSON", "name", "王秀英", "idNumber", Cases.PERSON_ID)));
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		var kase = opened.body();
		long caseId = kase.get("id").asLong();
		assertThat(kase.get("situations").get(0).get("code").asString()).isEqualTo(situation.code());
		var mail = clerk.put("/api/cases/" + caseId + "/delivery", Map.of("version", kase.get("version").asInt(),
				"method", "MAIL", "recipient", "王秀英", "phone", phone, "address", "青山县城关镇人民路1号"));
		assertThat(mail.status()).as(mail.text()).isEqualTo(200);

		// 容缺受理: everything but one non-key material, with a signed pledge and a deadline
		kase = provideRequired(clerk, mail.body(), List.of(owed.name()));
		var refused = clerk.post("/api/cases/" + caseId + "/accept", Map.of("version", kase.get("version").asInt()));
		assertThat(refused.status()).as("without the material and without a pledge").isEqualTo(422);
		assertThat(status(caseOf(caseId))).isEqualTo("DRAFT");
		LocalDate today = LocalDate.now(clock);
		var accepted = accept(clerk, caseOf(caseId), Map.of("pledgeText", "本人承诺在期限内补齐" + owed.name(), "signer",
				"王秀英", "deadline", calendar.addWorkingDays(today, 3).toString()));
		assertThat(accepted.get("promisedDate").asString())
			.isEqualTo(calendar.addWorkingDays(today, situation.promisedDays()).toString());
		String caseNumber = accepted.get("caseNumber").asString();

		// the back office: the first step at once; the last waits for the owed material
		var steps = backOffice(situation);
		assertThat(steps).hasSizeGreaterThanOrEqualTo(2);
		for (int i = 0; i < steps.size() - 1; i++) {
			var approver = approvers.get(steps.get(i).department());
			claimAndApprove(approver, awaitStep(approver, caseId, situation.name(), steps.get(i).name()), "材料齐全，同意");
		}
		var lastStep = steps.get(steps.size() - 1);
		var approver = approvers.get(lastStep.department());
		var last = awaitStep(approver, caseId, situation.name(), lastStep.name());
		long taskId = last.get("id").asLong();
		var claimed = approver.post("/api/approval/tasks/" + taskId + "/claim",
				Map.of("version", last.get("version").asInt()));
		int version = claimed.body().get("task").get("version").asInt();
		var early = approver.post("/api/approval/tasks/" + taskId + "/approve", Map.of("version", version));
		assertThat(early.status()).isEqualTo(422);
		assertThat(status(caseOf(caseId))).isEqualTo("IN_APPROVAL");

		// the applicant brings the owed material to the front desk
		var current = caseOf(caseId);
		int line = current.get("materials")
			.valueStream()
			.filter(m -> m.get("name").asString().equals(owed.name()))
			.findFirst()
			.orElseThrow()
			.get("line")
			.asInt();
		provide(clerk, current, line);
		var approved = approver.post("/api/approval/tasks/" + taskId + "/approve",
				Map.of("version", version, "opinion", "准予"));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		var concluded = caseOf(caseId);
		assertThat(status(concluded)).isEqualTo("CONCLUDED");
		assertThat(concluded.get("licenseIds").size()).isEqualTo(1);

		// the delivery counter mails the licence and archives the signed receipt
		var delivery = deliveryOf(clerk, concluded);
		assertThat(delivery.get("state").asString()).isEqualTo("TO_BE_MAILED");
		long deliveryId = delivery.get("id").asLong();
		var mailed = clerk.post("/api/deliveries/" + deliveryId + "/mail", Map.of("version",
				delivery.get("version").asInt(), "carrier", "SF", "trackingNumber", "SF1234567890123"));
		assertThat(mailed.status()).as(mailed.text()).isEqualTo(200);
		assertThat(mailed.body().get("state").asString()).isEqualTo("MAILED");
		var signed = clerk.post("/api/deliveries/" + deliveryId + "/signed",
				Map.of("version", mailed.body().get("version").asInt(), "signedOn", today.toString(), "signerName",
						"王秀英"));
		assertThat(signed.status()).as(signed.text()).isEqualTo(200);
		assertThat(signed.body().get("state").asString()).isEqualTo("SIGNED");
		var delivered = caseOf(caseId);
		assertThat(status(delivered)).isEqualTo("DELIVERED");

		// every stage is in the timeline, the citizen was told by text message and can follow it without an account
		assertThat(delivered.get("timeline").valueStream().map(e -> e.get("kind").asString()).toList())
			.contains("OPENED", "ACCEPTED", "DEFICIENCY_CLEARED", "CONCLUDED", "DELIVERED");
		assertThat(outbox(phone)).anyMatch(text -> text.contains(caseNumber) && text.contains("SF1234567890123"));
		var progress = new HallClient(port)
			.get("/api/public/progress?caseNumber=" + caseNumber + "&phoneLast4=" + phone.substring(7));
		assertThat(progress.status()).as(progress.text()).isEqualTo(200);
		assertThat(progress.text()).contains("已送达").doesNotContain(Cases.PERSON_ID).doesNotContain(phone);
	}

	@Test
	void anInstantCaseIsConcludedOnTheSpotAndPickedUpAtTheDeliveryCounter() {
		var fixtures = new DeliveryFixtures(catalog);
		var concluded = fixtures.concludedInstantly(clerk, null, null);
		long caseId = concluded.get("id").asLong();
		assertThat(concluded.get("licenseIds").size()).as("the e-licence issued on the spot").isEqualTo(1);

		var delivery = deliveryOf(clerk, concluded);
		assertThat(delivery.get("state").asString()).isEqualTo("READY_FOR_PICKUP");
		var wrongPerson = clerk.post("/api/deliveries/" + delivery.get("id").asLong() + "/pickup", Map.of("version",
				delivery.get("version").asInt(), "idNumber", "110101195003070013", "signatureName", "张三"));
		assertThat(wrongPerson.status()).isEqualTo(422);
		var picked = clerk.post("/api/deliveries/" + delivery.get("id").asLong() + "/pickup", Map.of("version",
				delivery.get("version").asInt(), "idNumber", DeliveryFixtures.APPLICANT_ID, "signatureName", "张三"));
		assertThat(picked.status()).as(picked.text()).isEqualTo(200);
		assertThat(status(caseOf(caseId))).isEqualTo("DELIVERED");
		assertThat(jdbc.sql("select count(*) from apr_task where case_id = :id").param("id", caseId).query(Long.class)
			.single()).as("an instant case never reaches the back office").isZero();
	}

	@Test
	void aBundleGoesToTwoDepartmentsInParallelAndIsDeliveredOnceAllConcluded() {
		var bundle = approval.parallelBundle(2);
		var members = approval.members(bundle);
		var county = approval.staffAt(approval.countyId(), null, Role.ACCEPTOR, Role.DELIVERY);
		var approvers = approval.approversFor(approval.countyId(), members);

		var body = new HashMap<String, Object>();
		body.put("bundleCode", bundle.code());
		body.put("applicant", Cases.person("赵建国"));
		var opened = county.post("/api/cases", body);
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		var kase = provideRequired(county, opened.body(), List.of());
		long caseId = accept(county, kase, null).get("id").asLong();

		// every member's first step is in its department's inbox at once
		for (var member : members) {
			var first = backOffice(member).get(0);
			var approver = approvers.get(first.department());
			assertThat(awaitStep(approver, caseId, member.name(), first.name()).get("state").asString())
				.isEqualTo("OPEN");
		}
		approveMember(approvers, caseId, members.get(0));
		assertThat(status(county.get("/api/cases/" + caseId).body())).as("one member is not the whole bundle")
			.isEqualTo("IN_APPROVAL");
		for (var member : members.subList(1, members.size())) {
			approveMember(approvers, caseId, member);
		}
		var concluded = county.get("/api/cases/" + caseId).body();
		assertThat(status(concluded)).isEqualTo("CONCLUDED");
		assertThat(concluded.get("outcome").get("code").asString()).isEqualTo("APPROVED");
		assertThat(concluded.get("licenseIds").size()).isEqualTo(members.size());

		var delivery = deliveryOf(county, concluded);
		assertThat(delivery.get("items").size()).as("every member's licence handed over together")
			.isEqualTo(members.size());
		var picked = county.post("/api/deliveries/" + delivery.get("id").asLong() + "/pickup", Map.of("version",
				delivery.get("version").asInt(), "idNumber", Cases.PERSON_ID, "signatureName", "赵建国"));
		assertThat(picked.status()).as(picked.text()).isEqualTo(200);
		assertThat(status(county.get("/api/cases/" + caseId).body())).isEqualTo("DELIVERED");
	}
}
