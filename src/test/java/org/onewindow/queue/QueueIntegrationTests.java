package org.onewindow.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.QrImages;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Issuing, calling and the counter's actions over HTTP, with the bad inputs: each test has a hall of its own.
 */
@HallIntegrationTest
class QueueIntegrationTests {

	// a citizen born in 1950 (elderly) and one born in 1990
	static final String OLD_ID = "110101195003070013";
	static final String YOUNG_ID = "110101199003070011";

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogManagement catalog;

	TestHall hall;

	HallClient kiosk;

	@BeforeEach
	void newHall() {
		hall = halls.create(List.of(List.of("A"), List.of("B", "A"), List.of("E")));
		kiosk = hall.kiosk(port);
	}

	private String tickets() {
		return "/api/queue/sites/" + hall.siteId() + "/tickets";
	}

	private JsonNode issue(Map<String, Object> body) {
		var response = kiosk.post(tickets(), body);
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response.body();
	}

	private HallClient clerkAt(int counterIndex) {
		var clerk = HallClient.loggedIn(port, hall.clerks().get(counterIndex));
		var open = clerk.put("/api/queue/counters/" + hall.counterIds().get(counterIndex) + "/state", Map.of("state", "OPEN"));
		assertThat(open.status()).as(open.text()).isEqualTo(200);
		return clerk;
	}

	private HallClient.Response call(HallClient clerk, int counterIndex) {
		return clerk.post("/api/queue/counters/" + hall.counterIds().get(counterIndex) + "/calls", Map.of());
	}

