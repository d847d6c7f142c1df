package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.support.Cases.open;
import static org.onewindow.support.Cases.openBody;
import static org.onewindow.support.Cases.provideRequired;
import static org.onewindow.support.Cases.version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.internal.DeficiencyDeadlines;
import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.Situation;
import org.onewindow.platform.DomainException;
import org.onewindow.site.SiteLevel;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The outcomes short of plain acceptance: the one-time notice and its 补正 rate, 不予受理, 容缺受理 with its rules,
 * the blacklist and the deadline job on pinned 2026 dates (National Day holidays and a 调休 Saturday in between).
 */
@HallIntegrationTest
class AcceptanceOutcomesIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	/** Wednesday before the National Day holidays of 2026 (1–7 October, 10 October a make-up working Saturday). */
	static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 9, 30);

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CaseLifecycle lifecycle;

	@Autowired
	DeficiencyDeadlines deadlines;

	@Autowired
	StaffSetup staffSetup;

	@Autowired
	ConfigurableApplicationContext context;

	AcceptanceFixtures fixtures;

	TestHall hall;

	HallClient clerk;

	CaseEvents events;

	@BeforeEach
	void newHall() {
		fixtures = new AcceptanceFixtures(catalog);
		hall = halls.create(List.of(List.of("A")));
		clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		events = new CaseEvents(context);
	}

	@AfterEach
	void reset() {
		clock.reset();
		events.close();
	}

	// --- 一次性告知

	@Test
	void aOneTimeNoticeListsEveryMissingAndWrongMaterialAndIsCounted() {
		var situation = fixtures.promisedAtTown();
		var required = situation.materials().stream().filter(MaterialRequirement::required).toList();
		String kept = required.get(0).name();
		var kase = open(clerk, openBody(situation.code()));
		long id = kase.get("id").asLong();
		var put = clerk.put("/api/cases/" + id + "/materials/1",
				Map.of("version", kase.get("version").asInt(), "status", "PROVIDED_COPY"));
		kase = put.body();
		assertThat(kase.get("materials").get(0).get("name").asString()).isEqualTo(kept);

		var body = new HashMap<String, Object>();
		body.put("version", kase.get("version").asInt());
		body.put("items", List.of(Map.of("line", 1, "problem", "复印件模糊，无法辨认签名"),
				Map.of("material", "申请表第二页", "problem", "经营范围填写不规范，应按目录表述")));
		body.put("note", "请一次备齐");
		var noticed = clerk.post("/api/cases/" + id + "/notice", body);
		assertThat(noticed.status()).as(noticed.text()).isEqualTo(201);
		assertThat(noticed.location()).contains("/documents/notices/");
		var after = noticed.body();
		assertThat(after.get("status").get("code").asString()).isEqualTo("PENDING_SUPPLEMENT");
		assertThat(after.get("status").get("label").asString()).isEqualTo("待补正");
		assertThat(after.get("noticeCount").asInt()).isEqualTo(1);

		var document = clerk.get(noticed.location().replaceFirst("^https?://[^/]+", ""));
		assertThat(document.status()).as(document.text()).isEqualTo(200);
		assertThat(document.body().get("document").asString()).isEqualTo("一次性告知书");
		var items = document.body().get("items").valueStream().toList();
		// every required line (the first one because it is wrong, the others because they are missing) and the extra
		assertThat(items).hasSize(required.size() + 1);
		assertThat(items.get(0).get("why").asString()).isEqualTo("复印件模糊，无法辨认签名");
		assertThat(items.stream().map(i -> i.get("material").asString()))
			.containsAll(required.stream().map(MaterialRequirement::name).toList())
			.contains("申请表第二页");
		assertThat(items).allMatch(i -> !i.get("needed").asString().isBlank() && !i.get("why").asString().isBlank());
		assertThat(sms("one-time-notice", kase.get("caseNumber").asString())).isEqualTo(1);

		var stale = clerk.post("/api/cases/" + id + "/resume", version(kase));
		assertThat(stale.status()).isEqualTo(409);
		var resumed = clerk.post("/api/cases/" + id + "/resume", version(after));
		assertThat(resumed.status()).as(resumed.text()).isEqualTo(200);
		assertThat(resumed.body().get("status").get("code").asString()).isEqualTo("DRAFT");
		assertThat(resumed.body().get("materials").get(0).get("status").get("code").asString())
			.as("the checklist is kept").isEqualTo("PROVIDED_COPY");

		var second = clerk.post("/api/cases/" + id + "/notice", Map.of("version", resumed.body().get("version").asInt()));
		assertThat(second.status()).as(second.text()).isEqualTo(201);
		assertThat(second.body().get("noticeCount").asInt()).isEqualTo(2);
		assertThat(second.body().get("notices").get(1).get("seq").asInt()).isEqualTo(2);

		var other = provideRequired(clerk, open(clerk, openBody(situation.code())), List.of());
		assertThat(clerk.post("/api/cases/" + other.get("id").asLong() + "/accept", version(other)).status())
			.isEqualTo(200);
		var quality = clerk.get("/api/acceptance/quality");
		assertThat(quality.status()).as(quality.text()).isEqualTo(200);
		var row = quality.body().get("situations").get(0);
		assertThat(row.get("subjectCode").asString()).isEqualTo(situation.code());
		assertThat(row.get("cases").asLong()).isEqualTo(2);
		assertThat(row.get("casesWithNotice").asLong()).isEqualTo(1);
		assertThat(row.get("notices").asLong()).isEqualTo(2);
		assertThat(row.get("rate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(clerk.get("/api/acceptance/quality?from=2026-12-01&to=2026-11-01").status()).isEqualTo(400);
	}

	@Test
	void aNoticeNeedsSomethingToNoticeAndBadItemsAreRefused() {
		var kase = provideRequired(clerk, open(clerk, openBody(fixtures.promisedAtTown().code())), List.of());
		long id = kase.get("id").asLong();
		var empty = clerk.post("/api/cases/" + id + "/notice", version(kase));
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.code()).isEqualTo("acceptance.notice-empty");
		var longProblem = clerk.post("/api/cases/" + id + "/notice", Map.of("version", kase.get("version").asInt(),
				"items", List.of(Map.of("line", 1, "problem", "x".repeat(501)))));
		assertThat(longProblem.status()).isEqualTo(400);
		var noName = clerk.post("/api/cases/" + id + "/notice", Map.of("version", kase.get("version").asInt(),
				"items", List.of(Map.of("problem", "缺少"))));
		assertThat(noName.code()).isEqualTo("acceptance.notice-item-material-required");
		var unknownLine = clerk.post("/api/cases/" + id + "/notice", Map.of("version", kase.get("version").asInt(),
				"items", List.of(Map.of("line", 999, "problem", "缺少"))));
		assertThat(unknownLine.status()).isEqualTo(400);
		assertThat(clerk.get("/api/cases/" + id).body().get("status").get("code").asString()).isEqualTo("DRAFT");
	}

	// --- 不予受理

	@Test
	void notAcceptedWithItsLegalReasonAndPrintableDecision() {
		var kase = open(clerk, openBody(fixtures.promisedAtTown().code()));
		long id = kase.get("id").asLong();
		assertThat(clerk.post("/api/cases/" + id + "/reject", version(kase)).status()).isEqualTo(400);
		var overlong = clerk.post("/api/cases/" + id + "/reject",
				Map.of("version", kase.get("version").asInt(), "reason", "理".repeat(501)));
		assertThat(overlong.status()).isEqualTo(400);
		assertThat(clerk.get("/api/cases/" + id + "/documents/not-accepted-decision").status()).isEqualTo(409);

		String reason = "申请事项依法不属于本机关职权范围（《中华人民共和国行政许可法》第三十二条第一款第二项）";
		var rejected = clerk.post("/api/cases/" + id + "/reject",
				Map.of("version", kase.get("version").asInt(), "reason", reason));
		assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
		assertThat(rejected.body().get("status").get("label").asString()).isEqualTo("不予受理");
		var decision = clerk.get("/api/cases/" + id + "/documents/not-accepted-decision").body();
		assertThat(decision.get("document").asString()).isEqualTo("不予受理决定书");
		assertThat(decision.get("reason").asString()).isEqualTo(reason);
		assertThat(decision.get("remedy").asString()).contains("行政复议");
		assertThat(sms("case-not-accepted", kase.get("caseNumber").asString())).isEqualTo(1);
		var again = clerk.post("/api/cases/" + id + "/accept", version(rejected.body()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.detail()).contains("不予受理");
	}

	// --- 容缺受理

	@Test
	void deficiencyAcceptanceOwesANonKeyMaterialUntilItArrives() {
		clock.pin(ZonedDateTime.of(ACCEPTED_ON, LocalTime.of(10, 0), HALL));
		var situation = fixtures.promisedAtTown();
		String owed = nonKeyRequired(situation).name();
		var kase = provideRequired(clerk, open(clerk, openBody(situation.code())), List.of(owed));
		long id = kase.get("id").asLong();
		LocalDate promised = calendar.addWorkingDays(ACCEPTED_ON, situation.promisedDays());

		var accepted = clerk.post("/api/cases/" + id + "/accept", deficiency(kase, promised));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		var body = accepted.body();
		assertThat(body.get("status").get("code").asString()).isEqualTo("IN_APPROVAL");
		assertThat(body.get("promisedDate").asString()).isEqualTo(promised.toString());
		assertThat(body.get("deficiency").get("deadline").asString()).isEqualTo(promised.toString());
		assertThat(body.get("deficiency").get("owed").valueStream().map(JsonNode::asString)).containsExactly(owed);
		assertThat(lifecycle.get(id).deficiencyOpen()).isTrue();
		assertThat(events.of(CaseAccepted.class).stream().filter(e -> e.caseId() == id)).hasSize(1);
		var notice = clerk.get("/api/cases/" + id + "/documents/acceptance-notice").body();
		assertThat(notice.get("deficiency").get("owed").get(0).asString()).isEqualTo(owed);

		assertThatThrownBy(() -> lifecycle.conclude(id, CaseOutcome.APPROVED, "准予", List.of()))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("acceptance.deficiency-open"));

		JsonNode owedLine = line(body, owed);
		JsonNode otherLine = body.get("materials").valueStream().filter(l -> !l.get("owed").asBoolean()).findFirst()
			.orElseThrow();
		var notOwed = clerk.put("/api/cases/" + id + "/materials/" + otherLine.get("line").asInt(),
				Map.of("version", body.get("version").asInt(), "status", "MISSING"));
		assertThat(notOwed.status()).isEqualTo(409);
		assertThat(notOwed.code()).isEqualTo("acceptance.material-not-owed");
		var stillMissing = clerk.put("/api/cases/" + id + "/materials/" + owedLine.get("line").asInt(),
				Map.of("version", body.get("version").asInt(), "status", "MISSING"));
		assertThat(stillMissing.code()).isEqualTo("acceptance.owed-material-must-be-provided");

		var supplied = clerk.put("/api/cases/" + id + "/materials/" + owedLine.get("line").asInt(),
				Map.of("version", body.get("version").asInt(), "status", "PROVIDED_ORIGINAL"));
		assertThat(supplied.status()).as(supplied.text()).isEqualTo(200);
		assertThat(supplied.body().get("deficiency").get("deadline").isNull()).isTrue();
		assertThat(lifecycle.get(id).deficiencyOpen()).isFalse();
		lifecycle.conclude(id, CaseOutcome.APPROVED, "准予许可", List.of());
		assertThat(lifecycle.get(id).status()).isEqualTo(CaseStatus.CONCLUDED);
	}

	@Test
	void deficiencyIsRefusedForKeyMaterialsLateDeadlinesAndBlacklistedApplicants() {
		clock.pin(ZonedDateTime.of(ACCEPTED_ON, LocalTime.of(10, 0), HALL));
		var situation = fixtures.promisedAtTown();
		String key = situation.materials().stream().filter(m -> m.required() && m.key()).findFirst().orElseThrow()
			.name();
		LocalDate promised = calendar.addWorkingDays(ACCEPTED_ON, situation.promisedDays());

		var withKeyMissing = provideRequired(clerk, open(clerk, openBody(situation.code())), List.of(key));
		var keyRefused = clerk.post("/api/cases/" + withKeyMissing.get("id").asLong() + "/accept",
				deficiency(withKeyMissing, promised));
		assertThat(keyRefused.status()).isEqualTo(422);
		assertThat(keyRefused.code()).isEqualTo("acceptance.deficiency-refused");
		assertThat(keyRefused.detail()).contains(key).contains("要件");

		String owed = nonKeyRequired(situation).name();
		var kase = provideRequired(clerk, open(clerk, openBody(situation.code())), List.of(owed));
		long id = kase.get("id").asLong();
		var late = clerk.post("/api/cases/" + id + "/accept", deficiency(kase, promised.plusDays(1)));
		assertThat(late.status()).isEqualTo(422);
		assertThat(late.detail()).contains("承诺办结日期");
		LocalDate beyondLimit = calendar.addWorkingDays(ACCEPTED_ON, 21);
		var tooFar = clerk.post("/api/cases/" + id + "/accept", deficiency(kase, beyondLimit));
		assertThat(tooFar.body().get("errors").valueStream().map(e -> e.get("message").asString()))
			.contains("补齐期限超过允许的工作日数");
		var today = clerk.post("/api/cases/" + id + "/accept", deficiency(kase, ACCEPTED_ON));
		assertThat(today.status()).isEqualTo(422);
		var noPledge = new HashMap<String, Object>(deficiency(kase, promised));
		noPledge.put("deficiency", Map.of("pledgeText", " ", "deadline", promised.toString()));
		assertThat(clerk.post("/api/cases/" + id + "/accept", noPledge).status()).isEqualTo(400);
		var overlongPledge = new HashMap<String, Object>(deficiency(kase, promised));
		overlongPledge.put("deficiency", Map.of("pledgeText", "诺".repeat(2001), "deadline", promised.toString()));
		assertThat(clerk.post("/api/cases/" + id + "/accept", overlongPledge).status()).isEqualTo(400);

		var admin = siteAdmin();
		var listed = admin.post("/api/acceptance/blacklist", Map.of("kind", "PERSON", "idNumber",
				Cases.PERSON_ID, "name", "张三", "reason", "2026年容缺承诺未履行"));
		assertThat(listed.status()).as(listed.text()).isEqualTo(201);
		try {
			var blacklisted = clerk.post("/api/cases/" + id + "/accept", deficiency(kase, promised));
			assertThat(blacklisted.status()).isEqualTo(422);
			assertThat(blacklisted.code()).isEqualTo("acceptance.deficiency-blacklisted");
			assertThat(blacklisted.detail()).contains("失信");
			assertThat(clerk.get("/api/cases/" + id).body().get("status").get("code").asString()).isEqualTo("DRAFT");
			assertThat(events.of(CaseAccepted.class).stream().filter(e -> e.caseId() == id)).isEmpty();
		}
		finally {
			assertThat(admin.delete("/api/acceptance/blacklist/" + listed.body().get("id").asLong()).status())
				.isEqualTo(204);
		}
		var nowAllowed = clerk.post("/api/cases/" + id + "/accept", deficiency(kase, promised));
		assertThat(nowAllowed.status()).as(nowAllowed.text()).isEqualTo(200);
	}

	@Test
	void theCaseOffersTheLatestDeficiencyDeadlineTheEarlierOfThePromisedDateAndTwentyWorkingDays() {
		clock.pin(ZonedDateTime.of(ACCEPTED_ON, LocalTime.of(10, 0), HALL));
		var quick = fixtures.situation(s -> deficiencyPossibleAtTown(s) && s.promisedDays() > 0 && s.promisedDays() < 10);
		var slow = fixtures.situation(s -> deficiencyPossibleAtTown(s) && s.promisedDays() > 20);

		var quickCase = open(clerk, openBody(quick.code()));
		assertThat(quickCase.get("deficiencyMaxDays").asInt()).isEqualTo(20);
		assertThat(quickCase.get("deficiencyLatestDate").asString()).as("the promised date comes first")
			.isEqualTo(calendar.addWorkingDays(ACCEPTED_ON, quick.promisedDays()).toString());
		var slowCase = provideRequired(clerk, open(clerk, openBody(slow.code())),
				List.of(nonKeyRequired(slow).name()));
		// 20 working days after 30 September 2026: 1–7 October are holidays, Saturday 10 October is worked
		assertThat(slowCase.get("deficiencyLatestDate").asString()).as("twenty working days come first")
			.isEqualTo("2026-11-03");

		long id = slowCase.get("id").asLong();
		var tooLate = clerk.post("/api/cases/" + id + "/accept", deficiency(slowCase, LocalDate.of(2026, 11, 4)));
		assertThat(tooLate.status()).isEqualTo(422);
		assertThat(tooLate.detail()).contains("补齐期限超过允许的工作日数");
		var accepted = clerk.post("/api/cases/" + id + "/accept", deficiency(slowCase, LocalDate.of(2026, 11, 3)));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(accepted.body().get("deficiency").get("deadline").asString()).isEqualTo("2026-11-03");
		assertThat(accepted.body().get("deficiencyLatestDate").isNull()).as("offered only while it can be accepted")
			.isTrue();
	}

	@Test
	void theDeadlineJobTerminatesOnlyCasesWhoseDeadlinePassedAndOnlyOnce() {
		clock.pin(ZonedDateTime.of(ACCEPTED_ON, LocalTime.of(10, 0), HALL));
		var situation = fixtures.promisedAtTown();
		String owed = nonKeyRequired(situation).name();
		LocalDate deadline = calendar.addWorkingDays(ACCEPTED_ON, 3);
		assertThat(deadline).as("3 working days after 30 September 2026 skip the holidays and count the 调休 Saturday")
			.isEqualTo(LocalDate.of(2026, 10, 10));
		LocalDate promised = calendar.addWorkingDays(ACCEPTED_ON, situation.promisedDays());
		if (deadline.isAfter(promised)) {
			deadline = promised;
		}
		var kase = provideRequired(clerk, open(clerk, openBody(situation.code())), List.of(owed));
		long id = kase.get("id").asLong();
		var accepted = clerk.post("/api/cases/" + id + "/accept", deficiency(kase, deadline));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);

		clock.pin(ZonedDateTime.of(deadline, LocalTime.of(23, 0), HALL));
		assertThat(deadlines.run()).doesNotContain(id);
		assertThat(lifecycle.get(id).status()).isEqualTo(CaseStatus.IN_APPROVAL);

		clock.pin(ZonedDateTime.of(deadline.plusDays(1), LocalTime.of(0, 5), HALL));
		deadlines.run(); // (the scheduled run may have come first: either way the case ends once)
		assertThat(lifecycle.get(id).status()).isEqualTo(CaseStatus.TERMINATED);
		assertThat(deadlines.run()).as("idempotent").doesNotContain(id);
		assertThat(events.of(CaseTerminated.class).stream().filter(e -> e.caseId() == id)).hasSize(1);
		assertThat(sms("case-terminated", kase.get("caseNumber").asString())).isEqualTo(1);
		var notice = clerk.get("/api/cases/" + id + "/documents/termination-notice");
		assertThat(notice.status()).as(notice.text()).isEqualTo(200);
		assertThat(notice.body().get("document").asString()).isEqualTo("终止办理告知书");
		assertThat(notice.body().get("owed").get(0).asString()).isEqualTo(owed);
		assertThat(notice.body().get("deficiencyDeadline").asString()).isEqualTo(deadline.toString());
		int current = clerk.get("/api/cases/" + id).body().get("version").asInt();
		var late = clerk.put("/api/cases/" + id + "/materials/" + line(accepted.body(), owed).get("line").asInt(),
				Map.of("version", current, "status", "PROVIDED_ORIGINAL"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.detail()).contains("已终止");
	}

	// --- the blacklist

	@Test
	void onlyAdministratorsKeepTheBlacklistAndEveryChangeIsAudited() {
		var admin = siteAdmin();
		assertThat(clerk.get("/api/acceptance/blacklist").status()).isEqualTo(403);
		assertThat(clerk.post("/api/acceptance/blacklist", Map.of("kind", "PERSON", "idNumber",
				AcceptanceFixtures.OTHER_PERSON_ID, "name", "李四", "reason", "失信")).status()).isEqualTo(403);

		assertThat(admin.post("/api/acceptance/blacklist", Map.of("kind", "PERSON", "name", "李四", "reason", "失信"))
			.code()).isEqualTo("acceptance.applicant-id-number-required");
		assertThat(admin.post("/api/acceptance/blacklist", Map.of("kind", "ORGANIZATION", "creditCode", "BAD",
				"name", "某公司", "reason", "失信")).status()).isEqualTo(400);
		assertThat(admin.post("/api/acceptance/blacklist", Map.of("kind", "PERSON", "idNumber",
				AcceptanceFixtures.OTHER_PERSON_ID, "name", "李四", "reason", "失信", "until", "2020-01-01")).code())
			.isEqualTo("acceptance.blacklist-until-past");

		var added = admin.post("/api/acceptance/blacklist", Map.of("kind", "PERSON", "idNumber",
				AcceptanceFixtures.OTHER_PERSON_ID, "name", "李四", "reason", "虚假承诺"));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		long entry = added.body().get("id").asLong();
		try {
			assertThat(added.body().get("applicantId").asString()).doesNotContain("19500307");
			assertThat(added.body().get("name").asString()).isEqualTo("李*");
			var duplicate = admin.post("/api/acceptance/blacklist", Map.of("kind", "PERSON", "idNumber",
					AcceptanceFixtures.OTHER_PERSON_ID, "name", "李四", "reason", "再次"));
			assertThat(duplicate.status()).isEqualTo(409);
			assertThat(admin.get("/api/acceptance/blacklist").body().valueStream()
				.map(e -> e.get("id").asLong())).contains(entry);
		}
		finally {
			assertThat(admin.delete("/api/acceptance/blacklist/" + entry).status()).isEqualTo(204);
		}
		assertThat(admin.delete("/api/acceptance/blacklist/" + entry).status()).isEqualTo(404);
		AcceptanceFixtures.awaitAudit(jdbc, "/api/acceptance/blacklist", 201);
		AcceptanceFixtures.awaitAudit(jdbc, "/api/acceptance/blacklist/" + entry, 204);
		AcceptanceFixtures.awaitAudit(jdbc, "/api/acceptance/blacklist/" + entry, 404);
	}

	// --- helpers

	private HallClient siteAdmin() {
		String username = "a" + hall.clerks().get(0);
		if (jdbc.sql("select count(*) from sf_account where username = :u").param("u", username).query(Integer.class)
			.single() == 0) {
			staffSetup.account(username, "测试站长", HallClient.DEMO_PASSWORD, hall.siteId(), null,
					EnumSet.of(Role.SITE_ADMIN), List.of());
		}
		return HallClient.loggedIn(port, username);
	}

	private static boolean deficiencyPossibleAtTown(Situation s) {
		return s.mode() == AcceptanceMode.PROMISED && s.acceptLevels().contains(SiteLevel.TOWN)
				&& Cases.personal(s) && s.materials().stream().anyMatch(m -> m.required() && !m.key());
	}

	private static MaterialRequirement nonKeyRequired(Situation situation) {
		return situation.materials().stream().filter(m -> m.required() && !m.key()).findFirst().orElseThrow();
	}

	private static Map<String, Object> deficiency(JsonNode kase, LocalDate deadline) {
		return Map.of("version", kase.get("version").asInt(), "deficiency",
				Map.of("pledgeText", "本人承诺在补齐期限内提交所缺材料，逾期未补齐的，同意终止办理。", "deadline", deadline.toString()));
	}

	private static JsonNode line(JsonNode kase, String name) {
		return kase.get("materials").valueStream().filter(l -> l.get("name").asString().equals(name)).findFirst()
			.orElseThrow();
	}

	private int sms(String purpose, String caseNumber) {
		return jdbc.sql("select count(*) from pf_sms_outbox where purpose = :purpose and text like :number")
			.param("purpose", purpose)
			.param("number", "%" + caseNumber + "%")
			.query(Integer.class)
			.single();
	}
}
