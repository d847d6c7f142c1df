package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.evaluation.EvaluationFixtures;
import org.onewindow.evaluation.EvaluationFixtures.Hall;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.internal.Reminders;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 催办提醒 over real 2026 working days: the job run with the clock moved across two thirds of an item's time and
 * across its deadline sends exactly one yellow and one red reminder per item (text message in the outbox and a line
 * in the staff member's 提醒 list), nothing for finished items, and nothing more when it runs again or on two nodes
 * at once.
 */
@HallIntegrationTest
class ReminderIntegrationTests {

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
	Reminders reminders;

	Hall hall;

	@BeforeEach
	void newHall() {
		hall = new EvaluationFixtures(halls, staffSetup, sites).create();
	}

	@AfterEach
	void reset() {
		clock.reset();
	}

	private void at(String date) {
		clock.pin(ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(10, 0), HALL));
	}

	private String givePhone(String username) {
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		jdbc.sql("update sf_account set phone = :phone where username = :username")
			.param("phone", phone)
			.param("username", username)
			.update();
		return phone;
	}

	private List<String> sms(String phone) {
		return jdbc.sql("select text from pf_sms_outbox where phone = :phone and purpose = 'staff-reminder' order by id")
			.param("phone", phone)
			.query(String.class)
			.list();
	}

	private List<String> lights(String source, String itemKey) {
		return jdbc.sql("select light from sf_reminder where source = :source and item_key = :key order by id")
			.param("source", source)
			.param("key", itemKey)
			.query(String.class)
			.list();
	}

	private JsonNode register(HallClient clerk, String summary) {
		var body = new HashMap<String, Object>();
		body.put("name", "王小明");
		body.put("phone", "13912345678");
		body.put("summary", summary);
		body.put("classification", "DIFFICULT");
		var response = clerk.post("/api/escalation/matters", body);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.body();
	}

	@Test
	void aMatterIsRemindedOnceYellowAndOnceRedAndAFinishedOneNever() throws Exception {
		String owner = hall.hall().clerks().get(0);
		String phone = givePhone(owner);
		var clerk = HallClient.loggedIn(port, owner);
		at("2026-09-30"); // 疑难: 7 working days after 国庆 → due Thu 2026-10-15
		var matter = register(clerk, "社保转移被要求回原籍办理");
		long id = matter.get("id").asLong();
		assertThat(matter.get("dueOn").asString()).isEqualTo("2026-10-15");
		var finished = register(clerk, "已当场解决的事项");
		long finishedId = finished.get("id").asLong();
		var replied = clerk.post("/api/escalation/matters/" + finishedId + "/reply",
				Map.of("text", "已当场协调办结", "channel", "IN_PERSON", "version", finished.get("version").asInt()));
		assertThat(replied.status()).as(replied.text()).isEqualTo(200);
		var closed = clerk.post("/api/escalation/matters/" + finishedId + "/closure",
				Map.of("satisfaction", "SATISFIED", "solved", true, "version", replied.body().get("version").asInt()));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);

		at("2026-10-12"); // 4 of 7 working days (10-08, 09, the 调休 Saturday 10, 12): green
		reminders.run();
		assertThat(lights("escalation-matter", Long.toString(id))).isEmpty();

		at("2026-10-13"); // 5 of 7: two thirds reached
		reminders.run();
		assertThat(lights("escalation-matter", Long.toString(id))).containsExactly("YELLOW");
		assertThat(sms(phone)).hasSize(1);
		assertThat(sms(phone).get(0)).startsWith("【一窗通】办不成事 " + matter.get("number").asString())
			.contains("已进入黄灯预警")
			.contains("2026-10-15");

		reminders.run(); // again the same day, and the next day (still yellow) on two nodes at once
		at("2026-10-14");
		runOnTwoNodes();
		assertThat(lights("escalation-matter", Long.toString(id))).containsExactly("YELLOW");
		assertThat(sms(phone)).hasSize(1);

		at("2026-10-15");
		reminders.run();
		assertThat(lights("escalation-matter", Long.toString(id))).as("due today: still yellow").containsExactly("YELLOW");

		at("2026-10-16"); // overdue
		runOnTwoNodes();
		reminders.run();
		assertThat(lights("escalation-matter", Long.toString(id))).containsExactly("YELLOW", "RED");
		assertThat(sms(phone)).hasSize(2);
		assertThat(sms(phone).get(1)).contains("已超期，亮起红灯");
		assertThat(lights("escalation-matter", Long.toString(finishedId))).as("a closed matter").isEmpty();

		// the owner's 提醒 list: newest first, links to the matter, marked read one by one
		var list = clerk.get("/api/me/reminders");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().size()).isEqualTo(2);
		assertThat(list.body().get(0).get("light").asString()).isEqualTo("RED");
		assertThat(list.body().get(0).get("lightLabel").asString()).isEqualTo("红灯超期");
		assertThat(list.body().get(0).get("link").asString()).isEqualTo("/escalation/matters/" + id);
		assertThat(list.body().get(0).get("smsSent").asBoolean()).isTrue();
		assertThat(clerk.get("/api/me/reminders/unread-count").body().get("count").asLong()).isEqualTo(2);
		long reminderId = list.body().get(0).get("id").asLong();

		var someoneElse = HallClient.loggedIn(port, hall.hall().clerks().get(1));
		var foreign = someoneElse.post("/api/me/reminders/" + reminderId + "/read", Map.of());
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.code()).isEqualTo("staff.reminder-not-found");
		assertThat(someoneElse.get("/api/me/reminders").body().size()).isZero();

		assertThat(clerk.post("/api/me/reminders/" + reminderId + "/read", Map.of()).status()).isEqualTo(204);
		assertThat(clerk.get("/api/me/reminders/unread-count").body().get("count").asLong()).isEqualTo(1);
		assertThat(clerk.get("/api/me/reminders?unreadOnly=true").body().size()).isEqualTo(1);
		assertThat(clerk.post("/api/me/reminders/read-all", Map.of()).status()).isEqualTo(200);
		assertThat(clerk.get("/api/me/reminders/unread-count").body().get("count").asLong()).isZero();
	}

	@Test
	void aRectificationRemindsItsDepartmentOfEachStepOnceYellowAndOnceRed() {
		String phone = givePhone(hall.police());
		at("2026-09-25"); // Friday: 回访 due Mon 09-28, 整改反馈 due 10-22 (docs/evaluation.md)
		var body = new HashMap<String, Object>();
		body.put("level", "VERY_DISSATISFIED");
		body.put("reasons", List.of("服务态度"));
		body.put("siteId", hall.hall().siteId());
		body.put("departmentId", hall.policeId());
		var card = HallClient.loggedIn(port, hall.hall().clerks().get(0)).post("/api/evaluation/cards", body);
		assertThat(card.status()).as(card.text()).isEqualTo(201);
		var police = HallClient.loggedIn(port, hall.police());
		var inbox = police.get("/api/evaluation/rectifications");
		long id = inbox.body().get(0).get("id").asLong();
		String callBack = id + ":call-back";
		String feedback = id + ":feedback";

		reminders.run();
		assertThat(lights("evaluation-rectification", callBack)).isEmpty();
		at("2026-09-28"); // the 回访 day: its one working day is used
		reminders.run();
		reminders.run();
		assertThat(lights("evaluation-rectification", callBack)).containsExactly("YELLOW");
		at("2026-09-29");
		reminders.run();
		assertThat(lights("evaluation-rectification", callBack)).containsExactly("YELLOW", "RED");
		assertThat(sms(phone)).hasSize(2);
		assertThat(sms(phone).get(0)).contains("回访已进入黄灯预警").contains("2026-09-28");

		var r = police.get("/api/evaluation/rectifications/" + id).body();
		var called = police.post("/api/evaluation/rectifications/" + id + "/call-back",
				Map.of("text", "已电话回访群众", "version", r.get("version").asInt()));
		assertThat(called.status()).as(called.text()).isEqualTo(200);

		at("2026-10-14"); // 9 of 15 working days of 整改反馈
		reminders.run();
		assertThat(lights("evaluation-rectification", feedback)).isEmpty();
		at("2026-10-15"); // 10 of 15
		reminders.run();
		assertThat(lights("evaluation-rectification", feedback)).containsExactly("YELLOW");
		at("2026-10-23");
		reminders.run();
		reminders.run();
		assertThat(lights("evaluation-rectification", feedback)).containsExactly("YELLOW", "RED");
		assertThat(sms(phone)).hasSize(4);
		assertThat(police.get("/api/me/reminders").body().get(0).get("link").asString())
			.isEqualTo("/evaluation/rectifications/" + id);
		assertThat(HallClient.loggedIn(port, hall.tax()).get("/api/me/reminders").body().size())
			.as("another department's staff").isZero();
	}

	@Test
	void aLedgerEntryRemindsTheSiteAdministratorsAndAFedOneIsLeftToItsModule() {
		String phone = givePhone(hall.admin());
		var admin = HallClient.loggedIn(port, hall.admin());
		at("2026-09-30"); // 一般问题: 3 working days → due on the 调休 Saturday 2026-10-10 (docs/improvement.md)
		var created = admin.post("/api/improvement/issues", Map.of("siteId", hall.hall().siteId(), "title",
				"大厅指示牌不清楚", "deadlineClass", "GENERAL"));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String key = created.body().get("id").asString();
		var card = new HashMap<String, Object>();
		card.put("level", "DISSATISFIED");
		card.put("reasons", List.of("服务效率"));
		card.put("siteId", hall.hall().siteId());
		assertThat(HallClient.loggedIn(port, hall.hall().clerks().get(0)).post("/api/evaluation/cards", card).status())
			.isEqualTo(201);

		at("2026-10-08");
		reminders.run();
		assertThat(lights("improvement-issue", key)).isEmpty();
		at("2026-10-09");
		reminders.run();
		assertThat(lights("improvement-issue", key)).containsExactly("YELLOW");
		at("2026-10-12");
		reminders.run();
		reminders.run();
		assertThat(lights("improvement-issue", key)).containsExactly("YELLOW", "RED");
		assertThat(sms(phone)).filteredOn(text -> text.contains("问题台账")).hasSize(2);
		// the 差评 card of the site is in the ledger too, but reminded of once, by its own module (to the site admins)
		assertThat(jdbc.sql("select count(*) from sf_reminder where source = 'improvement-issue' and item_key <> :key"
				+ " and item_key in (select cast(id as text) from imp_issue where site_id = :site)")
			.param("key", key)
			.param("site", hall.hall().siteId())
			.query(Long.class)
			.single()).isZero();
		assertThat(sms(phone)).filteredOn(text -> text.startsWith("【一窗通】差评整改") && text.contains("的回访")).hasSize(2);
	}

	@Test
	void whenTheOwnerLeftTheSiteAdministratorsAreReminded() {
		String owner = hall.hall().clerks().get(1);
		at("2026-09-30");
		long id = register(HallClient.loggedIn(port, owner), "窗口人员已离岗的事项").get("id").asLong();
		jdbc.sql("update sf_account set active = false where username = :owner").param("owner", owner).update();
		at("2026-10-16");
		reminders.run();
		assertThat(lights("escalation-matter", Long.toString(id))).containsExactly("RED");
		var admin = HallClient.loggedIn(port, hall.admin()).get("/api/me/reminders").body();
		assertThat(admin.size()).isEqualTo(1);
		assertThat(admin.get(0).get("link").asString()).isEqualTo("/escalation/matters/" + id);
		assertThat(admin.get(0).get("smsSent").asBoolean()).as("no phone on the account").isFalse();
	}

	private void runOnTwoNodes() throws Exception {
		var pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> run = reminders::run;
			var first = pool.submit(run);
			var second = pool.submit(run);
			first.get();
			second.get();
		}
		finally {
			pool.shutdown();
		}
	}
}