	@Test
	void aKioskTicketCarriesItsSituationNumberPlaceAndQrCode() {
		var first = issue(Map.of("situationCodes", List.of(anySituationOf("SCJG")), "channel", "KIOSK"));
		var second = issue(Map.of("category", "A", "phone", "13912345678", "idNumber", YOUNG_ID));
		assertThat(first.get("number").asString()).isEqualTo("A001");
		assertThat(first.get("category").asString()).isEqualTo("A");
		assertThat(first.get("categoryName").asString()).isEqualTo("综合受理");
		assertThat(first.get("situations").get(0).get("name").asString()).isNotBlank();
		assertThat(second.get("number").asString()).isEqualTo("A002");
		assertThat(second.get("peopleAhead").asInt()).isEqualTo(1);
		assertThat(second.get("estimatedWaitMinutes").asInt()).isPositive();
		assertThat(second.get("phone").asString()).isEqualTo("139****5678");
		assertThat(second.get("idNumber").asString()).doesNotContain("19900307");
		assertThat(second.get("priority").asString()).isEqualTo("NONE");

		var followed = kiosk.get("/api/queue/tickets/" + second.get("token").asString());
		assertThat(followed.body().get("number").asString()).isEqualTo("A002");
		var qr = kiosk.getBytes("/api/queue/tickets/" + second.get("token").asString() + "/qr.png");
		assertThat(qr.status()).isEqualTo(200);
		assertThat(qr.contentType()).startsWith("image/png");
		assertThat(qr.bytes()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(qr.cacheControl()).contains("no-store");
		assertThat(QrImages.text(qr.bytes())).endsWith("/m/t/" + second.get("token").asString());
	}

	@Test
	void aSituationOfAKeptDepartmentWindowGoesToThatCategoryAndAHallServiceToItsOwn() {
		var police = issue(Map.of("situationCodes", List.of(anySituationOf("GAJ"))));
		assertThat(police.get("category").asString()).isEqualTo("E");
		var escalation = issue(Map.of("serviceCode", "SVC-ESCALATION"));
		assertThat(escalation.get("category").asString()).isEqualTo("C");
		assertThat(escalation.get("number").asString()).isEqualTo("C001");
	}

	@Test
	void theElderlyLaneComesFromTheIdNumberAndOtherLanesNeedAGuide() {
		var elderly = issue(Map.of("idNumber", OLD_ID, "priority", "ELDERLY"));
		assertThat(elderly.get("priority").asString()).isEqualTo("ELDERLY");
		var young = issue(Map.of("idNumber", YOUNG_ID, "priority", "ELDERLY"));
		assertThat(young.get("priority").asString()).as("never taken on trust").isEqualTo("NONE");

		var claimed = kiosk.post(tickets(), Map.of("priority", "DISABLED"));
		assertThat(claimed.status()).isEqualTo(403);
		assertThat(claimed.code()).isEqualTo("queue.priority-needs-guide");

		var anonymousDesk = kiosk.post(tickets(), Map.of("priority", "DISABLED", "channel", "GUIDE_DESK"));
		assertThat(anonymousDesk.status()).isEqualTo(403);

		var guide = HallClient.loggedIn(port, hall.guide());
		var verified = guide.post(tickets(), Map.of("priority", "DISABLED", "channel", "GUIDE_DESK"));
		assertThat(verified.status()).as(verified.text()).isEqualTo(201);
		assertThat(verified.body().get("priorityLabel").asString()).isEqualTo("残疾人");
	}

	@Test
	void badTicketRequestsAreClearProblemsAndIssueNothing() {
		assertThat(kiosk.post(tickets(), Map.of("category", "Q")).code()).isEqualTo("queue.category-unknown");
		assertThat(kiosk.post(tickets(), Map.of("category", "Q")).status()).isEqualTo(422);
		assertThat(kiosk.post(tickets(), Map.of("category", "a1")).status()).isEqualTo(400);
		var badId = kiosk.post(tickets(), Map.of("idNumber", "110101195003070017"));
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.text()).contains("idNumber");
		assertThat(kiosk.post(tickets(), Map.of("phone", "12345")).status()).isEqualTo(400);
		assertThat(kiosk.post(tickets(), Map.of("situationCodes", List.of("NO-SUCH"))).code())
			.isEqualTo("queue.situation-unknown");
		assertThat(kiosk.post(tickets(), Map.of("priority", "APPOINTMENT")).code())
			.isEqualTo("queue.appointment-by-check-in");
		assertThat(kiosk.post("/api/queue/sites/999999/tickets", Map.of()).code()).as("not this kiosk's site")
			.isEqualTo("queue.kiosk-other-site");
		assertThat(kiosk.get("/api/queue/tickets/no-such-token").status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from q_ticket where site_id = :site").param("site", hall.siteId())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aCounterCallsRecallsAndFinishesAndTheBoardFollows() {
		var ticket = issue(Map.of("category", "A"));
		var clerk = clerkAt(0);

		var called = call(clerk, 0);
		assertThat(called.status()).as(called.text()).isEqualTo(201);
		assertThat(called.body().get("number").asString()).isEqualTo(ticket.get("number").asString());
		assertThat(called.body().get("state").asString()).isEqualTo("CALLED");
		assertThat(called.body().get("counterNumber").asInt()).isEqualTo(1);
		long id = called.body().get("id").asLong();

		var board = kiosk.get("/api/queue/sites/" + hall.siteId() + "/board").body();
		assertThat(board.get("current").get(0).get("ticketNumber").asString()).isEqualTo("A001");
		assertThat(board.get("current").get(0).get("announcement").asString()).isEqualTo("请A001号到1号窗口办理");

		var busy = call(clerk, 0);
		assertThat(busy.status()).isEqualTo(409);
		assertThat(busy.code()).isEqualTo("queue.counter-busy");

		assertThat(clerk.post("/api/queue/tickets/" + id + "/recalls", Map.of()).status()).isEqualTo(200);
		var recent = kiosk.get("/api/queue/sites/" + hall.siteId() + "/board").body().get("recent");
		assertThat(recent.get(0).get("kind").asString()).isEqualTo("RECALL");

		var situation = clerk.post("/api/queue/tickets/" + id + "/situations",
				Map.of("situationCode", anySituationOf("SCJG")));
		assertThat(situation.status()).as(situation.text()).isEqualTo(200);
		assertThat(situation.body().get("situations").size()).isEqualTo(1);

		var done = clerk.post("/api/queue/tickets/" + id + "/completion", Map.of());
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.body().get("state").asString()).isEqualTo("DONE");
		assertThat(done.body().get("serviceSeconds").isNull()).isFalse();

		var again = clerk.post("/api/queue/tickets/" + id + "/completion", Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("queue.ticket-not-called");
		assertThat(again.detail()).contains("已办结");

		var empty = call(clerk, 0);
		assertThat(empty.status()).isEqualTo(409);
		assertThat(empty.code()).isEqualTo("queue.empty");

		var workstation = clerk.get("/api/queue/counters/" + hall.counterIds().get(0)).body();
		assertThat(workstation.get("servedToday").asInt()).isEqualTo(1);
		assertThat(workstation.get("state").asString()).isEqualTo("OPEN");
	}

	@Test
	void aCounterMustBeOpenedByItsOwnClerkAndCallsOnlyItsCategories() {
		issue(Map.of("category", "A"));
		var clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		var notOpen = call(clerk, 0);
		assertThat(notOpen.status()).isEqualTo(409);
		assertThat(notOpen.code()).isEqualTo("queue.counter-not-open");

		var stranger = HallClient.loggedIn(port, hall.clerks().get(1));
		var foreign = stranger.put("/api/queue/counters/" + hall.counterIds().get(0) + "/state", Map.of("state", "OPEN"));
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.code()).isEqualTo("queue.counter-not-yours");
		var foreignCall = stranger.post("/api/queue/counters/" + hall.counterIds().get(0) + "/calls", Map.of());
		assertThat(foreignCall.status()).as("a closed counter of someone else: not yours, not 尚未签到").isEqualTo(403);
		assertThat(foreignCall.code()).isEqualTo("queue.counter-not-yours");

		clerkAt(0);
		var wrongCategory = clerk.post("/api/queue/counters/" + hall.counterIds().get(0) + "/calls?category=B", Map.of());
		assertThat(wrongCategory.status()).isEqualTo(422);
		assertThat(wrongCategory.code()).isEqualTo("queue.counter-not-for-category");

		var paused = clerk.put("/api/queue/counters/" + hall.counterIds().get(0) + "/state", Map.of("state", "PAUSED"));
		assertThat(paused.body().get("state").asString()).isEqualTo("PAUSED");
		assertThat(call(clerk, 0).code()).isEqualTo("queue.counter-paused");
		assertThat(jdbc.sql("select count(*) from q_ticket where site_id = :site and state = 'WAITING'")
			.param("site", hall.siteId()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aCounterPrefersItsFirstCategory() {
		issue(Map.of("category", "A"));
		issue(Map.of("category", "B"));
		var clerk = clerkAt(1); // serves B, then A
		assertThat(call(clerk, 1).body().get("number").asString()).isEqualTo("B001");
	}

	@Test
	void aNoShowComesBackOnceThenIsVoid() {
		queueSettings(Map.of("noShowReturnMinutes", 0));
		issue(Map.of("category", "A"));
		var clerk = clerkAt(0);
		long id = call(clerk, 0).body().get("id").asLong();

		var missed = clerk.post("/api/queue/tickets/" + id + "/no-show", Map.of());
		assertThat(missed.body().get("state").asString()).isEqualTo("WAITING");

		var again = call(clerk, 0);
		assertThat(again.body().get("id").asLong()).isEqualTo(id);
		var voided = clerk.post("/api/queue/tickets/" + id + "/no-show", Map.of());
		assertThat(voided.body().get("state").asString()).isEqualTo("VOID");
		assertThat(call(clerk, 0).code()).isEqualTo("queue.empty");
	}

	@Test
	void aTransferKeepsTheLaneAndOnlyGoesToACounterServingTheCategory() {
		var guide = HallClient.loggedIn(port, hall.guide());
		guide.post(tickets(), Map.of("category", "A", "priority", "PREGNANT", "channel", "GUIDE_DESK"));
		var clerk = clerkAt(0);
		long id = call(clerk, 0).body().get("id").asLong();

		var toPolice = clerk.post("/api/queue/tickets/" + id + "/transfer",
				Map.of("category", "A", "counterId", hall.counterIds().get(2)));
		assertThat(toPolice.status()).isEqualTo(422);
		assertThat(toPolice.code()).isEqualTo("queue.counter-not-for-category");
		assertThat(clerk.post("/api/queue/tickets/" + id + "/transfer", Map.of()).status()).isEqualTo(400);
		assertThat(clerk.post("/api/queue/tickets/" + id + "/transfer", Map.of("category", "Z")).status()).isEqualTo(422);
		var unknownCounter = clerk.post("/api/queue/tickets/" + id + "/transfer", Map.of("counterId", 999999));
		assertThat(unknownCounter.status()).isEqualTo(422);
		assertThat(unknownCounter.detail()).contains("999999");
		assertThat(HallClient.loggedIn(port, hall.clerks().get(0)).get("/api/queue/counters/999999").status())
			.isEqualTo(404);

		var moved = clerk.post("/api/queue/tickets/" + id + "/transfer", Map.of("counterId", hall.counterIds().get(1)));
		assertThat(moved.status()).as(moved.text()).isEqualTo(200);
		assertThat(moved.body().get("state").asString()).isEqualTo("WAITING");
		assertThat(moved.body().get("priority").asString()).isEqualTo("PREGNANT");

		issue(Map.of("category", "B")); // the counter's first category, but the transfer goes first
		var second = clerkAt(1);
		assertThat(call(second, 1).body().get("id").asLong()).isEqualTo(id);
	}

	@Test
	void priorityTicketsGoFirstButNeverMoreThanTheRatioInARow() {
		queueSettings(Map.of("priorityRatio", 2));
		var guide = HallClient.loggedIn(port, hall.guide());
		issue(Map.of("category", "A")); // A001 normal, the oldest
		for (int i = 0; i < 4; i++) {
			guide.post(tickets(), Map.of("category", "A", "priority", "MILITARY", "channel", "GUIDE_DESK"));
		}
		var clerk = clerkAt(0);
		var order = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			var called = call(clerk, 0).body();
			order.append(called.get("priority").asString().equals("NONE") ? "N" : "P");
			clerk.post("/api/queue/tickets/" + called.get("id").asLong() + "/completion", Map.of());
		}
		assertThat(order.toString()).isEqualTo("PPNPP");
	}

	@Test
	void theFloorShowsWaitingCountersAndAlerts() {
		queueSettings(Map.of("waitAlertMinutes", 1));
		issue(Map.of("category", "A"));
		jdbc.sql("update q_ticket set issued_at = issued_at - interval '5 minutes' where site_id = :site")
			.param("site", hall.siteId()).update();
		clerkAt(0);
		var admin = HallClient.loggedIn(port, "siteadmin");
		var floor = admin.get("/api/queue/sites/" + hall.siteId() + "/floor");
		assertThat(floor.status()).as(floor.text()).isEqualTo(200);
		var a = floor.body().get("categories").get(0);
		assertThat(a.get("code").asString()).isEqualTo("A");
		assertThat(a.get("waiting").asInt()).isEqualTo(1);
		assertThat(a.get("longestWaitMinutes").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(a.get("alert").asBoolean()).isTrue();
		assertThat(floor.body().get("counters").get(0).get("state").asString()).isEqualTo("OPEN");
		assertThat(HallClient.loggedIn(port, hall.clerks().get(0)).get("/api/queue/sites/" + hall.siteId() + "/floor")
			.status()).isEqualTo(403);
	}

	private void queueSettings(Map<String, Integer> changes) {
		var admin = HallClient.loggedIn(port, "siteadmin");
		var settings = admin.get("/api/queue/sites/" + hall.siteId() + "/settings");
		assertThat(settings.status()).as(settings.text()).isEqualTo(200);
		var body = new java.util.HashMap<String, Object>();
		settings.body().properties().forEach(e -> body.put(e.getKey(), e.getValue().asInt()));
		body.putAll(changes);
		var saved = admin.put("/api/queue/sites/" + hall.siteId() + "/settings", body);
		assertThat(saved.status()).as(saved.text()).isEqualTo(200);
	}

	private String anySituationOf(String department) {
		var published = catalog.published().orElseThrow();
		return published.content()
			.situations()
			.stream()
			.filter(s -> published.item(s.itemCode()).map(item -> item.department().equals(department)).orElse(false))
			.findFirst()
			.orElseThrow()
			.code();
	}
}
