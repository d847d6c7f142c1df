package org.onewindow.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.delivery.DeliveryFixtures;
import org.onewindow.escalation.EscalationClosed;
import org.onewindow.escalation.EscalationRegistered;
import org.onewindow.evaluation.BadRatingReceived;
import org.onewindow.evaluation.RectificationClosed;
import org.onewindow.evaluation.RectificationReopened;
import org.onewindow.improvement.internal.IssueLedger;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * 金点子 campaigns and the issue ledger over HTTP, with the feeds from 好差评 and 办不成事 published as their modules
 * publish them (inside a transaction), on real 2026 dates: the 国庆 holidays run 1–7 October and Saturday 10 October
 * is a 调休 working day.
 */
@HallIntegrationTest
class ImprovementIntegrationTests {

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
	TestClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IssueLedger ledger;

	@Value("${onewindow.rate-limits.buckets.suggestions-per-address.limit}")
	int suggestionsPerAddress;

	TestHall hall;

	HallClient admin;

	HallClient supervisor;

	HallClient foreignAdmin;

	long departmentId;

	@BeforeEach
	void setUp() {
		hall = halls.create(List.of(List.of("A")));
		var other = halls.create(List.of(List.of("A")));
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
		departmentId = sites.departments().get(0).id();
		staffSetup.account("ia" + tag, "测试站点管理员", HallClient.DEMO_PASSWORD, hall.siteId(), null,
				EnumSet.of(Role.SITE_ADMIN), List.of());
		staffSetup.account("is" + tag, "测试监督员", HallClient.DEMO_PASSWORD, hall.siteId(), null,
				EnumSet.of(Role.SUPERVISOR), List.of());
		staffSetup.account("ix" + tag, "外站管理员", HallClient.DEMO_PASSWORD, other.siteId(), null,
				EnumSet.of(Role.SITE_ADMIN), List.of());
		admin = HallClient.loggedIn(port, "ia" + tag);
		supervisor = HallClient.loggedIn(port, "is" + tag);
		foreignAdmin = HallClient.loggedIn(port, "ix" + tag);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private void pinAt(LocalDate day) {
		clock.pin(LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(HALL));
	}

	private static long newId() {
		return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private JsonNode manual(String deadlineClass) {
		var response = admin.post("/api/improvement/issues", Map.of("siteId", hall.siteId(), "departmentId",
				departmentId, "title", "大厅指示牌不清楚", "detail", "二楼找不到社保窗口", "deadlineClass", deadlineClass));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.body();
	}

	private JsonNode issue(long id) {
		var response = admin.get("/api/improvement/issues/" + id);
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		return response.body();
	}

	private JsonNode entryOf(String source, long sourceId) {
		return eventually(() -> {
			var list = admin.get("/api/improvement/issues?siteId=" + hall.siteId() + "&source=" + source);
			assertThat(list.status()).as(list.text()).isEqualTo(200);
			for (var entry : list.body()) {
				if (entry.get("sourceId").asLong() == sourceId) {
					return entry;
				}
			}
			return null;
		});
	}

	private static <T> T eventually(Supplier<T> probe) {
		long until = System.currentTimeMillis() + 10_000;
		while (true) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			if (System.currentTimeMillis() > until) {
				throw new AssertionError("nothing arrived within 10 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	// --- deadlines and lights on real 2026 dates -------------------------------------------------------------------

	@Test
	void deadlinesCountWorkingDaysOverTheNationalDayHolidaysAndTheMakeUpSaturday() {
		pinAt(LocalDate.of(2026, 9, 30)); // Wednesday before 国庆
		// Thu 8, Fri 9 and the 调休 Saturday 10 October are the first three working days after 30 September
		assertThat(manual("CONTACT").get("dueOn").asString()).isEqualTo("2026-10-08");
		var general = manual("GENERAL");
		assertThat(general.get("dueOn").asString()).isEqualTo("2026-10-10");
		assertThat(general.get("deadlineClassLabel").asString()).isEqualTo("一般问题");
		// … then Mon 12 to Thu 15
		assertThat(manual("DIFFICULT").get("dueOn").asString()).isEqualTo("2026-10-15");

		long id = general.get("id").asLong();
		assertThat(issue(id).get("light").asString()).isEqualTo("GREEN");
		pinAt(LocalDate.of(2026, 10, 7)); // still a holiday: no working day used
		assertThat(issue(id).get("light").asString()).isEqualTo("GREEN");
		pinAt(LocalDate.of(2026, 10, 8)); // 1 of 3 used
		assertThat(issue(id).get("light").asString()).isEqualTo("GREEN");
		pinAt(LocalDate.of(2026, 10, 9)); // 2 of 3 used: two thirds
		var yellow = issue(id);
		assertThat(yellow.get("light").asString()).isEqualTo("YELLOW");
		assertThat(yellow.get("lightLabel").asString()).isEqualTo("临期");
		pinAt(LocalDate.of(2026, 10, 10)); // the due day itself
		assertThat(issue(id).get("light").asString()).isEqualTo("YELLOW");
		pinAt(LocalDate.of(2026, 10, 11));
		var red = issue(id);
		assertThat(red.get("light").asString()).isEqualTo("RED");
		assertThat(red.get("lightLabel").asString()).isEqualTo("超期");

		var overdue = admin.get("/api/improvement/issues?siteId=" + hall.siteId() + "&overdue=true");
		assertThat(overdue.body().valueStream().map(e -> e.get("dueOn").asString()).toList())
			.containsExactlyInAnyOrder("2026-10-08", "2026-10-10");
		var figures = supervisor.get("/api/improvement/issues/figures?siteId=" + hall.siteId());
		assertThat(figures.status()).as(figures.text()).isEqualTo(200);
		var row = figures.body().get(0);
		assertThat(row.get("departmentId").asLong()).isEqualTo(departmentId);
		assertThat(row.get("open").asInt()).isEqualTo(3);
		assertThat(row.get("overdue").asInt()).isEqualTo(2);
		assertThat(row.get("closed").asInt()).isZero();
	}

	// --- feeds -----------------------------------------------------------------------------------------------------

	@Test
	void aBadRatingEntersOnceKeepsItsDueDateAndIsClosedAsUnfoundedWhenAnnulled() {
		pinAt(LocalDate.of(2026, 9, 30));
		long rectification = newId();
		var received = new BadRatingReceived(newId(), rectification, hall.siteId(), departmentId, null,
				"A012 综合受理 1号窗口", "服务态度；态度生硬", LocalDate.of(2026, 10, 28),
				Instant.parse("2026-09-30T02:00:00Z"));
		publish(received);
		publish(received); // handed over again: still one entry
		var entry = entryOf("RECTIFICATION", rectification);
		assertThat(entry.get("dueOn").asString()).isEqualTo("2026-10-28");
		assertThat(entry.get("openedOn").asString()).isEqualTo("2026-09-30");
		assertThat(entry.get("title").asString()).isEqualTo("差评整改：A012 综合受理 1号窗口");
		assertThat(entry.get("closableHere").asBoolean()).isFalse();
		assertThat(count("RECTIFICATION", rectification)).isEqualTo(1);

		// the ledger cannot close it: the rectification closes it
		var refused = admin.post("/api/improvement/issues/" + entry.get("id").asLong() + "/closure",
				Map.of("version", entry.get("version").asInt()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("improvement.closed-by-source");

		var closed = new RectificationClosed(rectification, 1, true, true, "申诉复核认定为恶意差评",
				Instant.parse("2026-10-09T03:00:00Z"));
		publish(closed);
		publish(closed);
		var done = eventually(() -> {
			var e = issue(entry.get("id").asLong());
			return e.get("status").asString().equals("CLOSED") ? e : null;
		});
		assertThat(done.get("outcome").asString()).isEqualTo("UNFOUNDED");
		assertThat(done.get("outcomeLabel").asString()).isEqualTo("不成立");
		assertThat(done.get("closedOn").asString()).isEqualTo("2026-10-09");
		assertThat(done.get("closedOnTime").asBoolean()).isTrue();
		assertThat(done.get("light").asString()).isEqualTo("NONE");
		assertThat(done.get("version").asInt()).isEqualTo(1); // closed once
	}

	/** The events of a bad rating and its rectification's two rounds: closed on time, reopened by a 追评, closed late. */
	record TwoRounds(BadRatingReceived bad, RectificationClosed closedFirst, RectificationReopened reopened,
			RectificationClosed closedSecond) {

		long rectification() {
			return bad.rectificationId();
		}
	}

	/** A new bad rating of 2 November and the events of its two rounds, none of them applied yet. */
	private TwoRounds twoRoundsOfANewBadRating(String service) {
		pinAt(LocalDate.of(2026, 11, 2));
		long rectification = newId();
		return new TwoRounds(new BadRatingReceived(newId(), rectification, hall.siteId(), departmentId, null, service,
				"服务态度", LocalDate.of(2026, 11, 23), Instant.parse("2026-11-02T02:00:00Z")),
				new RectificationClosed(rectification, 1, true, false, "已整改", Instant.parse("2026-11-03T02:00:00Z")),
				new RectificationReopened(rectification, 2, LocalDate.of(2026, 11, 25), "群众追评不满意",
						Instant.parse("2026-11-04T02:00:00Z")),
				new RectificationClosed(rectification, 2, false, false, "再次整改", Instant.parse("2026-11-27T02:00:00Z")));
	}

	@Test
	void aRectificationsEventsAppliedOutOfOrderLeaveItsEntryInTheLatestRoundsState() {
		// the listener's steps called one after the other in a chosen order, as the registry may hand the events over
		// after a crash (all outstanding at once) or listeners on two nodes may run them
		var rounds = twoRoundsOfANewBadRating("E003 公安专窗 5号窗口");
		ledger.record(rounds.bad());

		// round 2's opening before round 1's closing: the entry stays open, due with round 2's date
		ledger.reopen(rounds.reopened());
		ledger.close(rounds.closedFirst());
		var entry = entryOf("RECTIFICATION", rounds.rectification());
		assertThat(entry.get("status").asString()).isEqualTo("OPEN");
		assertThat(entry.get("dueOn").asString()).isEqualTo("2026-11-25");
		int version = entry.get("version").asInt();

		// round 2 closes; every earlier event handed over again changes nothing
		ledger.close(rounds.closedSecond());
		ledger.reopen(rounds.reopened());
		ledger.close(rounds.closedFirst());
		ledger.close(rounds.closedSecond());
		var done = issue(entry.get("id").asLong());
		assertThat(done.get("status").asString()).isEqualTo("CLOSED");
		assertThat(done.get("closedOn").asString()).isEqualTo("2026-11-27");
		assertThat(done.get("closedOnTime").asBoolean()).isFalse();
		assertThat(done.get("version").asInt()).isEqualTo(version + 1);
	}

	@Test
	void theRoundsOfARectificationInOrderCloseReopenAndCloseItsEntryOnce() {
		var rounds = twoRoundsOfANewBadRating("E004 公安专窗 5号窗口");
		ledger.record(rounds.bad());
		ledger.close(rounds.closedFirst());
		ledger.close(rounds.closedFirst());
		var entry = entryOf("RECTIFICATION", rounds.rectification());
		assertThat(entry.get("status").asString()).isEqualTo("CLOSED");
		assertThat(entry.get("version").asInt()).isEqualTo(1);
		ledger.reopen(rounds.reopened());
		ledger.reopen(rounds.reopened());
		var open = issue(entry.get("id").asLong());
		assertThat(open.get("status").asString()).isEqualTo("OPEN");
		assertThat(open.get("dueOn").asString()).isEqualTo("2026-11-25");
		assertThat(open.get("version").asInt()).isEqualTo(2);
		ledger.close(rounds.closedFirst()); // round 1's closing again: round 2 stays open
		assertThat(issue(entry.get("id").asLong()).get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void aRectificationClosedBeforeItsBadRatingWasHeardEntersItsEntryClosed() {
		// the closing handed over before the event that enters the entry (both outstanding after a crash)
		var rounds = twoRoundsOfANewBadRating("E005 公安专窗 5号窗口");
		long rectification = rounds.rectification();
		var bad = rounds.bad();
		var closed = rounds.closedFirst();
		ledger.close(closed);
		ledger.close(closed);
		assertThat(count("RECTIFICATION", rectification)).isZero();
		ledger.record(bad);
		ledger.record(bad);
		var entry = entryOf("RECTIFICATION", rectification);
		assertThat(count("RECTIFICATION", rectification)).isEqualTo(1);
		assertThat(entry.get("status").asString()).isEqualTo("CLOSED");
		ledger.close(closed); // handed over once more: nothing changes
		var done = issue(entry.get("id").asLong());
		assertThat(done.get("outcome").asString()).isEqualTo("RECTIFIED");
		assertThat(done.get("closedOn").asString()).isEqualTo("2026-11-03");
		assertThat(done.get("closedOnTime").asBoolean()).isTrue();
		assertThat(done.get("version").asInt()).isEqualTo(1); // entered, closed once
	}

	@Test
	void aRectificationsLaterRoundsHeardBeforeItsBadRatingLeaveItsEntryInTheLatestRoundsState() {
		var rounds = twoRoundsOfANewBadRating("E006 公安专窗 5号窗口");
		long rectification = rounds.rectification();
		ledger.reopen(rounds.reopened());
		ledger.close(rounds.closedFirst());
		ledger.record(rounds.bad());
		var entry = entryOf("RECTIFICATION", rectification);
		assertThat(entry.get("status").asString()).isEqualTo("OPEN");
		assertThat(entry.get("dueOn").asString()).isEqualTo("2026-11-25");
		ledger.close(rounds.closedSecond());
		assertThat(issue(entry.get("id").asLong()).get("status").asString()).isEqualTo("CLOSED");

		long escalation = newId();
		ledger.close(new EscalationClosed(escalation, true, false, Instant.parse("2026-11-05T08:00:00Z")));
		ledger.record(new EscalationRegistered(escalation, "BBC-20261102-009", hall.siteId(), null,
				"社保转移被要求回原籍办理", LocalDate.of(2026, 11, 6), Instant.parse("2026-11-02T01:30:00Z")));
		var matter = issue(entryOf("ESCALATION", escalation).get("id").asLong());
		assertThat(matter.get("status").asString()).isEqualTo("CLOSED");
		assertThat(matter.get("outcome").asString()).isEqualTo("UNSOLVED");
		assertThat(matter.get("closedOn").asString()).isEqualTo("2026-11-05");
	}

	@Test
	void aMatterThatCouldNotGetDoneEntersOnceAndClosesWithItsSource() {
		long escalation = newId();
		var registered = new EscalationRegistered(escalation, "BBC-20261008-001", hall.siteId(), null,
				"不动产登记被要求提供无法开具的证明", LocalDate.of(2026, 10, 9), Instant.parse("2026-10-08T01:30:00Z"));
		publish(registered);
		publish(registered);
		var entry = entryOf("ESCALATION", escalation);
		assertThat(entry.get("title").asString()).isEqualTo("办不成事 BBC-20261008-001：不动产登记被要求提供无法开具的证明");
		assertThat(entry.get("dueOn").asString()).isEqualTo("2026-10-09");
		assertThat(entry.get("departmentName").asString()).isEqualTo("大厅（未指定部门）");
		assertThat(count("ESCALATION", escalation)).isEqualTo(1);

		publish(new EscalationClosed(escalation, false, true, Instant.parse("2026-10-12T08:00:00Z")));
		var done = eventually(() -> {
			var e = issue(entry.get("id").asLong());
			return e.get("status").asString().equals("CLOSED") ? e : null;
		});
		assertThat(done.get("outcome").asString()).isEqualTo("SOLVED");
		assertThat(done.get("closedOnTime").asBoolean()).isFalse();
	}

	private int count(String source, long sourceId) {
		return jdbc.sql("select count(*) from imp_issue where source = :source and source_id = :id")
			.param("source", source)
			.param("id", sourceId)
			.query(Integer.class)
			.single();
	}

	// --- manual entries: evidence, closing, locking, scope ---------------------------------------------------------

	@Test
	void aManualEntryIsClosedWithEvidenceAndAStaleVersionIsRefused() {
		pinAt(LocalDate.of(2026, 10, 8));
		var entry = manual("GENERAL");
		long id = entry.get("id").asLong();
		assertThat(entry.get("dueOn").asString()).isEqualTo("2026-10-12"); // 9, 10 (调休), 12

		var early = admin.post("/api/improvement/issues/" + id + "/closure", Map.of("version", 0));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.code()).isEqualTo("improvement.evidence-required");

		String text = URLEncoder.encode("已在二楼增设社保指示牌", StandardCharsets.UTF_8);
		var withFile = supervisor.postMultipart("/api/improvement/issues/" + id + "/evidence?version=0&evidence=" + text,
				"file", "牌子.png", DeliveryFixtures.png(), "image/png");
		assertThat(withFile.status()).as(withFile.text()).isEqualTo(200);
		assertThat(withFile.body().get("status").asString()).isEqualTo("RECTIFYING");
		assertThat(withFile.body().get("hasEvidenceFile").asBoolean()).isTrue();
		assertThat(withFile.body().get("version").asInt()).isEqualTo(1);
		var file = admin.getBytes("/api/improvement/issues/" + id + "/evidence-file");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).isEqualTo("image/png");

		// another browser still holds version 0
		var stale = admin.post("/api/improvement/issues/" + id + "/closure", Map.of("version", 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("improvement.issue-changed");
		assertThat(issue(id).get("status").asString()).isEqualTo("RECTIFYING");

		pinAt(LocalDate.of(2026, 10, 12));
		var closed = admin.post("/api/improvement/issues/" + id + "/closure", Map.of("version", 1));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		assertThat(closed.body().get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.body().get("closedOnTime").asBoolean()).isTrue();
		var figures = admin.get("/api/improvement/issues/figures?siteId=" + hall.siteId()).body().get(0);
		assertThat(figures.get("closedOnTime").asInt()).isEqualTo(1);

		var again = admin.post("/api/improvement/issues/" + id + "/closure", Map.of("version", 2));
		assertThat(again.status()).isEqualTo(422);
	}

	@Test
	void anotherSitesStaffDoNotSeeTheEntriesAndBadInputIsRefused() {
		var entry = manual("CONTACT");
		long id = entry.get("id").asLong();
		var foreign = foreignAdmin.get("/api/improvement/issues/" + id);
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.code()).isEqualTo("improvement.issue-not-found");
		assertThat(foreignAdmin.post("/api/improvement/issues/" + id + "/closure", Map.of("version", 0)).status())
			.isEqualTo(404);
		assertThat(foreignAdmin.get("/api/improvement/issues?siteId=" + hall.siteId()).status()).isEqualTo(403);
		assertThat(foreignAdmin.get("/api/improvement/issues").body().valueStream()
			.noneMatch(e -> e.get("id").asLong() == id)).isTrue();

		var overlong = admin.post("/api/improvement/issues", Map.of("siteId", hall.siteId(), "title", "长".repeat(201),
				"deadlineClass", "GENERAL"));
		assertThat(overlong.status()).isEqualTo(400);
		var unknownClass = admin.postRaw("/api/improvement/issues",
				"{\"siteId\":" + hall.siteId() + ",\"title\":\"x\",\"deadlineClass\":\"SOMEDAY\"}");
		assertThat(unknownClass.status()).isEqualTo(400);
		var unknownDepartment = admin.post("/api/improvement/issues", Map.of("siteId", hall.siteId(), "title", "x",
				"departmentId", 987654321L, "deadlineClass", "GENERAL"));
		assertThat(unknownDepartment.status()).isEqualTo(400);
		assertThat(unknownDepartment.code()).isEqualTo("improvement.department-unknown");
		// a clerk has no business with the ledger
		var clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		assertThat(clerk.get("/api/improvement/issues").status()).isEqualTo(403);
	}

	// --- campaigns, the public form, review --------------------------------------------------------------------------

	private JsonNode campaign(String startsOn, String endsOn) {
		var response = admin.post("/api/improvement/campaigns", Map.of("siteId", hall.siteId(), "name",
				"2026年第四季度金点子征集", "startsOn", startsOn, "endsOn", endsOn, "targetGroups",
				List.of("CITIZEN", "ENTERPRISE"), "themes", List.of("SERVICE_QUALITY", "LAYOUT", "OTHER"),
				"questionnaireThemes", List.of("SERVICE_QUALITY", "LAYOUT")));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.body();
	}

	private static Map<String, Object> suggestion(String content) {
		var body = new HashMap<String, Object>();
		body.put("targetGroup", "CITIZEN");
		body.put("theme", "LAYOUT");
		body.put("content", content);
		body.put("answers", Map.of("SERVICE_QUALITY", 4, "LAYOUT", 2));
		return body;
	}

	@Test
	void aCampaignTakesSuggestionsOnlyWhileOpenAnonymousOnesKeepNoPersonalData() {
		pinAt(LocalDate.of(2026, 10, 8));
		var campaign = campaign("2026-10-08", "2026-12-31");
		String code = campaign.get("code").asString();
		assertThat(campaign.get("formPath").asString()).isEqualTo("/m/suggest/" + code);
		var citizen = new HallClient(port);
		var form = citizen.get("/api/public/suggest/" + code);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body().get("open").asBoolean()).isTrue();
		assertThat(form.body().get("questionnaireThemes").get(1).get("label").asString()).isEqualTo("大厅布局及标识");
		var qr = citizen.getBytes("/api/public/suggest/" + code + "/qr.png");
		assertThat(qr.status()).isEqualTo(200);
		assertThat(qr.contentType()).isEqualTo("image/png");

		var anonymous = citizen.post("/api/public/suggest/" + code, suggestion("<script>alert(1)</script>二楼缺少指示牌"));
		assertThat(anonymous.status()).as(anonymous.text()).isEqualTo(201);
		assertThat(anonymous.body().get("anonymous").asBoolean()).isTrue();
		long anonymousId = anonymous.body().get("id").asLong();
		var stored = jdbc.sql("select content, author_name, author_phone from imp_suggestion where id = :id")
			.param("id", anonymousId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.single();
		assertThat(stored).containsExactly("<script>alert(1)</script>二楼缺少指示牌", null, null);

		var named = suggestion("希望增加周末延时服务");
		named.put("name", "张三丰");
		named.put("phone", "138 1234 5678");
		var first = citizen.post("/api/public/suggest/" + code, named);
		assertThat(first.status()).isEqualTo(201);
		// a second tap on a slow phone sends it again: one suggestion, the same receipt
		var repeated = citizen.post("/api/public/suggest/" + code, named);
		assertThat(repeated.status()).isEqualTo(201);
		assertThat(repeated.body().get("id").asLong()).isEqualTo(first.body().get("id").asLong());
		assertThat(repeated.body().get("anonymous").asBoolean()).isFalse();

		var list = admin.get("/api/improvement/campaigns/" + campaign.get("id").asLong() + "/suggestions");
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		var byContent = new HashMap<String, JsonNode>();
		list.body().forEach(s -> byContent.put(s.get("content").asString(), s));
		var shownAnonymous = byContent.get("<script>alert(1)</script>二楼缺少指示牌");
		assertThat(shownAnonymous.get("author").asString()).isEqualTo("匿名");
		assertThat(shownAnonymous.get("phone").isNull()).isTrue();
		assertThat(shownAnonymous.get("answers").size()).isEqualTo(2);
		var shownNamed = byContent.get("希望增加周末延时服务");
		assertThat(shownNamed.get("author").asString()).isNotEqualTo("张三丰").startsWith("张");
		assertThat(shownNamed.get("phone").asString()).isEqualTo("138****5678");
		var detail = admin.get("/api/improvement/campaigns/" + campaign.get("id").asLong()).body();
		assertThat(detail.get("suggestions").get("NEW").asInt()).isEqualTo(2);
		assertThat(detail.get("scores").valueStream().filter(s -> s.get("theme").asString().equals("LAYOUT"))
			.findFirst().orElseThrow().get("average").asDouble()).isEqualTo(2.0);

		// bad input changes nothing
		var badPhone = suggestion("电话错了");
		badPhone.put("phone", "12345");
		assertThat(citizen.post("/api/public/suggest/" + code, badPhone).status()).isEqualTo(400);
		assertThat(citizen.post("/api/public/suggest/" + code, suggestion("长".repeat(1001))).status()).isEqualTo(400);
		var badScore = suggestion("分数错了");
		badScore.put("answers", Map.of("LAYOUT", 6));
		assertThat(citizen.post("/api/public/suggest/" + code, badScore).code()).isEqualTo("improvement.score-invalid");
		var staffGroup = suggestion("不面向工作人员");
		staffGroup.put("targetGroup", "STAFF");
		assertThat(citizen.post("/api/public/suggest/" + code, staffGroup).code())
			.isEqualTo("improvement.target-group-not-asked");
		assertThat(citizen.get("/api/public/suggest/ZZZZ9999").status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from imp_suggestion where campaign_id = :c")
			.param("c", campaign.get("id").asLong()).query(Integer.class).single()).isEqualTo(2);

		// after the period (and before it) the form refuses
		pinAt(LocalDate.of(2027, 1, 1));
		var late = citizen.post("/api/public/suggest/" + code, suggestion("来晚了"));
		assertThat(late.status()).isEqualTo(422);
		assertThat(late.code()).isEqualTo("improvement.campaign-closed");
		pinAt(LocalDate.of(2026, 10, 7));
		assertThat(citizen.post("/api/public/suggest/" + code, suggestion("来早了")).status()).isEqualTo(422);

		// a foreign site's administrator does not see the campaign
		assertThat(foreignAdmin.get("/api/improvement/campaigns/" + campaign.get("id").asLong()).status())
			.isEqualTo(404);
	}

	@Test
	void anAdoptedSuggestionEntersTheLedgerWithItsClassDeadline() {
		pinAt(LocalDate.of(2026, 9, 30));
		var campaign = campaign("2026-09-01", "2026-10-31");
		var citizen = new HallClient(port);
		long id = citizen.post("/api/public/suggest/" + campaign.get("code").asString(), suggestion("取号机旁增设老年人座椅"))
			.body().get("id").asLong();

		var missingClass = admin.post("/api/improvement/suggestions/" + id + "/review",
				Map.of("decision", "ADOPTED", "reply", "感谢建议", "version", 0));
		assertThat(missingClass.code()).isEqualTo("improvement.deadline-class-required");
		var stale = admin.post("/api/improvement/suggestions/" + id + "/review", Map.of("decision", "ADOPTED", "reply",
				"感谢建议", "departmentId", departmentId, "deadlineClass", "GENERAL", "version", 3));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("improvement.suggestion-changed");

		var adopted = supervisor.post("/api/improvement/suggestions/" + id + "/review", Map.of("decision", "ADOPTED",
				"reply", "已采纳，十月内增设", "departmentId", departmentId, "deadlineClass", "GENERAL", "version", 0));
		assertThat(adopted.status()).as(adopted.text()).isEqualTo(200);
		assertThat(adopted.body().get("status").asString()).isEqualTo("ADOPTED");
		long issueId = adopted.body().get("issueId").asLong();
		var entry = issue(issueId);
		assertThat(entry.get("source").asString()).isEqualTo("SUGGESTION");
		assertThat(entry.get("sourceId").asLong()).isEqualTo(id);
		assertThat(entry.get("dueOn").asString()).isEqualTo("2026-10-10");
		assertThat(entry.get("closableHere").asBoolean()).isTrue();

		var twice = admin.post("/api/improvement/suggestions/" + id + "/review",
				Map.of("decision", "REJECTED", "reply", "不采纳", "version", 1));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.code()).isEqualTo("improvement.suggestion-reviewed");
		assertThat(count("SUGGESTION", id)).isEqualTo(1);
	}

	@Test
	void campaignsAreCheckedAndKeptBySiteAdministrators() {
		var backwards = admin.post("/api/improvement/campaigns", Map.of("siteId", hall.siteId(), "name", "倒序",
				"startsOn", "2026-12-01", "endsOn", "2026-11-01", "targetGroups", List.of("STAFF"), "themes",
				List.of("OTHER")));
		assertThat(backwards.code()).isEqualTo("improvement.period-invalid");
		var noGroup = admin.post("/api/improvement/campaigns", Map.of("siteId", hall.siteId(), "name", "无对象",
				"startsOn", "2026-11-01", "endsOn", "2026-12-01", "targetGroups", List.of(), "themes", List.of("OTHER")));
		assertThat(noGroup.status()).isEqualTo(400);
		var bySupervisor = supervisor.post("/api/improvement/campaigns", Map.of("siteId", hall.siteId(), "name", "监督员",
				"startsOn", "2026-11-01", "endsOn", "2026-12-01", "targetGroups", List.of("STAFF"), "themes",
				List.of("OTHER")));
		assertThat(bySupervisor.status()).isEqualTo(403);

		var campaign = campaign("2026-11-01", "2026-11-30");
		long id = campaign.get("id").asLong();
		var body = new HashMap<String, Object>(Map.of("siteId", hall.siteId(), "name", "改名后的征集", "startsOn",
				"2026-11-01", "endsOn", "2026-12-31", "targetGroups", List.of("DEPUTY"), "themes",
				List.of("COUNTERS"), "version", 0));
		var updated = admin.put("/api/improvement/campaigns/" + id, body);
		assertThat(updated.status()).as(updated.text()).isEqualTo(200);
		assertThat(updated.body().get("targetGroups").get(0).get("label").asString()).isEqualTo("人大代表政协委员");
		var stale = admin.put("/api/improvement/campaigns/" + id, body);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("improvement.campaign-changed");
		assertThat(supervisor.get("/api/improvement/campaigns").body().valueStream()
			.anyMatch(c -> c.get("id").asLong() == id)).isTrue();
	}

	@Test
	void twentySuggestionsAnHourFromOneAddress() {
		pinAt(LocalDate.of(2026, 10, 8));
		String form = "/api/public/suggest/" + campaign("2026-10-08", "2026-12-31").get("code").asString();
		var script = HallClient.fromAnotherAddress(port);
		assertThat(script.post("/api/public/suggest/ZZZZ9999", suggestion("没有这个活动")).status())
			.as("a refused suggestion does not count").isEqualTo(404);
		for (int i = 0; i < suggestionsPerAddress; i++) {
			var receipt = script.post(form, suggestion("第 " + i + " 条建议：增加自助打印机"));
			assertThat(receipt.status()).as(receipt.text()).isEqualTo(201);
		}
		var refused = script.post(form, suggestion("再来一条"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("bucket").asString()).isEqualTo("suggestions-per-address");
		assertThat(refused.detail()).isEqualTo("操作过于频繁，请 1 小时后再试");
		assertThat(refused.header("Retry-After")).isEqualTo("3600");
		assertThat(HallClient.fromAnotherAddress(port).post(form, suggestion("再来一条")).status())
			.as("another address").isEqualTo(201);
		clock.pin(LocalDateTime.of(LocalDate.of(2026, 10, 8), LocalTime.of(11, 0)).atZone(HALL));
		assertThat(script.post(form, suggestion("新的一小时")).status()).as("a new window").isEqualTo(201);
	}
}
