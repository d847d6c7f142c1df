package org.onewindow.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.delivery.DeliveryFixtures.AGENT_ID;
import static org.onewindow.delivery.DeliveryFixtures.APPLICANT_ID;
import static org.onewindow.delivery.DeliveryFixtures.APPLICANT_PHONE;
import static org.onewindow.delivery.DeliveryFixtures.RECIPIENT_PHONE;
import static org.onewindow.delivery.DeliveryFixtures.STRANGER_ID;
import static org.onewindow.delivery.DeliveryFixtures.deliveryOf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.CaseConcluded;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.acceptance.CaseStatus;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.delivery.internal.DeliveryService;
import org.onewindow.license.LicenseManagement;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The unified delivery counter over HTTP, from a case concluded at the front desk to the result in the applicant's
 * hands: pickup after the identity check, mailing with the tracking number and the archived 回执; the bad inputs and
 * the conflicts change nothing. Each test has a hall of its own, with a 统一出件 counter (category B).
 */
@HallIntegrationTest
class DeliveryIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	StaffSetup staff;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	CaseLifecycle cases;

	@Autowired
	DeliveryService deliveries;

	@Autowired
	LicenseManagement licenses;

	@Autowired
	JdbcClient jdbc;

	DeliveryFixtures fixtures;

	TestHall hall;

	HallClient acceptor;

	/** A clerk of the hall's 统一出件 counter (role DELIVERY). */
	HallClient deliveryClerk;

	@BeforeEach
	void newHall() {
		fixtures = new DeliveryFixtures(catalog);
		hall = halls.create(List.of(List.of("A"), List.of("B")));
		acceptor = HallClient.loggedIn(port, hall.clerks().get(0));
		String username = "d" + hall.clerks().get(1);
		staff.account(username, "测试出件员", HallClient.DEMO_PASSWORD, hall.siteId(), null, EnumSet.of(Role.DELIVERY),
				List.of(hall.counterIds().get(1)));
		deliveryClerk = HallClient.loggedIn(port, username);
	}

	private static String path(JsonNode delivery) {
		return "/api/deliveries/" + delivery.get("id").asLong();
	}

	private static Map<String, Object> pickup(JsonNode delivery, String idNumber, String signature) {
		return Map.of("version", delivery.get("version").asInt(), "idNumber", idNumber, "signatureName", signature);
	}

	private CaseStatus caseStatus(JsonNode kase) {
		return cases.get(kase.get("id").asLong()).status();
	}

	private List<String> texts(String phone, String purpose, String caseNumber) {
		return jdbc.sql("""
				select text from pf_sms_outbox where phone = :phone and purpose = :purpose and strpos(text, :number) > 0
				order by id""")
			.param("phone", phone)
			.param("purpose", purpose)
			.param("number", caseNumber)
			.query(String.class)
			.list();
	}

	private JsonNode unchanged(JsonNode before) {
		var now = deliveryClerk.get(path(before));
		assertThat(now.status()).isEqualTo(200);
		assertThat(now.body().get("state").asString()).isEqualTo(before.get("state").asString());
		assertThat(now.body().get("version").asInt()).isEqualTo(before.get("version").asInt());
		return now.body();
	}

	@Test
	void anInstantCaseIsCollectedAtTheDeliveryCounterAfterTheIdentityCheck() {
		var kase = fixtures.concludedInstantly(acceptor, null, null);
		String number = kase.get("caseNumber").asString();
		var delivery = deliveryOf(deliveryClerk, kase);

		assertThat(delivery.get("state").asString()).isEqualTo("READY_FOR_PICKUP");
		assertThat(delivery.get("stateLabel").asString()).isEqualTo("待领取");
		assertThat(delivery.get("method").asString()).isEqualTo("PICKUP");
		assertThat(delivery.get("instant").asBoolean()).isTrue();
		assertThat(delivery.get("siteId").asLong()).isEqualTo(hall.siteId());
		assertThat(delivery.get("applicantName").asString()).isEqualTo("张*");
		assertThat(delivery.get("applicantPhone").asString()).isEqualTo("139****5678");
		var license = licenses.find(kase.get("licenseIds").get(0).asLong()).orElseThrow();
		var item = delivery.get("items").get(0);
		assertThat(item.get("kind").asString()).as("the 即办件's e-licence").isEqualTo("LICENSE");
		assertThat(item.get("licenseNumber").asString()).isEqualTo(license.number());
		assertThat(item.get("licenseType").asString()).isEqualTo(license.type());
		assertThat(delivery.get("actions").get(0).asString()).isEqualTo("PICKUP");
		assertThat(delivery.get("history").get(0).get("kind").asString()).isEqualTo("CREATED");
		var told = texts(APPLICANT_PHONE, "delivery-ready", number);
		assertThat(told).hasSize(1);
		assertThat(told.get(0)).contains("已办结", "请携带身份证到", "统一出件窗口（2号窗口）领取");
		assertThat(deliveryClerk.get("/api/deliveries?state=READY_FOR_PICKUP&q=" + APPLICANT_PHONE.substring(7))
			.body()
			.get("content")
			.valueStream()
			.map(d -> d.get("caseNumber").asString())).contains(number);

		var stranger = deliveryClerk.post(path(delivery) + "/pickup", pickup(delivery, STRANGER_ID, "张三"));
		assertThat(stranger.status()).as(stranger.text()).isEqualTo(422);
		assertThat(stranger.code()).isEqualTo("delivery.identity-mismatch");
		assertThat(stranger.detail()).contains(number);
		var malformed = deliveryClerk.post(path(delivery) + "/pickup", pickup(delivery, "110101199003070012", "张三"));
		assertThat(malformed.status()).isEqualTo(400);
		var wrongName = deliveryClerk.post(path(delivery) + "/pickup", pickup(delivery, APPLICANT_ID, "王五"));
		assertThat(wrongName.status()).isEqualTo(422);
		assertThat(wrongName.code()).isEqualTo("delivery.signature-mismatch");
		unchanged(delivery);
		assertThat(caseStatus(kase)).isEqualTo(CaseStatus.CONCLUDED);

		var picked = deliveryClerk.post(path(delivery) + "/pickup", pickup(delivery, APPLICANT_ID, " 张三 "));
		assertThat(picked.status()).as(picked.text()).isEqualTo(200);
		var done = picked.body();
		assertThat(done.get("state").asString()).isEqualTo("PICKED_UP");
		assertThat(done.get("actions").size()).isZero();
		assertThat(done.get("pickup").get("collectorKind").asString()).isEqualTo("APPLICANT");
		assertThat(done.get("pickup").get("collectorIdNumber").asString()).isEqualTo("110101********0011");
		assertThat(done.get("pickup").get("signatureAt").asString()).isNotBlank();
		assertThat(done.get("pickup").get("handedOverBy").asString()).isEqualTo("测试出件员");
		assertThat(done.get("deliveredAt").asString()).isNotBlank();
		assertThat(caseStatus(kase)).isEqualTo(CaseStatus.DELIVERED);
		assertThat(jdbc.sql("""
				select count(*) from dlv_delivery where case_id = :case
				  and (collector_id_masked like '%19900307%' or signature_name <> '张三')""")
			.param("case", kase.get("id").asLong())
			.query(Integer.class)
			.single()).as("only the masked ID number is kept").isZero();

		var again = acceptor.post(path(delivery) + "/pickup", pickup(done, APPLICANT_ID, "张三"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("delivery.wrong-state");
		assertThat(again.detail()).contains("已领取");

		var receipt = deliveryClerk.get(path(delivery) + "/receipt-document");
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(receipt.body().get("caseNumber").asString()).isEqualTo(number);
		assertThat(receipt.body().get("methodLabel").asString()).isEqualTo("窗口领取");
		assertThat(receipt.body().get("signatureName").asString()).isEqualTo("张三");
		assertThat(receipt.body().get("collectorIdNumber").asString()).isEqualTo("110101********0011");
		assertThat(deliveryClerk.get(path(delivery) + "/receipt").code()).isEqualTo("delivery.receipt-not-found");
	}

	@Test
	void aMailedResultIsSignedForWithAnUploadedReceiptThatIsArchived() {
		var kase = fixtures.concludedInstantly(acceptor, "江西省测试市测试区政务路 1 号", null);
		String number = kase.get("caseNumber").asString();
		var delivery = deliveryOf(deliveryClerk, kase);
		assertThat(delivery.get("state").asString()).isEqualTo("TO_BE_MAILED");
		assertThat(delivery.get("stateLabel").asString()).isEqualTo("待寄出");
		assertThat(delivery.get("mailing").get("address").asString()).as("in full for the waybill")
			.isEqualTo("江西省测试市测试区政务路 1 号");
		assertThat(delivery.get("mailing").get("phone").asString()).isEqualTo(RECIPIENT_PHONE);
		assertThat(texts(RECIPIENT_PHONE, "delivery-ready", number)).singleElement()
			.satisfies(text -> assertThat(text).contains("免费邮寄"));

		var badNumber = deliveryClerk.post(path(delivery) + "/mail",
				Map.of("version", delivery.get("version").asInt(), "carrier", "SF", "trackingNumber", "SF123"));
		assertThat(badNumber.status()).isEqualTo(400);
		assertThat(badNumber.code()).isEqualTo("delivery.tracking-number-invalid");
		assertThat(badNumber.detail()).contains("顺丰速运");
		var badCarrier = deliveryClerk.post(path(delivery) + "/mail", Map.of("version", delivery.get("version").asInt(),
				"carrier", "UPS", "trackingNumber", "1Z999AA10123456784"));
		assertThat(badCarrier.code()).isEqualTo("delivery.carrier-unknown");
		var badEms = deliveryClerk.post(path(delivery) + "/mail",
				Map.of("version", delivery.get("version").asInt(), "carrier", "EMS", "trackingNumber", "EA123456784CN"));
		assertThat(badEms.code()).as("S10 check digit").isEqualTo("delivery.tracking-number-invalid");
		var notYet = deliveryClerk.postMultipart(path(delivery) + "/signed?version=" + delivery.get("version").asInt()
				+ "&signedOn=" + TODAY, "receipt", "回执.png", DeliveryFixtures.png(), "image/png");
		assertThat(notYet.status()).isEqualTo(409);
		assertThat(notYet.detail()).contains("待寄出");
		unchanged(delivery);
		assertThat(texts(RECIPIENT_PHONE, "delivery-mailed", number)).isEmpty();

		var mailed = deliveryClerk.post(path(delivery) + "/mail", Map.of("version", delivery.get("version").asInt(),
				"carrier", "SF", "trackingNumber", "sf 1234 5678 90123"));
		assertThat(mailed.status()).as(mailed.text()).isEqualTo(200);
		delivery = mailed.body();
		assertThat(delivery.get("stateLabel").asString()).isEqualTo("已寄出");
		assertThat(delivery.get("mailing").get("trackingNumber").asString()).isEqualTo("SF1234567890123");
		assertThat(delivery.get("mailing").get("address").asString()).as("masked once sent").isEqualTo("江西省测试市****");
		assertThat(texts(RECIPIENT_PHONE, "delivery-mailed", number)).singleElement()
			.satisfies(text -> assertThat(text).contains("顺丰速运", "SF1234567890123"));
		assertThat(caseStatus(kase)).isEqualTo(CaseStatus.CONCLUDED);

		String signed = path(delivery) + "/signed?version=" + delivery.get("version").asInt() + "&signedOn=";
		var beforeMailing = deliveryClerk.postMultipart(signed + TODAY.minusDays(1), "receipt", "回执.png",
				DeliveryFixtures.png(), "image/png");
		assertThat(beforeMailing.status()).isEqualTo(400);
		assertThat(beforeMailing.code()).isEqualTo("delivery.signed-on-invalid");
		var notAScan = deliveryClerk.postMultipart(signed + TODAY, "receipt", "回执.png",
				"这不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/png");
		assertThat(notAScan.status()).as(notAScan.text()).isEqualTo(400);
		unchanged(delivery);

		byte[] png = DeliveryFixtures.png();
		var archived = deliveryClerk.postMultipart(signed + TODAY, "receipt", "回执.png", png, "image/png");
		assertThat(archived.status()).as(archived.text()).isEqualTo(200);
		var done = archived.body();
		assertThat(done.get("state").asString()).isEqualTo("SIGNED");
		assertThat(done.get("stateLabel").asString()).isEqualTo("已签收");
		assertThat(done.get("receipt").get("kind").asString()).isEqualTo("SCAN");
		assertThat(done.get("receipt").get("hasScan").asBoolean()).isTrue();
		assertThat(done.get("receipt").get("signedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(caseStatus(kase)).isEqualTo(CaseStatus.DELIVERED);
		var scan = deliveryClerk.getBytes(path(delivery) + "/receipt");
		assertThat(scan.status()).isEqualTo(200);
		assertThat(scan.contentType()).startsWith("image/png");
		assertThat(scan.bytes()).isEqualTo(png);
		var timeline = acceptor.get("/api/cases/" + kase.get("id").asLong()).body().get("timeline");
		assertThat(timeline.valueStream().map(e -> e.toString()))
			.anySatisfy(line -> assertThat(line).contains("SF1234567890123", "送达回执已归档"));
	}

	@Test
	void aClerkMayConfirmTheSignatureWithoutAScan() {
		var kase = fixtures.concludedInstantly(acceptor, "江西省测试市测试区政务路 2 号", null);
		var delivery = deliveryOf(deliveryClerk, kase);
		delivery = deliveryClerk.post(path(delivery) + "/mail",
				Map.of("version", delivery.get("version").asInt(), "carrier", "EMS", "trackingNumber", "EA123456785CN"))
			.body();
		var confirmed = deliveryClerk.post(path(delivery) + "/signed", Map.of("version", delivery.get("version").asInt(),
				"signedOn", TODAY.toString(), "note", "已在邮政网站核实签收记录"));
		assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
		assertThat(confirmed.body().get("receipt").get("kind").asString()).isEqualTo("CONFIRMATION");
		assertThat(confirmed.body().get("receipt").get("hasScan").asBoolean()).isFalse();
		assertThat(confirmed.body().get("receipt").get("recordedBy").asString()).isEqualTo("测试出件员");
		assertThat(caseStatus(kase)).isEqualTo(CaseStatus.DELIVERED);
		assertThat(deliveryClerk.get(path(delivery) + "/receipt").status()).isEqualTo(404);
		var twice = deliveryClerk.post(path(delivery) + "/signed",
				Map.of("version", confirmed.body().get("version").asInt(), "signedOn", TODAY.toString()));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.detail()).contains("已签收");
	}

	@Test
	void anAgentWithARecordedAuthorisationMayCollectButNotOneWithout() {
		var authorised = fixtures.concludedInstantly(acceptor, null,
				Map.of("name", "李四", "idNumber", AGENT_ID, "authorizationProvided", true));
		var delivery = deliveryOf(deliveryClerk, authorised);
		var picked = deliveryClerk.post(path(delivery) + "/pickup", pickup(delivery, AGENT_ID.toLowerCase(), "李四"));
		assertThat(picked.status()).as(picked.text()).isEqualTo(200);
		assertThat(picked.body().get("pickup").get("collectorKind").asString()).isEqualTo("AGENT");
		assertThat(picked.body().get("pickup").get("collectorName").asString()).isEqualTo("李*");

		var unauthorised = fixtures.concludedInstantly(acceptor, null,
				Map.of("name", "李四", "idNumber", AGENT_ID, "authorizationProvided", false));
		var other = deliveryOf(deliveryClerk, unauthorised);
		var refused = deliveryClerk.post(path(other) + "/pickup", pickup(other, AGENT_ID, "李四"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("delivery.identity-mismatch");
		unchanged(other);
	}

	@Test
	void twoBrowsersPickingUpTheSameResultAtOnceGetOneSuccessAndOneConflict() throws Exception {
		var kase = fixtures.concludedInstantly(acceptor, null, null);
		var delivery = deliveryOf(deliveryClerk, kase);
		var stale = deliveryClerk.post(path(delivery) + "/pickup",
				Map.of("version", delivery.get("version").asInt() + 1, "idNumber", APPLICANT_ID, "signatureName", "张三"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.code()).isEqualTo("delivery.changed");
		unchanged(delivery);

		var start = new CountDownLatch(1);
		var body = pickup(delivery, APPLICANT_ID, "张三");
		List<Callable<HallClient.Response>> both = new ArrayList<>();
		for (HallClient browser : List.of(deliveryClerk, acceptor)) {
			both.add(() -> {
				start.await();
				return browser.post(path(delivery) + "/pickup", body);
			});
		}
		var pool = Executors.newFixedThreadPool(2);
		try {
			var answers = both.stream().map(pool::submit).toList();
			start.countDown();
			var statuses = new ArrayList<Integer>();
			for (var answer : answers) {
				statuses.add(answer.get().status());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from dlv_delivery_event where delivery_id = :id and kind = 'PICKED_UP'")
			.param("id", delivery.get("id").asLong())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(caseStatus(kase)).isEqualTo(CaseStatus.DELIVERED);
	}

	@Test
	void aRefusalDecidedByTheBackOfficeHandsOverTheWrittenDecision() {
		var kase = fixtures.accepted(acceptor);
		cases.conclude(kase.get("id").asLong(), CaseOutcome.REFUSED, "不符合法定条件", List.of());
		var delivery = deliveryOf(deliveryClerk, kase);
		assertThat(delivery.get("instant").asBoolean()).isFalse();
		assertThat(delivery.get("outcomeLabel").asString()).isEqualTo("不予批准");
		assertThat(delivery.get("items").size()).isEqualTo(1);
		assertThat(delivery.get("items").get(0).get("kind").asString()).isEqualTo("DECISION");
		assertThat(delivery.get("items").get(0).get("title").asString()).isEqualTo("不予批准决定书");
		var picked = deliveryClerk.post(path(delivery) + "/pickup", pickup(delivery, APPLICANT_ID, "张三"));
		assertThat(picked.status()).as(picked.text()).isEqualTo(200);
		assertThat(caseStatus(kase)).isEqualTo(CaseStatus.DELIVERED);
	}

	@Test
	void anotherSitesClerkFindsNothingAndOtherRolesMayNotLook() {
		var kase = fixtures.concludedInstantly(acceptor, null, null);
		var delivery = deliveryOf(deliveryClerk, kase);
		var elsewhere = halls.create(List.of(List.of("A", "B")));
		var foreign = HallClient.loggedIn(port, elsewhere.clerks().get(0));
		assertThat(foreign.get(path(delivery)).status()).isEqualTo(404);
		assertThat(foreign.get(path(delivery)).code()).isEqualTo("delivery.not-found");
		var foreignPickup = foreign.post(path(delivery) + "/pickup", pickup(delivery, APPLICANT_ID, "张三"));
		assertThat(foreignPickup.status()).isEqualTo(404);
		assertThat(foreign.get("/api/deliveries?q=" + kase.get("caseNumber").asString()).body().get("total").asInt())
			.isZero();
		assertThat(foreign.get(path(delivery) + "/receipt-document").status()).isEqualTo(404);
		unchanged(delivery);

		var guide = HallClient.loggedIn(port, hall.guide());
		assertThat(guide.get("/api/deliveries").status()).isEqualTo(403);
		assertThat(new HallClient(port).get("/api/deliveries").status()).isEqualTo(401);
		assertThat(deliveryClerk.get("/api/deliveries?state=NONSENSE").status()).isEqualTo(400);
	}

	@Test
	void onlyTheDeliverysOwnSiteHandsItOverWhileTheCountyAboveMayOnlyLook() {
		var kase = fixtures.concludedInstantly(acceptor, null, null);
		String number = kase.get("caseNumber").asString();
		var delivery = deliveryOf(deliveryClerk, kase);
		String town = delivery.get("siteName").asString();

		// the demo county center's delivery clerk: the test hall is a town below the county, so in its scope
		var county = HallClient.loggedIn(port, "delivery");
		var refused = county.post(path(delivery) + "/pickup", pickup(delivery, APPLICANT_ID, "张三"));
		assertThat(refused.status()).as(refused.text()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("delivery.other-site");
		assertThat(refused.detail()).isEqualTo("该结果在" + town + "出件（办件 " + number + "），请在该站点办理领取");
		assertThat(unchanged(delivery).get("history").findValuesAsString("kind")).doesNotContain("PICKED_UP");
		assertThat(caseStatus(kase)).isNotEqualTo(CaseStatus.DELIVERED);

		// it may look (oversight), but its lists and badges are its own counter's work
		var seen = county.get(path(delivery));
		assertThat(seen.status()).as(seen.text()).isEqualTo(200);
		assertThat(seen.body().get("ownCounter").asBoolean()).isFalse();
		assertThat(seen.body().get("actions")).isEmpty();
		assertThat(county.get("/api/deliveries?q=" + number).body().get("total").asInt()).as("not the county's counter")
			.isZero();
		assertThat(county.get("/api/deliveries/counts").body().get("READY_FOR_PICKUP").asLong())
			.isEqualTo(jdbc.sql("""
					select count(*) from dlv_delivery d where d.state = 'READY_FOR_PICKUP' and d.site_id =
					    (select a.site_id from sf_account a where a.username = 'delivery')""").query(Long.class).single());
		var here = deliveryClerk.get(path(delivery)).body();
		assertThat(here.get("ownCounter").asBoolean()).isTrue();
		assertThat(here.get("actions").get(0).asString()).isEqualTo("PICKUP");

		var picked = deliveryClerk.post(path(delivery) + "/pickup", pickup(delivery, APPLICANT_ID, "张三"));
		assertThat(picked.status()).as(picked.text()).isEqualTo(200);
		assertThat(picked.body().get("state").asString()).isEqualTo("PICKED_UP");
		assertThat(caseStatus(kase)).isEqualTo(CaseStatus.DELIVERED);

		// a mailing leaves from the town's counter and its 回执 is recorded there
		var mailCase = fixtures.concludedInstantly(acceptor, "江西省测试市测试区政务路 5 号", null);
		var toMail = deliveryOf(deliveryClerk, mailCase);
		var notMailed = county.post(path(toMail) + "/mail",
				Map.of("version", toMail.get("version").asInt(), "carrier", "EMS", "trackingNumber", "EA123456785CN"));
		assertThat(notMailed.status()).as(notMailed.text()).isEqualTo(403);
		assertThat(notMailed.detail()).endsWith("请在该站点办理寄出");
		unchanged(toMail);
		var mailed = deliveryClerk.post(path(toMail) + "/mail",
				Map.of("version", toMail.get("version").asInt(), "carrier", "EMS", "trackingNumber", "EA123456785CN"));
		assertThat(mailed.status()).as(mailed.text()).isEqualTo(200);
		var notSigned = county.post(path(toMail) + "/signed",
				Map.of("version", mailed.body().get("version").asInt(), "signedOn", TODAY.toString()));
		assertThat(notSigned.status()).as(notSigned.text()).isEqualTo(403);
		assertThat(notSigned.code()).isEqualTo("delivery.other-site");
		unchanged(mailed.body());
	}

	@Test
	void theSameConclusionHandledTwiceMakesOneDeliveryAndOneMessage() {
		var kase = fixtures.concludedInstantly(acceptor, null, null);
		var delivery = deliveryOf(deliveryClerk, kase);
		var summary = cases.get(kase.get("id").asLong());
		var again = deliveries.open(new CaseConcluded(summary.id(), summary.caseNumber(), summary.siteId(),
				CaseOutcome.APPROVED, true, List.of(), java.time.Instant.now()));
		assertThat(again).isEmpty();
		assertThat(jdbc.sql("select count(*) from dlv_delivery where case_id = :case")
			.param("case", summary.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(texts(APPLICANT_PHONE, "delivery-ready", summary.caseNumber())).hasSize(1);
		unchanged(delivery);
	}

	@Test
	void theCountsAndTabsFollowTheStates() {
		var pickupCase = fixtures.concludedInstantly(acceptor, null, null);
		var mailCase = fixtures.concludedInstantly(acceptor, "江西省测试市测试区政务路 3 号", null);
		deliveryOf(deliveryClerk, pickupCase);
		deliveryOf(deliveryClerk, mailCase);
		var counts = deliveryClerk.get("/api/deliveries/counts").body();
		assertThat(counts.get("READY_FOR_PICKUP").asInt()).isEqualTo(1);
		assertThat(counts.get("TO_BE_MAILED").asInt()).isEqualTo(1);
		assertThat(counts.get("SIGNED").asInt()).isZero();
		var toMail = deliveryClerk.get("/api/deliveries?state=TO_BE_MAILED").body();
		assertThat(toMail.get("total").asInt()).isEqualTo(1);
		assertThat(toMail.get("content").get(0).get("caseNumber").asString())
			.isEqualTo(mailCase.get("caseNumber").asString());
		assertThat(deliveryClerk.get("/api/deliveries?state=PICKED_UP&state=SIGNED").body().get("total").asInt())
			.isZero();
		assertThat(deliveryClerk.get("/api/deliveries/carriers").body().size()).isEqualTo(3);
	}
}
