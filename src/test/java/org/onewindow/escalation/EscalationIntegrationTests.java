package org.onewindow.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.onewindow.escalation.internal.EscalationService;
import org.onewindow.escalation.internal.EscalationService.Intake;
import org.onewindow.escalation.internal.ReplyChannel;
import org.onewindow.escalation.internal.Satisfaction;
import org.onewindow.platform.AuthenticatedStaff;
import org.onewindow.platform.DomainException;
import org.onewindow.shared.PhoneNumber;
import org.onewindow.site.DepartmentSummary;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

/**
 * The 办不成事反映窗口 over HTTP: deadlines of every class on real 2026 dates, the closure rules, optimistic locking,
 * site scope, bad input, the public online report, first-contact ownership, the events and the ledger figures.
 */
@HallIntegrationTest
@RecordApplicationEvents
class EscalationIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
	static final String ID = "110101199003070011";

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffSetup staffSetup;

	@Autowired
	SiteManagement sites;

	@Autowired
	EscalationService service;

	@Autowired
	ApplicationEvents events;

	@Value("${onewindow.rate-limits.buckets.matter-reports-per-address.limit}")
	int reportsPerAddress;

	@Value("${onewindow.rate-limits.buckets.matter-progress-failures-per-matter.limit}")
	int failuresPerMatter;

	@Value("${onewindow.rate-limits.buckets.matter-progress-failures-per-address.limit}")
	int failuresPerAddress;

	TestHall hall;

	HallClient clerk;

	@BeforeEach
	void newHall() {
		hall = halls.create(List.of(List.of("C"), List.of("A")));
		clerk = HallClient.loggedIn(port, hall.clerks().get(0));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	private void at(String date) {
		clock.pin(ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(10, 0), HALL));
	}

	private Map<String, Object> intake(String classification) {
		var body = new HashMap<String, Object>();
		body.put("name", "王小明");
		body.put("phone", "139 1234 5678");
		body.put("idNumber", ID);
		body.put("summary", "营业执照变更被告知材料不全，但清单上没有要求该材料");
		body.put("refusal", "窗口要求补交清单外的房产证明");
		body.put("refusedBy", "市场监管窗口");
		if (classification != null) {
			body.put("classification", classification);
		}
		return body;
	}

	private JsonNode register(HallClient client, Map<String, Object> body) {
		var response = client.post("/api/escalation/matters", body);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.body();
	}

	private String dueOf(String classification) {
		return register(clerk, intake(classification)).get("dueOn").asString();
	}

	private String adminOf(TestHall of, Role role) {
		String name = "adm" + of.siteId() + role.name().toLowerCase();
		staffSetup.account(name, "测试管理员", HallClient.DEMO_PASSWORD, of.siteId(), null, EnumSet.of(role), List.of());
		return name;
	}

	@Test
	void everyClassHasItsDeadlineOnReal2026Dates() {
		at("2026-09-30"); // a Wednesday before 国庆 (10-01..10-07 off, Saturday 10-10 is a 调休 working day)
		assertThat(dueOf("ON_THE_SPOT")).isEqualTo("2026-09-30");
		assertThat(dueOf("GENERAL")).as("the first working day after 国庆").isEqualTo("2026-10-08");
		assertThat(dueOf(null)).as("unclassified counts as general").isEqualTo("2026-10-08");
		assertThat(dueOf("LEGALLY_IMPOSSIBLE")).as("08, 09 and the 调休 Saturday").isEqualTo("2026-10-10");
		assertThat(dueOf("DIFFICULT")).isEqualTo("2026-10-15");
		assertThat(dueOf("COMPLEX")).isEqualTo("2026-10-30");

		at("2026-10-09"); // Friday: the next working day is the 调休 Saturday
		assertThat(dueOf("GENERAL")).isEqualTo("2026-10-10");

		at("2026-01-31"); // a Saturday (online-like day off): one month later is 02-28, a 春节 调休 working Saturday
		assertThat(dueOf("COMPLEX")).isEqualTo("2026-02-28");
		assertThat(dueOf("ON_THE_SPOT")).as("next working day when taken in on a day off").isEqualTo("2026-02-02");

		at("2026-09-01"); // one month later is 国庆 day 1, moved to the first working day after the holiday
		assertThat(dueOf("COMPLEX")).isEqualTo("2026-10-08");

		at("2026-02-13"); // Friday before 春节: Saturday 02-14 is a 调休 working day
		assertThat(dueOf("GENERAL")).isEqualTo("2026-02-14");
		assertThat(dueOf("DIFFICULT")).as("02-14, 24, 25, 26, 27, 28 (调休), 03-02").isEqualTo("2026-03-02");
	}

	@Test
	void reclassifyingComputesTheDeadlineAgainAndTheLightTurnsYellowThenRed() {
		at("2026-09-30");
		var matter = register(clerk, intake(null));
		long id = matter.get("id").asLong();
		var classified = clerk.put("/api/escalation/matters/" + id + "/classification",
				Map.of("classification", "DIFFICULT", "version", matter.get("version").asInt()));
		assertThat(classified.status()).as(classified.text()).isEqualTo(200);
		assertThat(classified.body().get("dueOn").asString()).isEqualTo("2026-10-15");
		assertThat(classified.body().get("state").asString()).isEqualTo("IN_PROGRESS");

		at("2026-10-12"); // 4 of 7 working days
		assertThat(clerk.get("/api/escalation/matters/" + id).body().get("light").asString()).isEqualTo("GREEN");
		at("2026-10-13"); // 5 of 7 ≥ two thirds
		assertThat(clerk.get("/api/escalation/matters/" + id).body().get("light").asString()).isEqualTo("YELLOW");
		at("2026-10-16");
		assertThat(clerk.get("/api/escalation/matters/" + id).body().get("light").asString()).isEqualTo("RED");
		var red = clerk.get("/api/escalation/matters?from=2026-09-30&to=2026-09-30&light=RED");
		assertThat(red.body().findValuesAsString("number")).containsExactly(matter.get("number").asString());
	}

	@Test
	void aMatterIsNeverClosedWithoutAReplyAndClosesWithSatisfaction() {
		at("2026-09-30");
		var matter = register(clerk, intake("GENERAL"));
		long id = matter.get("id").asLong();
		int version = matter.get("version").asInt();
		assertThat(matter.get("number").asString()).isEqualTo("BC20260930-001");
		assertThat(matter.get("ownerName").asString()).as("首问负责人").isEqualTo("测试受理员1");
		assertThat(matter.get("citizenPhone").asString()).isEqualTo("139****5678");
		assertThat(matter.get("citizenIdNumber").asString()).isEqualTo("110101********0011");

		var refused = clerk.post("/api/escalation/matters/" + id + "/closure",
				Map.of("satisfaction", "SATISFIED", "solved", true, "version", version));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("escalation.reply-missing");
		assertThat(refused.detail()).contains("尚未记录对群众的答复");
		var unchanged = clerk.get("/api/escalation/matters/" + id).body();
		assertThat(unchanged.get("state").asString()).isEqualTo("IN_PROGRESS");
		assertThat(unchanged.get("version").asInt()).isEqualTo(version);
		assertThat(unchanged.get("closedAt").isNull()).isTrue();

		var noted = clerk.post("/api/escalation/matters/" + id + "/notes",
				Map.of("departmentId", aDepartment(0).id(), "note", "已与市场监管局协调，确认无需房产证明", "version", version));
		assertThat(noted.status()).as(noted.text()).isEqualTo(200);
		assertThat(noted.body().get("notes").get(0).get("staffName").asString()).isEqualTo("测试受理员1");
		var replied = clerk.post("/api/escalation/matters/" + id + "/reply", Map.of("text", "已协调办理，请明日到窗口领取",
				"channel", "PHONE", "version", noted.body().get("version").asInt()));
		assertThat(replied.status()).as(replied.text()).isEqualTo(200);
		assertThat(replied.body().get("state").asString()).isEqualTo("REPLIED");

		at("2026-10-08");
		var closed = clerk.post("/api/escalation/matters/" + id + "/closure", Map.of("satisfaction",
				"BASICALLY_SATISFIED", "solved", true, "version", replied.body().get("version").asInt()));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		assertThat(closed.body().get("state").asString()).isEqualTo("CLOSED");
		assertThat(closed.body().get("onTime").asBoolean()).isTrue();
		assertThat(closed.body().get("light").asString()).isEqualTo("NONE");

		var again = clerk.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "再次答复", "channel", "SMS", "version", closed.body().get("version").asInt()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("escalation.matter-closed");
	}

	@Test
	void aLegallyImpossibleMatterNeedsItsWrittenExplanation() {
		var matter = register(clerk, intake("LEGALLY_IMPOSSIBLE"));
		long id = matter.get("id").asLong();
		var replied = clerk.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "依法不能办理，已当面说明", "channel", "IN_PERSON", "version", matter.get("version").asInt()));
		int version = replied.body().get("version").asInt();
		var refused = clerk.post("/api/escalation/matters/" + id + "/closure",
				Map.of("satisfaction", "DISSATISFIED", "solved", false, "version", version));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("escalation.explanation-missing");
		assertThat(clerk.get("/api/escalation/matters/" + id).body().get("state").asString()).isEqualTo("REPLIED");

		var explained = clerk.put("/api/escalation/matters/" + id + "/classification", Map.of("classification",
				"LEGALLY_IMPOSSIBLE", "explanation", "《不动产登记暂行条例》第二十二条不予登记的情形", "version", version));
		assertThat(explained.status()).as(explained.text()).isEqualTo(200);
		assertThat(explained.body().get("state").asString()).as("stays replied").isEqualTo("REPLIED");
		var closed = clerk.post("/api/escalation/matters/" + id + "/closure", Map.of("satisfaction", "DISSATISFIED",
				"solved", false, "version", explained.body().get("version").asInt()));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
	}

	@Test
	void aStaleVersionIsRefusedWithConflict() {
		var matter = register(clerk, intake("GENERAL"));
		long id = matter.get("id").asLong();
		int version = matter.get("version").asInt();
		var first = clerk.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "第一次答复", "channel", "SMS", "version", version));
		assertThat(first.status()).isEqualTo(200);
		var stale = clerk.post("/api/escalation/matters/" + id + "/notes",
				Map.of("note", "过期页面上的记录", "version", version));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("escalation.matter-changed");
		assertThat(clerk.get("/api/escalation/matters/" + id).body().get("notes")).isEmpty();
	}

	@Test
	void aMatterOfAnotherSiteIsNotFound() {
		var matter = register(clerk, intake("GENERAL"));
		long id = matter.get("id").asLong();
		var other = halls.create(List.of(List.of("C")));
		var stranger = HallClient.loggedIn(port, other.clerks().get(0));
		assertThat(stranger.get("/api/escalation/matters/" + id).status()).isEqualTo(404);
		var reply = stranger.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "越权答复", "channel", "SMS", "version", matter.get("version").asInt()));
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.code()).isEqualTo("escalation.matter-not-found");
		assertThat(clerk.get("/api/escalation/matters/" + id).body().get("replyText").isNull()).isTrue();
		var foreignAdmin = HallClient.loggedIn(port, adminOf(other, Role.SITE_ADMIN));
		var ledger = foreignAdmin.get("/api/escalation/ledger?from=2000-01-01&to=2100-01-01&siteId=" + hall.siteId());
		assertThat(ledger.body().get("matters")).isEmpty();
	}

	@Test
	void badInputIsRefusedAndScriptIsStoredAsText() {
		long before = count();
		var overlong = intake("GENERAL");
		overlong.put("summary", "长".repeat(201));
		assertThat(clerk.post("/api/escalation/matters", overlong).status()).isEqualTo(400);
		var badPhone = intake("GENERAL");
		badPhone.put("phone", "12345");
		var phone = clerk.post("/api/escalation/matters", badPhone);
		assertThat(phone.status()).isEqualTo(400);
		assertThat(phone.code()).startsWith("shared.phone-number");
		var badId = intake("GENERAL");
		badId.put("idNumber", "110101199003070012");
		assertThat(clerk.post("/api/escalation/matters", badId).status()).isEqualTo(400);
		var badClass = intake("SOMETIMES");
		assertThat(clerk.post("/api/escalation/matters", badClass).status()).isEqualTo(400);
		var badDepartment = intake("GENERAL");
		badDepartment.put("departmentId", -5);
		assertThat(clerk.post("/api/escalation/matters", badDepartment).code()).isEqualTo("escalation.department-unknown");
		var badTicket = intake("GENERAL");
		badTicket.put("ticketId", Long.MAX_VALUE);
		assertThat(clerk.post("/api/escalation/matters", badTicket).code()).isEqualTo("escalation.ticket-unknown");
		assertThat(count()).as("nothing stored").isEqualTo(before);

		var script = intake("GENERAL");
		script.put("summary", "<script>alert(1)</script>");
		var stored = register(clerk, script);
		assertThat(clerk.get("/api/escalation/matters/" + stored.get("id").asLong()).body().get("summary").asString())
			.isEqualTo("<script>alert(1)</script>");
		long id = stored.get("id").asLong();
		int version = stored.get("version").asInt();
		var longReply = clerk.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "答".repeat(2001), "channel", "PHONE", "version", version));
		assertThat(longReply.status()).isEqualTo(400);
		var badChannel = clerk.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "答复", "channel", "CARRIER_PIGEON", "version", version));
		assertThat(badChannel.status()).isEqualTo(400);
		var longReason = clerk.post("/api/escalation/matters/" + id + "/owner",
				Map.of("staffId", hall.clerkIds().get(1), "reason", "因".repeat(501), "version", version));
		assertThat(longReason.status()).isEqualTo(400);
		var unchanged = clerk.get("/api/escalation/matters/" + id).body();
		assertThat(unchanged.get("version").asInt()).isEqualTo(version);
		assertThat(unchanged.get("replyText").isNull()).isTrue();
		assertThat(unchanged.get("ownerChanges")).hasSize(1);

		var guide = HallClient.loggedIn(port, hall.guide());
		assertThat(guide.post("/api/escalation/matters", intake("GENERAL")).status()).as("a guide takes matters in")
			.isEqualTo(201);
		var supervisor = HallClient.loggedIn(port, adminOf(hall, Role.SUPERVISOR));
		assertThat(supervisor.post("/api/escalation/matters", intake("GENERAL")).status()).isEqualTo(403);
		assertThat(supervisor.get("/api/escalation/matters/" + id).status()).as("but reads them").isEqualTo(200);
		var anonymous = new HallClient(port);
		assertThat(anonymous.get("/api/escalation/matters/" + stored.get("id").asLong()).status()).isEqualTo(401);
	}

	@Test
	void aCitizenReportsOnlineAndTheFirstStaffMemberTakesItThenHandsItOverOnRecord() {
		at("2026-09-30");
		var citizen = new HallClient(port);
		var body = intake(null);
		body.put("classification", "ON_THE_SPOT"); // ignored online
		body.put("idNumber", "");
		var receipt = citizen.post("/api/escalation/public/sites/" + hall.siteId() + "/matters", body);
		assertThat(receipt.status()).as(receipt.text()).isEqualTo(201);
		assertThat(receipt.body().get("number").asString()).startsWith("BC20260930-");
		assertThat(receipt.body().get("dueOn").asString()).isEqualTo("2026-10-08");
		assertThat(receipt.body().has("citizenPhone")).isFalse();
		var badPhone = intake(null);
		badPhone.put("phone", "1391234567x");
		assertThat(citizen.post("/api/escalation/public/sites/" + hall.siteId() + "/matters", badPhone).status())
			.isEqualTo(400);
		assertThat(citizen.post("/api/escalation/public/sites/-1/matters", intake(null)).status()).isEqualTo(404);

		var row = clerk.get("/api/escalation/matters?from=2026-09-30&to=2026-09-30").body().get(0);
		assertThat(row.get("channel").asString()).isEqualTo("ONLINE");
		assertThat(row.get("ownerName").isNull()).isTrue();
		long id = row.get("id").asLong();
		var taken = clerk.post("/api/escalation/matters/" + id + "/owner", Map.of("version", row.get("version").asInt()));
		assertThat(taken.status()).as(taken.text()).isEqualTo(200);
		assertThat(taken.body().get("ownerName").asString()).isEqualTo("测试受理员1");

		long colleague = hall.clerkIds().get(1);
		var withoutReason = clerk.post("/api/escalation/matters/" + id + "/owner",
				Map.of("staffId", colleague, "version", taken.body().get("version").asInt()));
		assertThat(withoutReason.status()).isEqualTo(422);
		assertThat(withoutReason.code()).isEqualTo("escalation.handover-reason-missing");
		var handed = clerk.post("/api/escalation/matters/" + id + "/owner", Map.of("staffId", colleague, "reason",
				"涉及不动产登记，转交熟悉业务的同事", "version", taken.body().get("version").asInt()));
		assertThat(handed.status()).as(handed.text()).isEqualTo(200);
		assertThat(handed.body().get("ownerName").asString()).isEqualTo("测试受理员2");
		var changes = handed.body().get("ownerChanges");
		assertThat(changes).hasSize(2);
		assertThat(changes.get(1).get("fromName").asString()).isEqualTo("测试受理员1");
		assertThat(changes.get(1).get("reason").asString()).contains("不动产登记");

		String number = receipt.body().get("number").asString();
		String progress = "/api/escalation/public/sites/" + hall.siteId() + "/matters/" + number + "?phoneTail=";
		var pending = citizen.get(progress + "5678");
		assertThat(pending.status()).as(pending.text()).isEqualTo(200);
		assertThat(pending.body().get("state").asString()).isEqualTo("IN_PROGRESS");
		assertThat(pending.body().get("replyText").isNull()).isTrue();
		assertThat(pending.text()).doesNotContain("13912345678").doesNotContain("王小明");
		assertThat(citizen.get(progress + "1234").status()).as("wrong digits").isEqualTo(404);
		assertThat(citizen.get(progress + "12a4").status()).isEqualTo(400);
		assertThat(citizen.get("/api/escalation/public/sites/" + hall.siteId() + "/matters/BC20000101-001?phoneTail=5678")
			.code()).isEqualTo("escalation.progress-not-found");
		clerk.post("/api/escalation/matters/" + id + "/reply", Map.of("text", "已联系不动产登记中心，明日可办",
				"channel", "SMS", "version", handed.body().get("version").asInt()));
		assertThat(citizen.get(progress + "5678").body().get("replyText").asString()).isEqualTo("已联系不动产登记中心，明日可办");
	}

	@Test
	void whoeverAnswersOrClosesAnOnlineMatterNobodyTookBecomesItsFirstContactOwner() {
		at("2026-09-30");
		var citizen = new HallClient(port);
		String site = "/api/escalation/public/sites/" + hall.siteId() + "/matters";
		assertThat(citizen.post(site, intake(null)).status()).isEqualTo(201);
		var row = clerk.get("/api/escalation/matters?from=2026-09-30&to=2026-09-30").body().get(0);
		long id = row.get("id").asLong();
		int version = row.get("version").asInt();
		assertThat(row.get("ownerName").isNull()).isTrue();

		// the county's guide sees the town's matter but cannot own it: refused, nothing changes
		var county = HallClient.loggedIn(port, "guide");
		var foreign = county.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "县中心代为答复", "channel", "PHONE", "version", version));
		assertThat(foreign.status()).as(foreign.text()).isEqualTo(409);
		assertThat(foreign.code()).isEqualTo("escalation.owner-required");
		assertThat(foreign.detail()).contains("尚无首问负责人").contains("认领");
		var untouched = clerk.get("/api/escalation/matters/" + id).body();
		assertThat(untouched.get("replyText").isNull()).isTrue();
		assertThat(untouched.get("ownerName").isNull()).isTrue();
		assertThat(untouched.get("ownerChanges")).isEmpty();
		assertThat(untouched.get("version").asInt()).isEqualTo(version);

		var replied = clerk.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "已联系部门，明日可办", "channel", "PHONE", "version", version));
		assertThat(replied.status()).as(replied.text()).isEqualTo(200);
		assertThat(replied.body().get("state").asString()).isEqualTo("REPLIED");
		assertThat(replied.body().get("ownerName").asString()).as("首问负责人").isEqualTo("测试受理员1");
		var taking = replied.body().get("ownerChanges");
		assertThat(taking).hasSize(1);
		assertThat(taking.get(0).get("fromName").isNull()).isTrue();
		assertThat(taking.get(0).get("toName").asString()).isEqualTo("测试受理员1");
		assertThat(taking.get(0).get("changedByName").asString()).isEqualTo("测试受理员1");
		assertThat(taking.get(0).get("reason").isNull()).isTrue();

		// owned now: a colleague closes it under the usual rule, the owner stays
		var colleague = HallClient.loggedIn(port, hall.clerks().get(1));
		var closed = colleague.post("/api/escalation/matters/" + id + "/closure",
				Map.of("satisfaction", "SATISFIED", "solved", true, "version", replied.body().get("version").asInt()));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
		assertThat(closed.body().get("ownerName").asString()).isEqualTo("测试受理员1");
		assertThat(closed.body().get("ownerChanges")).hasSize(1);

		// answered before the rule existed, still without an owner: whoever closes it takes it
		assertThat(citizen.post(site, intake(null)).status()).isEqualTo(201);
		var second = clerk.get("/api/escalation/matters?from=2026-09-30&to=2026-09-30&state=REGISTERED").body().get(0);
		long secondId = second.get("id").asLong();
		jdbc.sql("update esc_matter set reply_text = '已电话答复', reply_channel = 'PHONE', replied_at = now(), "
				+ "state = 'REPLIED' where id = :id").param("id", secondId).update();
		var refused = county.post("/api/escalation/matters/" + secondId + "/closure",
				Map.of("satisfaction", "SATISFIED", "solved", true, "version", second.get("version").asInt()));
		assertThat(refused.status()).as(refused.text()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("escalation.owner-required");
		assertThat(clerk.get("/api/escalation/matters/" + secondId).body().get("state").asString()).isEqualTo("REPLIED");
		var closedByTaker = colleague.post("/api/escalation/matters/" + secondId + "/closure",
				Map.of("satisfaction", "SATISFIED", "solved", true, "version", second.get("version").asInt()));
		assertThat(closedByTaker.status()).as(closedByTaker.text()).isEqualTo(200);
		assertThat(closedByTaker.body().get("state").asString()).isEqualTo("CLOSED");
		assertThat(closedByTaker.body().get("ownerName").asString()).isEqualTo("测试受理员2");
		assertThat(closedByTaker.body().get("closedByName").asString()).isEqualTo("测试受理员2");
		assertThat(closedByTaker.body().get("ownerChanges")).hasSize(1);
	}

	@Test
	void registeringAndClosingPublishTheEventsTheIssueLedgerListensTo() {
		at("2026-09-30");
		var department = aDepartment(0);
		var matter = service.registerOnline(hall.siteId(), new Intake("李四", PhoneNumber.of("13800138000"), null,
				"社保转移接续被拖延", null, null, department.id(), "两周无答复", "社保窗口", null, null));
		assertThat(events.stream(EscalationRegistered.class)).containsExactly(new EscalationRegistered(matter.id(),
				matter.number(), hall.siteId(), department.id(), "社保转移接续被拖延", LocalDate.parse("2026-10-08"),
				clock.instant()));

		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
					new Clerk(hall.clerkIds().get(0), hall.clerks().get(0), hall.siteId()), null,
					List.of(new SimpleGrantedAuthority("ROLE_ACCEPTOR"))));
		assertThatThrownBy(() -> service.close(matter.id(), matter.version(), Satisfaction.SATISFIED, true))
			.isInstanceOf(DomainException.class);
		assertThat(events.stream(EscalationClosed.class)).isEmpty();
		var replied = service.reply(matter.id(), matter.version(), "已督促社保窗口办理", ReplyChannel.SMS);
		at("2026-10-09");
		service.close(matter.id(), replied.version(), Satisfaction.DISSATISFIED, false);
		assertThat(events.stream(EscalationClosed.class))
			.containsExactly(new EscalationClosed(matter.id(), false, false, clock.instant()));
	}

	@Test
	void theLedgerComputesTheFiguresPerDepartment() {
		var first = aDepartment(0);
		var second = aDepartment(1);
		at("2026-09-30");
		var onTime = register(clerk, withDepartment(first.id()));
		var late = register(clerk, withDepartment(first.id()));
		var open = register(clerk, withDepartment(first.id()));
		register(clerk, withDepartment(second.id()));
		close(onTime, "SATISFIED");
		at("2026-10-09");
		close(late, "DISSATISFIED");
		assertThat(open.get("state").asString()).isEqualTo("IN_PROGRESS");

		var admin = HallClient.loggedIn(port, adminOf(hall, Role.SITE_ADMIN));
		var ledger = admin.get("/api/escalation/ledger?from=2026-09-30&to=2026-09-30");
		assertThat(ledger.status()).as(ledger.text()).isEqualTo(200);
		assertThat(ledger.body().get("matters")).hasSize(4);
		var figures = ledger.body().get("departments");
		assertThat(figures).hasSize(2);
		var a = figures.get(0);
		assertThat(a.get("departmentName").asString()).isEqualTo(first.name());
		assertThat(a.get("registered").asInt()).isEqualTo(3);
		assertThat(a.get("closed").asInt()).isEqualTo(2);
		assertThat(a.get("closedRate").decimalValue()).isEqualByComparingTo("0.6667");
		assertThat(a.get("onTimeRate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(a.get("satisfactionRate").decimalValue()).isEqualByComparingTo("0.5");
		var b = figures.get(1);
		assertThat(b.get("registered").asInt()).isEqualTo(1);
		assertThat(b.get("closedRate").decimalValue()).isEqualByComparingTo("0");
		assertThat(b.get("onTimeRate").isNull()).isTrue();
		assertThat(ledger.body().get("total").get("registered").asInt()).isEqualTo(4);
		assertThat(ledger.body().get("total").get("closedRate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(ledger.body().get("matters").get(0).get("citizenName").asString()).isEqualTo("王**");

		var onlyFirst = admin.get("/api/escalation/ledger?from=2026-09-30&to=2026-09-30&departmentId=" + first.id());
		assertThat(onlyFirst.body().get("departments")).hasSize(1);
		var supervisor = HallClient.loggedIn(port, adminOf(hall, Role.SUPERVISOR));
		assertThat(supervisor.get("/api/escalation/ledger?from=2026-09-30&to=2026-09-30").body().get("total")
			.get("registered").asInt()).isEqualTo(4);
		assertThat(clerk.get("/api/escalation/ledger").status()).as("a clerk has no ledger").isEqualTo(403);
	}

	private Map<String, Object> withDepartment(long departmentId) {
		var body = intake("GENERAL");
		body.put("departmentId", departmentId);
		return body;
	}

	private void close(JsonNode matter, String satisfaction) {
		long id = matter.get("id").asLong();
		var replied = clerk.post("/api/escalation/matters/" + id + "/reply",
				Map.of("text", "已答复", "channel", "PHONE", "version", matter.get("version").asInt()));
		var closed = clerk.post("/api/escalation/matters/" + id + "/closure", Map.of("satisfaction", satisfaction,
				"solved", true, "version", replied.body().get("version").asInt()));
		assertThat(closed.status()).as(closed.text()).isEqualTo(200);
	}

	private DepartmentSummary aDepartment(int index) {
		return sites.departments().stream().filter(DepartmentSummary::active).toList().get(index);
	}

	private long count() {
		return jdbc.sql("select count(*) from esc_matter where site_id = :site").param("site", hall.siteId())
			.query(Long.class).single();
	}

	record Clerk(long staffId, String username, long siteId) implements AuthenticatedStaff {

		@Override
		public String siteName() {
			return "测试大厅";
		}
	}

	@Test
	void onlineReportsAndFailedProgressLookupsAreLimitedPerAddressAndPerMatter() {
		at("2026-09-30");
		String reports = "/api/escalation/public/sites/" + hall.siteId() + "/matters";
		var citizen = HallClient.fromAnotherAddress(port);
		assertThat(citizen.post("/api/escalation/public/sites/-1/matters", intake(null)).status())
			.as("a refused report does not count").isEqualTo(404);
		String number = null;
		for (int i = 0; i < reportsPerAddress; i++) {
			var receipt = citizen.post(reports, intake(null));
			assertThat(receipt.status()).as(receipt.text()).isEqualTo(201);
			number = receipt.body().get("number").asString();
		}
		var refused = citizen.post(reports, intake(null));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("bucket").asString()).isEqualTo("matter-reports-per-address");
		assertThat(refused.detail()).isEqualTo("操作过于频繁，请 1 小时后再试");
		assertThat(refused.header("Retry-After")).isEqualTo("3600");
		assertThat(HallClient.fromAnotherAddress(port).post(reports, intake(null)).status()).as("another address")
			.isEqualTo(201);

		String progress = reports + "/" + number + "?phoneTail=";
		for (int i = 0; i < failuresPerMatter; i++) {
			assertThat(HallClient.fromAnotherAddress(port).get(progress + "%04d".formatted(i)).status()).isEqualTo(404);
		}
		var closed = citizen.get(progress + "5678");
		assertThat(closed.status()).as("even the right digits").isEqualTo(429);
		assertThat(closed.body().get("bucket").asString()).isEqualTo("matter-progress-failures-per-matter");

		var walker = HallClient.fromAnotherAddress(port);
		for (int i = 0; i < failuresPerAddress; i++) {
			assertThat(walker.get(reports + "/BC20000101-" + "%03d".formatted(i) + "?phoneTail=5678").status())
				.isEqualTo(404);
		}
		var stopped = walker.get(reports + "/BC20000101-999?phoneTail=5678");
		assertThat(stopped.status()).isEqualTo(429);
		assertThat(stopped.body().get("bucket").asString()).isEqualTo("matter-progress-failures-per-address");

		clock.pin(ZonedDateTime.of(LocalDate.parse("2026-09-30"), LocalTime.of(11, 0), HALL));
		assertThat(citizen.get(progress + "5678").status()).as("a new window").isEqualTo(200);
		assertThat(citizen.post(reports, intake(null)).status()).isEqualTo(201);
	}
}
