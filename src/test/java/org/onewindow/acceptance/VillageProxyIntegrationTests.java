package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.support.Cases.open;
import static org.onewindow.support.Cases.openBody;
import static org.onewindow.support.Cases.provideRequired;
import static org.onewindow.acceptance.CaseFilesIntegrationTests.PDF;
import static org.onewindow.support.Cases.version;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;
import org.onewindow.shared.RegionCode;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteSetup;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * 村代办: a village station under the test hall collects a case and hands its paper materials to the town, which
 * receives them and accepts the case.
 */
@HallIntegrationTest
class VillageProxyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	SiteSetup sites;

	@Autowired
	StaffSetup staff;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	CaseLifecycle lifecycle;

	AcceptanceFixtures fixtures;

	TestHall town;

	long villageId;

	HallClient villageClerk;

	HallClient townClerk;

	@BeforeEach
	void villageUnderATown() {
		fixtures = new AcceptanceFixtures(catalog);
		town = halls.create(List.of(List.of("A")));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		villageId = sites.site("测试村便民服务站" + tag, SiteLevel.VILLAGE, town.siteId(), RegionCode.of("360899100201"),
				null, null, null);
		long counter = sites.counter(villageId, 1, "代办窗口", List.of("A"));
		staff.account("v" + tag, "测试代办员", HallClient.DEMO_PASSWORD, villageId, null, EnumSet.of(Role.ACCEPTOR),
				List.of(counter));
		villageClerk = HallClient.loggedIn(port, "v" + tag);
		townClerk = HallClient.loggedIn(port, town.clerks().get(0));
	}

	private Situation collectable() {
		return fixtures.situation(s -> s.villageCollect() && !s.acceptLevels().contains(SiteLevel.VILLAGE)
				&& s.acceptLevels().contains(SiteLevel.TOWN) && Cases.personal(s));
	}

	@Test
	void aVillageCollectsHandsOverAndTheTownReceivesAndAccepts() {
		var situation = collectable();
		var kase = open(villageClerk, openBody(situation.code()));
		long id = kase.get("id").asLong();
		assertThat(kase.get("channel").get("code").asString()).isEqualTo("VILLAGE_PROXY");
		assertThat(kase.get("channel").get("label").asString()).isEqualTo("村代办");
		assertThat(kase.get("siteId").asLong()).isEqualTo(villageId);
		assertThat(kase.get("actions").valueStream().map(JsonNode::asString)).contains("handover")
			.doesNotContain("accept");
		kase = provideRequired(villageClerk, kase, List.of());

		var decideHere = villageClerk.post("/api/cases/" + id + "/accept", version(kase));
		assertThat(decideHere.status()).isEqualTo(409);
		assertThat(decideHere.code()).isEqualTo("acceptance.handover-pending");
		var instantHere = villageClerk.post("/api/cases/" + id + "/instant", version(kase));
		assertThat(instantHere.status()).isIn(409, 422);

		var early = townClerk.post("/api/cases/" + id + "/handover/receive", version(kase));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.code()).isEqualTo("acceptance.no-handover-to-receive");

		var missingLine = kase.get("materials").valueStream()
			.filter(l -> l.get("status").get("code").asString().equals("NOT_APPLICABLE")).findFirst();
		if (missingLine.isPresent()) {
			var notCollected = villageClerk.post("/api/cases/" + id + "/handover",
					Map.of("version", kase.get("version").asInt(), "lines", List.of(missingLine.get().get("line").asInt())));
			assertThat(notCollected.code()).isEqualTo("acceptance.handover-line-not-collected");
		}
		assertThat(villageClerk.post("/api/cases/" + id + "/handover",
				Map.of("version", kase.get("version").asInt(), "lines", List.of())).status()).isEqualTo(400);
		var collected = collectedLines(kase);
		var handedOver = villageClerk.post("/api/cases/" + id + "/handover",
				Map.of("version", kase.get("version").asInt(), "lines", collected, "note", "原件装袋，共一袋"));
		assertThat(handedOver.status()).as(handedOver.text()).isEqualTo(200);
		var handover = handedOver.body().get("handovers").get(0);
		assertThat(handover.get("toSite").asString()).startsWith("测试大厅");
		assertThat(handover.get("materials").size()).isEqualTo(collected.size());
		assertThat(handover.get("receivedAt").isNull()).isTrue();

		var twice = villageClerk.post("/api/cases/" + id + "/handover",
				Map.of("version", handedOver.body().get("version").asInt(), "lines", collected));
		assertThat(twice.code()).isEqualTo("acceptance.handover-in-transit");
		var editInTransit = villageClerk.put("/api/cases/" + id + "/materials/1",
				Map.of("version", handedOver.body().get("version").asInt(), "status", "PROVIDED_COPY"));
		assertThat(editInTransit.code()).isEqualTo("acceptance.handover-in-transit");

		var otherTown = HallClient.loggedIn(port, halls.create(List.of(List.of("A"))).clerks().get(0));
		assertThat(otherTown.post("/api/cases/" + id + "/handover/receive", version(handedOver.body())).status())
			.isEqualTo(404);
		var stale = townClerk.post("/api/cases/" + id + "/handover/receive", version(kase));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("acceptance.case-changed");
		var received = townClerk.post("/api/cases/" + id + "/handover/receive",
				Map.of("version", handedOver.body().get("version").asInt(), "discrepancies", "无"));
		assertThat(received.status()).as(received.text()).isEqualTo(200);
		assertThat(received.body().get("siteId").asLong()).isEqualTo(town.siteId());
		assertThat(received.body().get("originSiteId").asLong()).isEqualTo(villageId);
		var receipt = received.body().get("handovers").get(0);
		assertThat(receipt.get("receivedBy").asString()).isEqualTo("测试受理员1");
		assertThat(receipt.get("discrepancies").asString()).isEqualTo("无");

		var accepted = townClerk.post("/api/cases/" + id + (situation.mode().name().equals("INSTANT") ? "/instant"
				: "/accept"), version(received.body()));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(lifecycle.get(id).siteId()).isEqualTo(town.siteId());
		var timeline = accepted.body().get("timeline").valueStream().map(e -> e.get("kind").asString()).toList();
		assertThat(timeline).containsSubsequence("OPENED", "HANDED_OVER", "HANDOVER_RECEIVED", "ACCEPTED");
		assertThat(villageClerk.get("/api/cases/" + id).status()).as("the village still sees the case it opened")
			.isEqualTo(200);
	}

	@Test
	void theTownsPendingListHoldsTheCasesHandedOverToItUntilReceived() {
		var situation = collectable();
		var sent = handedOver(provideRequired(villageClerk, open(villageClerk, openBody(situation.code())), List.of()));
		var notSent = open(villageClerk, openBody(situation.code()));
		var townsOwn = open(townClerk, openBody(fixtures.promisedAtTown().code()));
		long id = sent.get("id").asLong();
		var handover = sent.get("handovers").get(0);
		assertThat(handover.get("fromSiteId").asLong()).isEqualTo(villageId);
		assertThat(handover.get("toSiteId").asLong()).isEqualTo(town.siteId());

		assertThat(ids(townClerk, "handover=PENDING")).containsExactly(id);
		assertThat(ids(townClerk, "")).contains(id, notSent.get("id").asLong(), townsOwn.get("id").asLong());
		assertThat(ids(townClerk, "handover=PENDING&status=DRAFT")).containsExactly(id);
		assertThat(ids(townClerk, "handover=PENDING&status=IN_APPROVAL")).isEmpty();
		assertThat(ids(townClerk, "handover=PENDING&q=" + sent.get("caseNumber").asString())).containsExactly(id);
		assertThat(ids(villageClerk, "handover=PENDING")).as("the village sent it, the town receives it").isEmpty();
		var otherTown = HallClient.loggedIn(port, halls.create(List.of(List.of("A"))).clerks().get(0));
		assertThat(ids(otherTown, "handover=PENDING")).isEmpty();
		var bad = townClerk.get("/api/cases?handover=SOON");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.detail()).contains("handover");

		var received = townClerk.post("/api/cases/" + id + "/handover/receive", version(sent));
		assertThat(received.status()).as(received.text()).isEqualTo(200);
		assertThat(ids(townClerk, "handover=PENDING")).isEmpty();
	}

	@Test
	void theCaseScreenOffersEachViewerOnlyWhatTheyMayDoWhileTheHandoverTravels() {
		var situation = collectable();
		var collecting = provideRequired(villageClerk, open(villageClerk, openBody(situation.code())), List.of());
		long id = collecting.get("id").asLong();
		var countyAcceptor = HallClient.loggedIn(port, "acceptor");
		assertThat(actions(villageClerk, id)).contains("materials", "form", "delivery", "handover", "upload")
			.doesNotContain("accept", "receive");
		assertThat(actions(townClerk, id)).as("the village's case before the hand-over is not the town's to change")
			.isEmpty();
		assertThat(townClerk.put("/api/cases/" + id + "/delivery", Map.of("version", collecting.get("version").asInt(),
				"method", "PICKUP")).code()).isEqualTo("acceptance.case-not-your-site");

		var sent = handedOver(collecting);
		int version = sent.get("version").asInt();
		assertThat(actions(villageClerk, id)).as("in transit nobody changes it").isEmpty();
		assertThat(actions(countyAcceptor, id)).isEmpty();
		assertThat(actions(townClerk, id)).as("the town it was sent to may only receive it").containsExactly("receive");
		// what they are not offered they would be refused
		var townEdit = townClerk.put("/api/cases/" + id + "/form", Map.of("version", version, "values", Map.of()));
		assertThat(townEdit.status()).isEqualTo(403);
		assertThat(townEdit.code()).isEqualTo("acceptance.case-not-your-site");
		assertThat(countyAcceptor.put("/api/cases/" + id + "/delivery", Map.of("version", version, "method", "PICKUP"))
			.status()).isEqualTo(403);
		assertThat(villageClerk.put("/api/cases/" + id + "/delivery", Map.of("version", version, "method", "PICKUP"))
			.code()).isEqualTo("acceptance.handover-in-transit");
		var villageUpload = villageClerk.postMultipart("/api/cases/" + id + "/materials/1/files", "file", "扫描件.pdf",
				PDF, "application/pdf");
		assertThat(villageUpload.status()).isEqualTo(409);
		assertThat(villageUpload.code()).isEqualTo("acceptance.handover-in-transit");
		assertThat(townClerk.postMultipart("/api/cases/" + id + "/materials/1/files", "file", "扫描件.pdf", PDF,
				"application/pdf").code()).isEqualTo("acceptance.case-not-your-site");
		assertThat(townClerk.get("/api/cases/" + id).body().get("version").asInt()).as("nothing changed")
			.isEqualTo(version);

		// and what they are offered succeeds
		var received = townClerk.post("/api/cases/" + id + "/handover/receive", Map.of("version", version));
		assertThat(received.status()).as(received.text()).isEqualTo(200);
		var townActions = actions(townClerk, id);
		assertThat(townActions).contains("materials", "form", "delivery", "accept", "notice", "reject", "upload")
			.doesNotContain("handover", "receive");
		assertThat(actions(countyAcceptor, id)).as("the county sees the town's case, does not work it").isEmpty();
		var delivery = townClerk.put("/api/cases/" + id + "/delivery", Map.of("version",
				received.body().get("version").asInt(), "method", "PICKUP"));
		assertThat(delivery.status()).as(delivery.text()).isEqualTo(200);
		var upload = townClerk.postMultipart("/api/cases/" + id + "/materials/1/files", "file", "扫描件.pdf", PDF,
				"application/pdf");
		assertThat(upload.status()).as(upload.text()).isEqualTo(201);
	}

	private static List<String> actions(HallClient viewer, long caseId) {
		var kase = viewer.get("/api/cases/" + caseId);
		assertThat(kase.status()).as(kase.text()).isEqualTo(200);
		return kase.body().get("actions").valueStream().map(JsonNode::asString).toList();
	}

	/** The checklist lines the village collected as originals. */
	private static List<Integer> collectedLines(JsonNode kase) {
		return kase.get("materials").valueStream()
			.filter(l -> l.get("status").get("code").asString().equals("PROVIDED_ORIGINAL"))
			.map(l -> l.get("line").asInt())
			.toList();
	}

	/** The village hands every collected original over to the town; answers the case. */
	private JsonNode handedOver(JsonNode kase) {
		var sent = villageClerk.post("/api/cases/" + kase.get("id").asLong() + "/handover",
				Map.of("version", kase.get("version").asInt(), "lines", collectedLines(kase)));
		assertThat(sent.status()).as(sent.text()).isEqualTo(200);
		return sent.body();
	}

	private static List<Long> ids(HallClient clerk, String query) {
		var page = clerk.get("/api/cases?size=100&" + query);
		assertThat(page.status()).as(page.text()).isEqualTo(200);
		assertThat(page.body().get("total").asLong()).isEqualTo(page.body().get("content").size());
		return page.body().get("content").valueStream().map(c -> c.get("id").asLong()).toList();
	}

	@Test
	void aVillageCannotOpenWhatItMayNotCollect() {
		var notCollectable = fixtures.situation(s -> !s.villageCollect() && !s.acceptLevels().contains(SiteLevel.VILLAGE)
				&& Cases.personal(s));
		var refused = villageClerk.post("/api/cases", openBody(notCollectable.code()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("acceptance.situation-not-at-site");
		var townCase = open(townClerk, openBody(fixtures.promisedAtTown().code()));
		var notProxy = townClerk.post("/api/cases/" + townCase.get("id").asLong() + "/handover",
				Map.of("version", townCase.get("version").asInt(), "lines", List.of(1)));
		assertThat(notProxy.code()).isEqualTo("acceptance.not-a-village-proxy-case");
	}
}
