package org.onewindow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.AcceptanceSetup.Applicant;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The demo county's cases, loaded with the shared test context as on a first start: every screen shows them to the
 * demo login who works there, in the state the story left them, with dates in the past; a second run of the loader
 * adds nothing.
 */
@HallIntegrationTest
class DemoCasesIntegrationTests {

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	Clock clock;

	/** The applicant's case as the clerk's 办件列表 finds it by ID number or credit code. */
	private static JsonNode caseOf(HallClient clerk, Applicant applicant) {
		String id = applicant.idNumber() != null ? applicant.idNumber().value() : applicant.creditCode().value();
		var found = clerk.get("/api/cases?q=" + id);
		assertThat(found.status()).as(found.text()).isEqualTo(200);
		assertThat(found.body().get("content")).as("the case of " + applicant.name()).hasSize(1);
		return found.body().get("content").get(0);
	}

	private static String status(HallClient clerk, Applicant applicant) {
		return caseOf(clerk, applicant).get("status").get("code").asString();
	}

	@Test
	void theCaseListShowsEveryStageAtTheCountyCenterAndTheTown() {
		var clerk = HallClient.loggedIn(port, "acceptor");
		assertThat(status(clerk, DemoCases.SHUNDA)).isEqualTo("DELIVERED");
		assertThat(status(clerk, DemoCases.LI_GUILAN)).isEqualTo("DELIVERED");
		assertThat(status(clerk, DemoCases.CHEN_GUOQIANG)).isEqualTo("IN_APPROVAL");
		assertThat(status(clerk, DemoCases.HAOWEIDAO)).isEqualTo("IN_APPROVAL");
		assertThat(status(clerk, DemoCases.QINGSHAN_TEA)).isEqualTo("CONCLUDED");
		assertThat(status(clerk, DemoCases.RENHE)).isEqualTo("IN_APPROVAL");
		assertThat(status(clerk, DemoCases.HUANG_JIANHUA)).isEqualTo("IN_APPROVAL");
		assertThat(status(clerk, DemoCases.ZHOU_XIAOMEI)).isEqualTo("CONCLUDED");
		assertThat(status(clerk, DemoCases.XINDA)).isEqualTo("CONCLUDED");

		var pending = caseOf(clerk, DemoCases.LVYUAN);
		assertThat(pending.get("status").get("code").asString()).isEqualTo("PENDING_SUPPLEMENT");
		assertThat(pending.get("noticeCount").asInt()).isEqualTo(1);
		var notice = clerk.get("/api/cases/" + pending.get("id").asLong()).body().get("notices").get(0);
		assertThat(notice.get("items").valueStream().map(item -> item.get("material").asString()))
			.contains("经营场所使用证明（房屋产权证明或租赁合同、无偿使用证明等）", "股东会决议（或股东决定）");

		var deficiency = clerk.get("/api/cases/" + caseOf(clerk, DemoCases.LIU_CHUNYAN).get("id").asLong()).body();
		assertThat(deficiency.get("status").get("code").asString()).isEqualTo("IN_APPROVAL");
		assertThat(deficiency.get("deficiency").get("owed").valueStream().map(JsonNode::asString))
			.containsExactly("食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录清单");
		assertThat(LocalDate.parse(deficiency.get("deficiency").get("deadline").asString()))
			.isAfter(LocalDate.now(clock));
		assertThat(LocalDate.parse(deficiency.get("acceptedOn").asString())).as("accepted a working day ago")
			.isBefore(LocalDate.now(clock));

		var townClerk = HallClient.loggedIn(port, "town_clerk");
		assertThat(status(townClerk, DemoCases.HU_DEMING)).isEqualTo("DELIVERED");
		assertThat(status(townClerk, DemoCases.DENG_LIJUAN)).isEqualTo("CONCLUDED");
		assertThat(caseOf(townClerk, DemoCases.DENG_LIJUAN).get("siteName").asString()).isEqualTo(DemoCases.TOWN);
	}

	@Test
	void aVillageCollectedCaseWaitsForTheTownToReceiveItsPaperMaterials() {
		var villageClerk = HallClient.loggedIn(port, "village_clerk");
		var collected = caseOf(villageClerk, DemoCases.HU_SHUNFA);
		assertThat(collected.get("channel").get("code").asString()).isEqualTo("VILLAGE_PROXY");
		assertThat(collected.get("status").get("code").asString()).isEqualTo("DRAFT");

		var townClerk = HallClient.loggedIn(port, "town_clerk");
		var pending = townClerk.get("/api/cases?handover=PENDING&size=100");
		assertThat(pending.status()).as(pending.text()).isEqualTo(200);
		assertThat(pending.body().get("content").valueStream().map(c -> c.get("id").asLong()))
			.containsExactly(collected.get("id").asLong());
		var detail = townClerk.get("/api/cases/" + collected.get("id").asLong()).body();
		var handover = detail.get("handovers").get(0);
		assertThat(handover.get("toSite").asString()).isEqualTo(DemoCases.TOWN);
		assertThat(handover.get("materials").size()).as("every original the village collected").isGreaterThan(0);
		assertThat(handover.get("receivedAt").isNull()).isTrue();
	}

