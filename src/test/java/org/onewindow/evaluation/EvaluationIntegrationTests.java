package org.onewindow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.evaluation.EvaluationFixtures.Hall;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.QrImages;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 好差评 over HTTP: the one-rating rule, the clerk who cannot rate, the paired counter pad, anonymous cards, the
 * rectification's deadlines on real 2026 dates, the appeal and the bad inputs. Each test has a hall of its own.
 */
@HallIntegrationTest
class EvaluationIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	StaffSetup staffSetup;

	@Autowired
	SiteManagement sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	CaseLifecycle lifecycle;

	Hall hall;

	@BeforeEach
	void newHall() {
		hall = new EvaluationFixtures(halls, staffSetup, sites).create();
	}

	@AfterEach
	void reset() {
		clock.reset();
	}

	private HallClient as(String username) {
		return HallClient.loggedIn(port, username);
	}

	private HallClient clerk(int index) {
		return as(hall.hall().clerks().get(index));
	}

	private static Map<String, Object> verdict(String level, List<String> reasons, String comment) {
		var body = new HashMap<String, Object>();
		body.put("level", level);
		body.put("reasons", reasons);
		body.put("comment", comment);
		return body;
	}

	private JsonNode card(String level, List<String> reasons, String comment) {
		var body = verdict(level, reasons, comment);
		body.put("siteId", hall.hall().siteId());
		body.put("counterId", hall.hall().counterIds().get(1));
		body.put("departmentId", hall.policeId());
		var response = clerk(0).post("/api/evaluation/cards", body);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.body();
	}

	private JsonNode onlyRectification(HallClient client) {
		var inbox = client.get("/api/evaluation/rectifications?all=true");
		assertThat(inbox.status()).as(inbox.text()).isEqualTo(200);
		assertThat(inbox.body().size()).as(inbox.text()).isEqualTo(1);
		return inbox.body().get(0);
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void pin(LocalDate date) {
		clock.pin(ZonedDateTime.of(date, LocalTime.of(10, 0), HALL));
	}

	private JsonNode step(HallClient client, JsonNode rectification, String step, String text) {
		var response = client.post("/api/evaluation/rectifications/" + rectification.get("id").asLong() + "/" + step,
				Map.of("text", text, "version", rectification.get("version").asInt()));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	@Test
	void aBadRatingOnAFridayIsCalledBackOnMondayAndFedBackFifteenWorkingDaysLaterAcrossNationalDay() {
		pin(LocalDate.of(2026, 9, 25)); // Friday before 国庆 2026 (10-01 … 10-07 off, Sat 10-10 worked)
		card("VERY_DISSATISFIED", List.of("服务态度"), "窗口人员态度生硬");
		var police = as(hall.police());
		var opened = onlyRectification(police);
		assertThat(opened.get("openedOn").asString()).isEqualTo("2026-09-25");
		assertThat(opened.get("callBackDue").asString()).isEqualTo("2026-09-28");
		// 9-28, 9-29, 9-30, 10-08, 10-09, 10-10 (调休 Saturday), 10-12 … 10-16, 10-19 … 10-22
		assertThat(opened.get("feedbackDue").asString()).isEqualTo("2026-10-22");
		assertThat(opened.get("light").asString()).isEqualTo("GREEN");
		assertThat(opened.get("departmentName").asString()).contains("公安");

		pin(LocalDate.of(2026, 9, 29));
		assertThat(onlyRectification(police).get("light").asString()).as("回访 overdue").isEqualTo("RED");

		pin(LocalDate.of(2026, 9, 28));
		var called = step(police, onlyRectification(police), "call-back", "已电话回访，群众反映属实");
		assertThat(called.get("callBack").get("by").asString()).isEqualTo("测试公安整改员");
		var verified = step(police, called, "verification", "调取录像核实，窗口人员态度生硬");

		pin(LocalDate.of(2026, 10, 15)); // 10 of 15 working days used
		assertThat(onlyRectification(police).get("light").asString()).isEqualTo("YELLOW");
		pin(LocalDate.of(2026, 10, 23));
		assertThat(onlyRectification(police).get("light").asString()).isEqualTo("RED");

		pin(LocalDate.of(2026, 10, 22));
		var closed = step(police, verified, "feedback", "已批评教育并向群众反馈整改情况");
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("onTime").asBoolean()).isTrue();
		assertThat(closed.get("light").asString()).isEqualTo("NONE");
		var again = police.post("/api/evaluation/rectifications/" + closed.get("id").asLong() + "/feedback",
				Map.of("text", "再次反馈", "version", closed.get("version").asInt()));
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void aMakeUpWorkingSaturdayCountsAsTheCallBackDay() {
		pin(LocalDate.of(2026, 10, 9)); // Friday; Saturday 10-10 is a 调休 working day
		card("DISSATISFIED", List.of(), "等候时间太长");
		var rectification = onlyRectification(as(hall.admin()));
		assertThat(rectification.get("callBackDue").asString()).isEqualTo("2026-10-10");
		assertThat(rectification.get("reason").asString()).isEqualTo("等候时间太长");
	}

	@Test
	void aLateFeedbackClosesTheRectificationNotInTime() {
		pin(LocalDate.of(2026, 9, 25));
		card("DISSATISFIED", List.of("办理时限"), null);
		var police = as(hall.police());
		pin(LocalDate.of(2026, 9, 29)); // one working day late
		var called = step(police, onlyRectification(police), "call-back", "已回访");
		var verified = step(police, called, "verification", "已核实");
		var closed = step(police, verified, "feedback", "已整改");
		assertThat(closed.get("onTime").asBoolean()).isFalse();
	}

	@Test
	void stepsGoInOrderAndAStaleVersionIsRefused() {
		card("DISSATISFIED", List.of("服务效率"), null);
		var police = as(hall.police());
		var opened = onlyRectification(police);
		var early = police.post("/api/evaluation/rectifications/" + opened.get("id").asLong() + "/verification",
				Map.of("text", "核实", "version", opened.get("version").asInt()));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.code()).isEqualTo("evaluation.step-out-of-order");
		step(police, opened, "call-back", "已回访");
		var stale = police.post("/api/evaluation/rectifications/" + opened.get("id").asLong() + "/call-back",
				Map.of("text", "再次回访", "version", opened.get("version").asInt()));
		assertThat(stale.status()).isEqualTo(409);
		var staleVerify = police.post("/api/evaluation/rectifications/" + opened.get("id").asLong()
				+ "/verification", Map.of("text", "核实", "version", opened.get("version").asInt()));
		assertThat(staleVerify.status()).isEqualTo(409);
		assertThat(staleVerify.code()).isEqualTo("evaluation.rectification-changed");
		var blank = police.post("/api/evaluation/rectifications/" + opened.get("id").asLong() + "/verification",
				Map.of("text", " ", "version", opened.get("version").asInt() + 1));
		assertThat(blank.status()).isEqualTo(400);
	}

	@Test
	void oneRatingPerServiceAndOneFollowUp() {
		long ticketId = EvaluationFixtures.serveOne(port, hall.hall(), 0, "A");
		var service = EvaluationFixtures.serviceOf(clerk(0), ticketId);
		assertThat(service.get("kind").asString()).isEqualTo("TICKET");
		String token = service.get("token").asString();
		assertThat(token).hasSizeGreaterThanOrEqualTo(32);
		assertThat(service.get("ratingPath").asString()).isEqualTo("/m/rate/" + token);
		var qr = new HallClient(port).getBytes("/api/public/evaluation/ratings/" + token + "/qr.png");
		assertThat(qr.status()).isEqualTo(200);
		assertThat(QrImages.text(qr.bytes())).endsWith("/m/rate/" + token);

		var phone = new HallClient(port);
		var shown = phone.get("/api/public/evaluation/ratings/" + token);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body().get("description").asString()).contains("1号窗口");
		assertThat(shown.body().get("rating").isNull()).isTrue();

		var early = phone.post("/api/public/evaluation/ratings/" + token + "/follow-up", Map.of("level", "SATISFIED"));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.code()).isEqualTo("evaluation.not-rated-yet");

		var first = phone.post("/api/public/evaluation/ratings/" + token, verdict("SATISFIED", null, "很好"));
		assertThat(first.status()).as(first.text()).isEqualTo(201);
		assertThat(first.body().get("channel").asString()).isEqualTo("QR_CODE");
		var second = phone.post("/api/public/evaluation/ratings/" + token, verdict("VERY_SATISFIED", null, null));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("evaluation.already-rated");
		assertThat(second.detail()).contains("一次一评");

		var followUp = phone.post("/api/public/evaluation/ratings/" + token + "/follow-up",
				Map.of("level", "VERY_SATISFIED", "comment", "后续也很顺利"));
		assertThat(followUp.status()).as(followUp.text()).isEqualTo(200);
		assertThat(followUp.body().get("followUpLabel").asString()).isEqualTo("非常满意");
		var secondFollowUp = phone.post("/api/public/evaluation/ratings/" + token + "/follow-up",
				Map.of("level", "SATISFIED"));
		assertThat(secondFollowUp.status()).isEqualTo(409);
		assertThat(secondFollowUp.code()).isEqualTo("evaluation.follow-up-done");

		var rated = phone.get("/api/public/evaluation/ratings/" + token).body();
		assertThat(rated.get("rating").get("level").asString()).as("the first rating stands").isEqualTo("SATISFIED");
		assertThat(rated.get("followUpAllowed").asBoolean()).isFalse();
		assertThat(jdbc.sql("select count(*) from ev_rating r join ev_service s on s.id = r.service_id "
				+ "where s.ticket_id = :t").param("t", ticketId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theClerkCannotRateForTheCitizen() {
		long ticketId = EvaluationFixtures.serveOne(port, hall.hall(), 0, "A");
		var clerk = clerk(0);
		String token = EvaluationFixtures.serviceOf(clerk, ticketId).get("token").asString();
		var byClerk = clerk.post("/api/public/evaluation/ratings/" + token, verdict("VERY_SATISFIED", null, null));
		assertThat(byClerk.status()).isEqualTo(403);
		assertThat(byClerk.code()).isEqualTo("evaluation.staff-cannot-rate");
		assertThat(byClerk.detail()).contains("工作人员");

		var admin = as(hall.admin());
		String secret = admin.post("/api/evaluation/pads", Map.of("counterId", hall.hall().counterIds().get(0)))
			.body()
			.get("secret")
			.asString();
		clerk.withHeader("X-Pad-Secret", secret);
		var pending = clerk.get("/api/public/evaluation/pads/" + hall.hall().counterIds().get(0) + "/pending");
		assertThat(pending.status()).isEqualTo(403);
		assertThat(pending.code()).isEqualTo("evaluation.staff-cannot-rate");
		var onPad = clerk.post("/api/public/evaluation/pads/" + hall.hall().counterIds().get(0) + "/ratings",
				Map.of("serviceId", 1, "level", "VERY_SATISFIED"));
		assertThat(onPad.status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from ev_rating where site_id = :s")
			.param("s", hall.hall().siteId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void thePairedPadRatesTheServiceJustFinishedAtItsCounterAndABadRatingGoesToTheDepartment() {
		long policeCounter = hall.hall().counterIds().get(1);
		long otherCounter = hall.hall().counterIds().get(0);
		var admin = as(hall.admin());
		var notAdmin = clerk(1).post("/api/evaluation/pads", Map.of("counterId", policeCounter));
		assertThat(notAdmin.status()).isEqualTo(403);
		var paired = admin.post("/api/evaluation/pads", Map.of("counterId", policeCounter));
		assertThat(paired.status()).as(paired.text()).isEqualTo(201);
		String secret = paired.body().get("secret").asString();
		String otherSecret = admin.post("/api/evaluation/pads", Map.of("counterId", otherCounter))
			.body()
			.get("secret")
			.asString();
		assertThat(jdbc.sql("select secret_hash from ev_pad where counter_id = :c")
			.param("c", policeCounter)
			.query(String.class)
			.single()).as("only the hash is stored").isNotEqualTo(secret).hasSize(64);

		var pad = new HallClient(port).withHeader("X-Pad-Secret", secret);
		assertThat(pad.get("/api/public/evaluation/pads/" + policeCounter + "/pending").status()).isEqualTo(204);

		long ticketId = EvaluationFixtures.serveOne(port, hall.hall(), 1, "E");
		EvaluationFixtures.serviceOf(clerk(1), ticketId);
		var pending = pad.get("/api/public/evaluation/pads/" + policeCounter + "/pending");
		assertThat(pending.status()).isEqualTo(200);
		long serviceId = pending.body().get("id").asLong();
		assertThat(pending.body().get("description").asString()).startsWith("E001");

		var foreign = new HallClient(port).withHeader("X-Pad-Secret", otherSecret);
		var foreignPending = foreign.get("/api/public/evaluation/pads/" + policeCounter + "/pending");
		assertThat(foreignPending.status()).isEqualTo(403);
		assertThat(foreignPending.code()).isEqualTo("evaluation.pad-not-paired");
		var foreignRating = foreign.post("/api/public/evaluation/pads/" + policeCounter + "/ratings",
				Map.of("serviceId", serviceId, "level", "VERY_SATISFIED"));
		assertThat(foreignRating.status()).isEqualTo(403);
		var otherCounterPad = foreign.post("/api/public/evaluation/pads/" + otherCounter + "/ratings",
				Map.of("serviceId", serviceId, "level", "VERY_SATISFIED"));
		assertThat(otherCounterPad.status()).as("a service of another counter").isEqualTo(404);
		var unpaired = new HallClient(port).get("/api/public/evaluation/pads/" + policeCounter + "/pending");
		assertThat(unpaired.status()).isEqualTo(403);

		var noReason = pad.post("/api/public/evaluation/pads/" + policeCounter + "/ratings",
				Map.of("serviceId", serviceId, "level", "VERY_DISSATISFIED"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.code()).isEqualTo("evaluation.reason-required");
		assertThat(noReason.detail()).contains("非常不满意");
		var unknownReason = pad.post("/api/public/evaluation/pads/" + policeCounter + "/ratings",
				Map.of("serviceId", serviceId, "level", "VERY_DISSATISFIED", "reasons", List.of("态度太好")));
		assertThat(unknownReason.status()).isEqualTo(400);
		assertThat(unknownReason.code()).isEqualTo("evaluation.reason-unknown");

		var rated = pad.post("/api/public/evaluation/pads/" + policeCounter + "/ratings",
				Map.of("serviceId", serviceId, "level", "VERY_DISSATISFIED", "reasons", List.of("服务态度", "办理时限")));
		assertThat(rated.status()).as(rated.text()).isEqualTo(201);
		assertThat(rated.body().get("channel").asString()).isEqualTo("COUNTER_PAD");
		assertThat(pad.get("/api/public/evaluation/pads/" + policeCounter + "/pending").status()).isEqualTo(204);

		var inbox = as(hall.police()).get("/api/evaluation/rectifications").body();
		assertThat(inbox.size()).isEqualTo(1);
		assertThat(inbox.get(0).get("reason").asString()).isEqualTo("服务态度、办理时限");
		assertThat(inbox.get(0).get("staffName").asString()).isEqualTo("测试受理员2");
		assertThat(inbox.get(0).get("rating").get("levelLabel").asString()).isEqualTo("非常不满意");
		assertThat(as(hall.tax()).get("/api/evaluation/rectifications").body().size()).as("another department")
			.isZero();
		long id = inbox.get(0).get("id").asLong();
		assertThat(as(hall.tax()).get("/api/evaluation/rectifications/" + id).status()).isEqualTo(404);
		assertThat(as(hall.supervisor()).get("/api/evaluation/rectifications").body().size()).isEqualTo(1);
	}

	@Test
	void anAnonymousCardStoresNoPersonalData() {
		var columns = jdbc.sql("select column_name from information_schema.columns where table_name = 'ev_rating'")
			.query(String.class)
			.list();
		assertThat(columns).noneMatch(c -> c.contains("name") || c.contains("phone") || c.contains("id_number")
				|| c.contains("mobile") || c.contains("address"));

		var withId = clerk(0).post("/api/evaluation/cards",
				Map.of("level", "DISSATISFIED", "comment", "我的身份证 110101199003070011 办了三次"));
		assertThat(withId.status()).isEqualTo(400);
		assertThat(withId.code()).isEqualTo("evaluation.card-personal-data");
		var withPhone = clerk(0).post("/api/evaluation/cards",
				Map.of("level", "SATISFIED", "comment", "请回电13912345678"));
		assertThat(withPhone.status()).isEqualTo(400);
		var fullWidth = clerk(0).post("/api/evaluation/cards",
				Map.of("level", "SATISFIED", "comment", "请回电１３８００００１２３４"));
		assertThat(fullWidth.status()).as("full-width digits are digits").isEqualTo(400);
		var spaced = clerk(0).post("/api/evaluation/cards", Map.of("level", "SATISFIED", "comment", "请回电139 1234 5678"));
		assertThat(spaced.status()).as("a number written in groups is a number").isEqualTo(400);
		var withName = clerk(0).postRaw("/api/evaluation/cards",
				"{\"level\":\"SATISFIED\",\"name\":\"张三\",\"phone\":\"13912345678\"}");
		assertThat(withName.status()).as(withName.text()).isIn(201, 400);

		var card = card("BASICALLY_SATISFIED", List.of(), "大厅指引清楚");
		assertThat(card.get("channel").asString()).isEqualTo("CARD");
		var row = jdbc.sql("select * from ev_rating where id = :id").param("id", card.get("id").asLong())
			.query()
			.singleRow();
		assertThat(row.get("service_id")).isNull();
		assertThat(row.get("staff_id")).as("a card rates a counter, never a person").isNull();
		assertThat(row.get("comment")).isEqualTo("大厅指引清楚");
		assertThat(jdbc.sql("select count(*) from ev_rating where site_id = :s and comment like '%1391234%'")
			.param("s", hall.hall().siteId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anApprovedAppealAnnulsTheRatingAndADeclinedOneDoesNot() {
		String month = java.time.YearMonth.now(HALL).toString();
		card("VERY_DISSATISFIED", List.of("其他"), "无理由差评");
		card("SATISFIED", List.of(), null);
		var police = as(hall.police());
		var opened = onlyRectification(police);
		var appealed = step(police, opened, "appeal", "该群众办理的事项不属于本部门，系恶意差评");
		var twice = police.post("/api/evaluation/rectifications/" + opened.get("id").asLong() + "/appeal",
				Map.of("text", "再次申诉", "version", appealed.get("version").asInt()));
		assertThat(twice.status()).isEqualTo(409);

		var byDepartment = police.post("/api/evaluation/rectifications/" + opened.get("id").asLong()
				+ "/appeal-decision", Map.of("approve", true, "text", "同意", "version", appealed.get("version").asInt()));
		assertThat(byDepartment.status()).isEqualTo(403);
		assertThat(byDepartment.code()).isEqualTo("evaluation.decision-needs-supervisor");

		var before = as(hall.admin()).get("/api/evaluation/stats?month=" + month + "&by=site").body();
		assertThat(before.get(0).get("total").asInt()).isEqualTo(2);
		assertThat(before.get(0).get("goodRate").asDouble()).isEqualTo(50.0);
		assertThat(before.get(0).get("bad").asInt()).isEqualTo(1);

		var decided = as(hall.supervisor()).post("/api/evaluation/rectifications/" + opened.get("id").asLong()
				+ "/appeal-decision", Map.of("approve", true, "text", "经核查属恶意差评", "version", appealed.get("version").asInt()));
		assertThat(decided.status()).as(decided.text()).isEqualTo(200);
		assertThat(decided.body().get("status").asString()).isEqualTo("CLOSED");
		assertThat(decided.body().get("annulled").asBoolean()).isTrue();
		assertThat(decided.body().get("appealDecision").asString()).isEqualTo("APPROVED");
		assertThat(decided.body().get("rating").get("annulled").asBoolean()).isTrue();

		var after = as(hall.admin()).get("/api/evaluation/stats?month=" + month + "&by=site").body();
		assertThat(after.get(0).get("total").asInt()).as("an annulled rating does not count").isEqualTo(1);
		assertThat(after.get(0).get("goodRate").asDouble()).isEqualTo(100.0);
		assertThat(after.get(0).get("bad").asInt()).isZero();
		var byDepartment2 = as(hall.admin()).get("/api/evaluation/stats?month=" + month + "&by=department").body();
		assertThat(byDepartment2.get(0).get("name").asString()).contains("公安");
		assertThat(byDepartment2.get(0).get("counts").get("SATISFIED").asInt()).isEqualTo(1);
		assertThat(byDepartment2.get(0).get("counts").get("VERY_DISSATISFIED").asInt()).isZero();

		card("DISSATISFIED", List.of("服务效率"), null);
		var second = police.get("/api/evaluation/rectifications").body().get(0);
		var secondAppeal = step(police, second, "appeal", "申诉");
		var declined = as(hall.supervisor()).post("/api/evaluation/rectifications/" + second.get("id").asLong()
				+ "/appeal-decision", Map.of("approve", false, "text", "差评属实，应整改", "version", secondAppeal.get("version").asInt()));
		assertThat(declined.status()).isEqualTo(200);
		assertThat(declined.body().get("status").asString()).isEqualTo("OPEN");
		assertThat(declined.body().get("rating").get("annulled").asBoolean()).isFalse();
	}

	@Test
	void aDeliveredCaseIsRatedOnlineWithItsTokenAndBelongsToTheDepartmentOfItsItem() {
		var situation = Cases.situation(catalog, s -> s.mode() == AcceptanceMode.PROMISED
				&& s.acceptLevels().contains(SiteLevel.TOWN) && Cases.personal(s));
		var clerk = clerk(0);
		long caseId = Cases.acceptedCase(clerk, situation.code(), null);
		lifecycle.conclude(caseId, CaseOutcome.APPROVED, "准予许可", List.of());
		lifecycle.delivered(caseId, "窗口领取，申请人签收");

		JsonNode service = null;
		long until = System.currentTimeMillis() + 15_000;
		while (service == null && System.currentTimeMillis() < until) {
			var found = clerk.get("/api/evaluation/services?caseId=" + caseId).body();
			service = found.isEmpty() ? null : found.get(0);
			if (service == null) {
				pause();
			}
		}
		assertThat(service).as("a service for the delivered case").isNotNull();
		assertThat(service.get("kind").asString()).isEqualTo("CASE");
		String department = catalog.published().orElseThrow().item(situation.itemCode()).orElseThrow().department();
		assertThat(jdbc.sql("select department_id from ev_service where id = :id")
			.param("id", service.get("id").asLong())
			.query(Long.class)
			.single()).isEqualTo(sites.findDepartmentByCode(department).orElseThrow().id());

		String token = service.get("token").asString();
		var citizen = new HallClient(port);
		assertThat(citizen.get("/api/public/evaluation/ratings/" + token).body().get("description").asString())
			.startsWith("办件 ");
		var rated = citizen.post("/api/public/evaluation/ratings/" + token, verdict("VERY_SATISFIED", null, null));
		assertThat(rated.status()).as(rated.text()).isEqualTo(201);
		assertThat(rated.body().get("channel").asString()).isEqualTo("ONLINE");
		assertThat(clerk.get("/api/evaluation/services?caseId=" + caseId).body().get(0).get("rated").asBoolean())
			.isTrue();
		assertThat(clerk.get("/api/evaluation/services").status()).isEqualTo(400);
	}

	@Test
	void badInputIsRefusedAndScriptIsStoredAsText() {
		var phone = new HallClient(port);
		var unknown = phone.get("/api/public/evaluation/ratings/no-such-token");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("evaluation.service-not-found");
		assertThat(phone.post("/api/public/evaluation/ratings/no-such-token", verdict("SATISFIED", null, null))
			.status()).isEqualTo(404);
		assertThat(phone.get("/api/public/evaluation/pads/987654321/pending").status()).isEqualTo(404);

		long ticketId = EvaluationFixtures.serveOne(port, hall.hall(), 0, "A");
		String token = EvaluationFixtures.serviceOf(clerk(0), ticketId).get("token").asString();
		var overlong = phone.post("/api/public/evaluation/ratings/" + token, verdict("DISSATISFIED", null, "慢".repeat(501)));
		assertThat(overlong.status()).isEqualTo(400);
		var badLevel = phone.postRaw("/api/public/evaluation/ratings/" + token, "{\"level\":\"GREAT\"}");
		assertThat(badLevel.status()).isEqualTo(400);
		var noLevel = phone.post("/api/public/evaluation/ratings/" + token, Map.of("comment", "x"));
		assertThat(noLevel.status()).isEqualTo(400);
		assertThat(phone.get("/api/public/evaluation/ratings/" + token).body().get("rating").isNull())
			.as("nothing stored").isTrue();

		String script = "<script>alert('差评')</script>";
		var rated = phone.post("/api/public/evaluation/ratings/" + token, verdict("DISSATISFIED", null, script));
		assertThat(rated.status()).as(rated.text()).isEqualTo(201);
		assertThat(rated.body().get("comment").asString()).isEqualTo(script);
		assertThat(jdbc.sql("select comment from ev_rating where id = :id")
			.param("id", rated.body().get("id").asLong())
			.query(String.class)
			.single()).isEqualTo(script);
		var inbox = as(hall.admin()).get("/api/evaluation/rectifications").body();
		assertThat(inbox.get(0).get("reason").asString()).isEqualTo(script);
		assertThat(inbox.get(0).get("departmentId").isNull()).as("a comprehensive window: the site's").isTrue();

		var badMonth = as(hall.admin()).get("/api/evaluation/stats?month=2026-13&by=staff");
		assertThat(badMonth.status()).isEqualTo(400);
		assertThat(badMonth.detail()).contains("2026-13");
		var badGrouping = as(hall.admin()).get("/api/evaluation/stats?month=2026-11&by=room");
		assertThat(badGrouping.status()).isEqualTo(400);
		assertThat(badGrouping.detail()).as("the valid month is not blamed").contains("room").doesNotContain("2026-11");
		assertThat(as(hall.admin()).get("/api/evaluation/rectifications/987654321").status()).isEqualTo(404);
	}
}
