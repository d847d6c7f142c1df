package org.onewindow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.evaluation.EvaluationFixtures.Hall;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffSetup;
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
 * The citizen's 追评 after a rectification (docs/evaluation.md): still 不满意 on a closed rectification reopens it for
 * a second round with fresh deadlines (the ledger entry opens again, the department is told), the statistics count it
 * closed in time once at most; a satisfied 追评 is the 回访 result; a 追评 on an open rectification changes nothing.
 */
@HallIntegrationTest
class FollowUpIntegrationTests {

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

	HallClient police;

	@BeforeEach
	void newHall() {
		hall = new EvaluationFixtures(halls, staffSetup, sites).create();
		police = HallClient.loggedIn(port, hall.police());
	}

	@AfterEach
	void reset() {
		clock.reset();
	}

	private void at(String date) {
		clock.pin(ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(10, 0), HALL));
	}

	/** A ticket served at the 公安专窗 (E) and rated 非常不满意 by its QR: the rating token. */
	private String badRatingAtThePoliceCounter() {
		return EvaluationFixtures.badRatingAtThePoliceCounter(port, hall, "办理时限", "等了很久");
	}

	private JsonNode rectification() {
		var inbox = police.get("/api/evaluation/rectifications?all=true");
		assertThat(inbox.body().size()).as(inbox.text()).isEqualTo(1);
		return police.get("/api/evaluation/rectifications/" + inbox.body().get(0).get("id").asLong()).body();
	}

	private JsonNode step(JsonNode r, String step, String text) {
		var response = police.post("/api/evaluation/rectifications/" + r.get("id").asLong() + "/" + step,
				Map.of("text", text, "version", r.get("version").asInt()));
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	private JsonNode rectifiedAndClosed(JsonNode r) {
		var closed = step(step(step(r, "call-back", "已回访"), "verification", "情况属实"), "feedback", "已整改");
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		return closed;
	}

	private JsonNode followUp(String token, String level, String comment) {
		var body = new HashMap<String, Object>();
		body.put("level", level);
		body.put("comment", comment);
		var response = new HallClient(port).post("/api/public/evaluation/ratings/" + token + "/follow-up", body);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	private JsonNode siteStats() {
		var stats = HallClient.loggedIn(port, hall.admin()).get("/api/evaluation/stats?month=2026-11&by=site");
		assertThat(stats.status()).as(stats.text()).isEqualTo(200);
		return stats.body().get(0);
	}

	private Map<String, Object> ledgerEntry(long rectificationId) {
		return jdbc.sql("select status, due_on from imp_issue where source = 'RECTIFICATION' and source_id = :id")
			.param("id", rectificationId)
			.query()
			.singleRow();
	}

	@Test
	void aStillBadFollowUpReopensTheClosedRectificationWithFreshDeadlines() {
		at("2026-11-02"); // Monday: 回访 due 11-03, 整改反馈 due 11-23
		String token = badRatingAtThePoliceCounter();
		var r = rectification();
		long id = r.get("id").asLong();
		assertThat(r.get("feedbackDue").asString()).isEqualTo("2026-11-23");
		rectifiedAndClosed(r);
		assertThat(rectification().get("onTime").asBoolean()).isTrue();
		assertThat(siteStats().get("badClosedInTime").asInt()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ledgerEntry(id).get("status")).isEqualTo("CLOSED"));

		at("2026-11-04"); // the 追评, two days later: still not satisfied
		var rating = followUp(token, "DISSATISFIED", "问题仍未解决");
		assertThat(rating.get("followUpLabel").asString()).isEqualTo("不满意");
		var reopened = rectification();
		assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
		assertThat(reopened.get("round").asInt()).isEqualTo(2);
		assertThat(reopened.get("reopenedOn").asString()).isEqualTo("2026-11-04");
		assertThat(reopened.get("reopenReason").asString()).isEqualTo("群众追评不满意：问题仍未解决");
		assertThat(reopened.get("callBackDue").asString()).as("one working day after the 追评").isEqualTo("2026-11-05");
		assertThat(reopened.get("feedbackDue").asString()).as("15 working days after the 追评").isEqualTo("2026-11-25");
		assertThat(reopened.get("callBack").isNull()).as("the steps start again").isTrue();
		assertThat(reopened.get("light").asString()).isEqualTo("GREEN");
		assertThat(reopened.get("earlierRounds").size()).isEqualTo(1);
		assertThat(reopened.get("earlierRounds").get(0).get("feedbackText").asString()).isEqualTo("已整改");
		assertThat(reopened.get("earlierRounds").get(0).get("onTime").asBoolean()).isTrue();
		var stats = siteStats();
		assertThat(stats.get("bad").asInt()).isEqualTo(1);
		assertThat(stats.get("badClosedInTime").asInt()).as("open again: not closed in time").isZero();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var entry = ledgerEntry(id);
			assertThat(entry.get("status")).isEqualTo("OPEN");
			assertThat(entry.get("due_on").toString()).isEqualTo("2026-11-25");
		});

		// the department is told once, by the reminder job
		reminders.run();
		reminders.run();
		var told = police.get("/api/me/reminders").body();
		assertThat(told.size()).isEqualTo(1);
		assertThat(told.get(0).get("light").asString()).isEqualTo("NOTICE");
		assertThat(told.get(0).get("title").asString()).contains("重新打开").contains("2026-11-25");

		// the second round, on time: closed in time once, not twice
		var closedAgain = rectifiedAndClosed(reopened);
		assertThat(closedAgain.get("onTime").asBoolean()).isTrue();
		stats = siteStats();
		assertThat(stats.get("bad").asInt()).isEqualTo(1);
		assertThat(stats.get("badClosedInTime").asInt()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ledgerEntry(id).get("status")).isEqualTo("CLOSED"));
	}

	@Test
	void aLateFirstRoundKeepsTheReopenedRectificationLate() {
		at("2026-11-02");
		String token = badRatingAtThePoliceCounter();
		var r = rectification();
		at("2026-11-04"); // 回访 was due 11-03
		assertThat(rectifiedAndClosed(r).get("onTime").asBoolean()).isFalse();
		followUp(token, "VERY_DISSATISFIED", null);
		var reopened = rectification();
		assertThat(reopened.get("reopenReason").asString()).isEqualTo("群众追评非常不满意");
		assertThat(rectifiedAndClosed(reopened).get("onTime").asBoolean())
			.as("a second round on time does not make the first one on time").isFalse();
		assertThat(siteStats().get("badClosedInTime").asInt()).isZero();
	}

	@Test
	void aSatisfiedFollowUpIsTheRevisitResultAndAFollowUpOnAnOpenRectificationChangesNothing() {
		at("2026-11-02");
		String token = badRatingAtThePoliceCounter();
		var closed = rectifiedAndClosed(rectification());
		at("2026-11-03");
		followUp(token, "SATISFIED", "整改后满意");
		var after = rectification();
		assertThat(after.get("status").asString()).isEqualTo("CLOSED");
		assertThat(after.get("round").asInt()).isEqualTo(1);
		assertThat(after.get("revisit").get("levelLabel").asString()).isEqualTo("满意");
		assertThat(after.get("revisit").get("comment").asString()).isEqualTo("整改后满意");
		assertThat(after.get("onTime").asBoolean()).isEqualTo(closed.get("onTime").asBoolean());
		assertThat(siteStats().get("badClosedInTime").asInt()).isEqualTo(1);

		// another 差评 whose rectification is still open when the unhappy 追评 comes: it just goes on
		hall = new EvaluationFixtures(halls, staffSetup, sites).create();
		police = HallClient.loggedIn(port, hall.police());
		String second = badRatingAtThePoliceCounter();
		var open = rectification();
		followUp(second, "DISSATISFIED", "还没有人联系我");
		var unchanged = rectification();
		assertThat(unchanged.get("status").asString()).isEqualTo("OPEN");
		assertThat(unchanged.get("round").asInt()).isEqualTo(1);
		assertThat(unchanged.get("version").asInt()).isEqualTo(open.get("version").asInt());
		assertThat(unchanged.get("revisit").isNull()).isTrue();
	}
}