	@Test
	void anOnlineApplicationWaitsInPreReview() {
		var clerk = HallClient.loggedIn(port, "acceptor");
		var online = caseOf(clerk, DemoCases.WU_HAIYAN);
		assertThat(online.get("status").get("code").asString()).isEqualTo("PRE_REVIEW");
		assertThat(online.get("channel").get("code").asString()).isEqualTo("ONLINE");
		var preReview = clerk.get("/api/cases?status=PRE_REVIEW&size=100").body().get("content");
		assertThat(preReview.valueStream().map(c -> c.get("id").asLong())).contains(online.get("id").asLong());
	}

	@Test
	void theApproverHasUnclaimedAndClaimedTasksOneAtItsSecondStepAllOpenedOnEarlierDays() {
		var clerk = HallClient.loggedIn(port, "acceptor");
		var inbox = HallClient.loggedIn(port, "approver").get("/api/approval/tasks");
		assertThat(inbox.status()).as(inbox.text()).isEqualTo(200);

		var deficiency = task(inbox.body(), caseOf(clerk, DemoCases.LIU_CHUNYAN));
		assertThat(deficiency.get("state").asString()).isEqualTo("OPEN");
		assertThat(deficiency.get("stepName").asString()).isEqualTo("材料审查");
		assertThat(task(inbox.body(), caseOf(clerk, DemoCases.HUANG_JIANHUA)).get("state").asString())
			.isEqualTo("OPEN");
		assertThat(task(inbox.body(), caseOf(clerk, DemoCases.RENHE)).get("state").asString()).isEqualTo("OPEN");
		assertThat(task(inbox.body(), caseOf(clerk, DemoCases.HAOWEIDAO)).get("state").asString())
			.isEqualTo("CLAIMED");

		var second = task(inbox.body(), caseOf(clerk, DemoCases.CHEN_GUOQIANG));
		assertThat(second.get("state").asString()).isEqualTo("CLAIMED");
		assertThat(second.get("stepPosition").asInt()).isEqualTo(2);
		assertThat(second.get("stepName").asString()).isEqualTo("现场核查");
		assertThat(second.get("mine").asBoolean()).isTrue();
		// opened by the back office's own listener, at the time of the approval that finished the first step
		assertThat(LocalDate.ofInstant(java.time.Instant.parse(second.get("openedAt").asString()), HALL))
			.isBefore(LocalDate.now(clock));
		assertThat(LocalDate.parse(second.get("clock").get("acceptedOn").asString())).isBefore(LocalDate.now(clock));
	}

	private static JsonNode task(JsonNode inbox, JsonNode kase) {
		var found = new ArrayList<JsonNode>();
		inbox.valueStream().filter(row -> row.get("caseId").asLong() == kase.get("id").asLong()).forEach(found::add);
		assertThat(found).as("the task of " + kase.get("caseNumber").asString()).hasSize(1);
		return found.get(0);
	}

	@Test
	void theElectronicMonitorShowsYellowAndRedLights() {
		var clerk = HallClient.loggedIn(port, "acceptor");
		var monitor = HallClient.loggedIn(port, "supervisor").get("/api/approval/monitor");
		assertThat(monitor.status()).as(monitor.text()).isEqualTo(200);
		var alerts = monitor.body().get("alerts");
		assertThat(light(alerts, caseOf(clerk, DemoCases.HAOWEIDAO))).isEqualTo("RED");
		assertThat(light(alerts, caseOf(clerk, DemoCases.CHEN_GUOQIANG))).isEqualTo("YELLOW");
		assertThat(light(alerts, caseOf(clerk, DemoCases.RENHE))).isEqualTo("YELLOW");
		long green = caseOf(clerk, DemoCases.HUANG_JIANHUA).get("id").asLong();
		assertThat(alerts.valueStream().map(a -> a.get("caseId").asLong())).doesNotContain(green);
	}

	private static String light(JsonNode alerts, JsonNode kase) {
		return alerts.valueStream()
			.filter(a -> a.get("caseId").asLong() == kase.get("id").asLong())
			.findFirst()
			.map(a -> a.get("light").asString())
			.orElse("GREEN");
	}

	@Test
	void resultsWaitAtTheDeliveryCounterOrAreInTheMail() {
		var clerk = HallClient.loggedIn(port, "acceptor");
		var counter = HallClient.loggedIn(port, "delivery");
		assertThat(deliveryState(counter, caseOf(clerk, DemoCases.ZHOU_XIAOMEI))).isEqualTo("READY_FOR_PICKUP");
		assertThat(deliveryState(counter, caseOf(clerk, DemoCases.QINGSHAN_TEA))).isEqualTo("MAILED");
		assertThat(deliveryState(counter, caseOf(clerk, DemoCases.XINDA))).isEqualTo("TO_BE_MAILED");
		assertThat(deliveryState(counter, caseOf(clerk, DemoCases.SHUNDA))).isEqualTo("PICKED_UP");
		var townClerk = HallClient.loggedIn(port, "town_clerk");
		assertThat(deliveryState(townClerk, caseOf(townClerk, DemoCases.DENG_LIJUAN))).isEqualTo("READY_FOR_PICKUP");
	}

	private static String deliveryState(HallClient counter, JsonNode kase) {
		var list = counter.get("/api/deliveries?q=" + kase.get("caseNumber").asString());
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		assertThat(list.body().get("content")).hasSize(1);
		return list.body().get("content").get(0).get("state").asString();
	}

	@Test
	void aBadRatingOpenedARectificationAndGoodRatingsAreCounted() {
		var clerk = HallClient.loggedIn(port, "acceptor");
		var shundaCase = caseOf(clerk, DemoCases.SHUNDA);
		long shunda = shundaCase.get("id").asLong();
		var rectifications = HallClient.loggedIn(port, "approver").get("/api/evaluation/rectifications");
		assertThat(rectifications.status()).as(rectifications.text()).isEqualTo(200);
		var mine = rectifications.body()
			.valueStream()
			.filter(r -> r.get("service").asString().contains(shundaCase.get("caseNumber").asString()))
			.toList();
		assertThat(mine).hasSize(1);
		var rectification = mine.get(0);
		assertThat(rectification.get("rating").get("level").asString()).isEqualTo("DISSATISFIED");
		assertThat(rectification.get("departmentName").asString()).isEqualTo("青山县市场监督管理局");
		assertThat(rectification.get("callBack").get("by").asString()).isEqualTo("王审批");
		assertThat(rectification.get("verification").isNull()).isTrue();

		var services = HallClient.loggedIn(port, "delivery").get("/api/evaluation/services?caseId=" + shunda);
		assertThat(services.body().get(0).get("rated").asBoolean()).isTrue();
		long stall = caseOf(clerk, DemoCases.LI_GUILAN).get("id").asLong();
		var good = HallClient.loggedIn(port, "delivery").get("/api/evaluation/services?caseId=" + stall).body().get(0);
		var rating = new HallClient(port).get("/api/public/evaluation/ratings/" + good.get("token").asString());
		assertThat(rating.status()).as(rating.text()).isEqualTo(200);
		assertThat(rating.body().get("rating").get("level").asString()).isEqualTo("VERY_SATISFIED");
	}

	@Test
	void twoMattersWaitAtTheCantGetItDoneWindowAndFedTheIssueLedger() {
		var guide = HallClient.loggedIn(port, "guide");
		LocalDate today = LocalDate.now(clock);
		var matters = guide.get("/api/escalation/matters?from=" + today.minusMonths(1) + "&to=" + today);
		assertThat(matters.status()).as(matters.text()).isEqualTo(200);
		var atTheWindow = matters.body()
			.valueStream()
			.filter(m -> m.get("summary").asString().contains("继承过户"))
			.toList();
		assertThat(atTheWindow).hasSize(1);
		assertThat(atTheWindow.get(0).get("state").asString()).isEqualTo("IN_PROGRESS");
		assertThat(atTheWindow.get(0).get("ownerName").asString()).isEqualTo("李导办");
		assertThat(atTheWindow.get(0).get("departmentName").asString()).isEqualTo("青山县不动产登记中心");
		var online = matters.body().valueStream().filter(m -> m.get("summary").asString().contains("申领发票")).toList();
		assertThat(online).hasSize(1);
		assertThat(online.get(0).get("state").asString()).isEqualTo("REGISTERED");

		var ledger = HallClient.loggedIn(port, "siteadmin").get("/api/improvement/issues");
		assertThat(ledger.status()).as(ledger.text()).isEqualTo(200);
		assertThat(ledger.body().valueStream().map(i -> i.get("source").asString()))
			.contains("RECTIFICATION", "ESCALATION");
	}

	@Test
	void runningTheLoaderAgainAddsNothing() {
		var clerk = HallClient.loggedIn(port, "acceptor");
		long cases = clerk.get("/api/cases?size=1").body().get("total").asLong();
		var counter = HallClient.loggedIn(port, "delivery");
		long deliveries = counter.get("/api/deliveries?size=1").body().get("total").asLong();
		int tasks = HallClient.loggedIn(port, "approver").get("/api/approval/tasks").body().size();

		loader.run(new DefaultApplicationArguments());

		assertThat(clerk.get("/api/cases?size=1").body().get("total").asLong()).isEqualTo(cases);
		assertThat(counter.get("/api/deliveries?size=1").body().get("total").asLong()).isEqualTo(deliveries);
		assertThat(HallClient.loggedIn(port, "approver").get("/api/approval/tasks").body().size()).isEqualTo(tasks);
		assertThat(clerk.get("/api/cases?q=" + DemoCases.LIU_CHUNYAN.idNumber().value()).body().get("total").asLong())
			.isEqualTo(1);
	}
}
