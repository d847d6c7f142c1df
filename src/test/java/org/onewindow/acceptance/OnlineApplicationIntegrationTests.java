package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.MaterialSource;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.site.SiteLevel;
import org.onewindow.support.AtOnce;
import org.onewindow.support.Cases;
import org.onewindow.support.Citizens;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * 网上申请 and 网上预审 over HTTP: a citizen signed in by text-message code applies from the phone and uploads scans,
 * the clerk of the chosen site finds the application in the pre-review queue and takes the counter's outcomes on it;
 * a citizen never sees someone else's application.
 */
@HallIntegrationTest
class OnlineApplicationIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
			0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	ConfigurableApplicationContext context;

	TestHall hall;

	HallClient clerk;

	CaseEvents events;

	@BeforeEach
	void newHall() {
		hall = halls.create(List.of(List.of("A")));
		clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		events = new CaseEvents(context);
	}

	@AfterEach
	void stopListening() {
		events.close();
	}

	/** The situations offered online that a town accepts for a person. */
	java.util.stream.Stream<Situation> onlineAtTownForAPerson() {
		var published = catalog.published().orElseThrow();
		return published.content()
			.situations()
			.stream()
			.filter(s -> published.item(s.itemCode()).map(ServiceItem::online).orElse(false))
			.filter(s -> s.acceptLevels().contains(SiteLevel.TOWN) && s.applicantType() == ApplicantType.PERSON);
	}

	/** A 承诺件 offered online, accepted at a town, for a person, with a required scan to upload and a form. */
	Situation onlineAtTown() {
		return onlineAtTownForAPerson()
			.filter(s -> s.mode() == org.onewindow.catalog.AcceptanceMode.PROMISED)
			.filter(s -> !s.forms().isEmpty() && !s.forms().get(0).fields().isEmpty())
			.filter(s -> s.materials().stream().anyMatch(OnlineApplicationIntegrationTests::toUpload))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo handbook has no such situation"));
	}

	/** A material the citizen uploads: required, held by the applicant, not a form filled in online. */
	static boolean toUpload(org.onewindow.catalog.MaterialRequirement m) {
		return m.required() && m.source() == MaterialSource.APPLICANT && m.formTemplate() == null;
	}

	Map<String, Object> application(Situation situation, long siteId) {
		var form = new HashMap<String, String>();
		situation.forms().get(0).fields().forEach(f -> form.put(f.name(), f.sample()));
		return Map.of("siteId", siteId, "situationCode", situation.code(), "applicant",
				Map.of("kind", "PERSON", "name", "王小明", "idNumber", Cases.PERSON_ID), "form", form, "delivery",
				Map.of("method", "MAIL", "recipient", "王小明", "phone", "13800138000", "address",
						"江西省青山县青山镇解放路 8 号"));
	}

	JsonNode apply(HallClient citizen, Situation situation) {
		var created = citizen.post("/api/public/citizen/applications", application(situation, hall.siteId()));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.body();
	}

	static String path(JsonNode application) {
		return "/api/public/citizen/applications/" + application.get("id").asLong();
	}

	/** The lines the citizen must upload (the rest: forms filled in online, e-licences, conditional ones). */
	static List<Integer> linesToUpload(JsonNode application) {
		return application.get("materials")
			.valueStream()
			.filter(m -> m.get("required").asBoolean() && m.get("source").asString().equals("APPLICANT")
					&& m.get("formTemplate").isNull())
			.map(m -> m.get("line").asInt())
			.toList();
	}

	@Test
	void appliedOnlineNoticedSupplementedAndAcceptedWithoutAVisit() {
		var situation = onlineAtTown();
		String phone = Citizens.aPhone();
		var citizen = Citizens.signedIn(port, jdbc, phone);
		var application = apply(citizen, situation);
		long id = application.get("id").asLong();
		assertThat(application.get("status").asString()).isEqualTo("PRE_REVIEW");
		assertThat(application.get("statusLabel").asString()).isEqualTo("待预审");
		assertThat(application.get("caseNumber").asString()).matches(hall.siteId() + "-\\d{8}-\\d{4}");
		assertThat(application.get("uploadsOpen").asBoolean()).isTrue();
		assertThat(application.get("applicant").get("id").asString()).doesNotContain("19900307");
		assertThat(application.get("delivery").get("method").asString()).isEqualTo("MAIL");
		assertThat(application.get("formFields").get(0).get("sample").asString()).isNotBlank();
		assertThat(application.get("formFields").get(0).get("value").asString()).isNotBlank();
		assertThat(application.get("timeline").get(0).get("text").asString()).contains("网上申请已提交");
		assertThat(jdbc.sql("select channel, applicant_phone from acc_case where id = :id")
			.param("id", id)
			.query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
			.single()).isEqualTo("ONLINE " + phone);

		// the citizen uploads every scan but the last one
		var lines = linesToUpload(application);
		assertThat(lines).isNotEmpty();
		int forgotten = lines.get(lines.size() - 1);
		for (int line : lines.subList(0, lines.size() - 1)) {
			upload(citizen, application, line, PDF, "application/pdf");
		}

		var mine = citizen.get("/api/public/citizen/applications");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.body().size()).isEqualTo(1);
		assertThat(mine.body().get(0).get("id").asLong()).isEqualTo(id);
		assertThat(mine.body().get(0).get("actionNeeded").asBoolean()).isFalse();

		// 网上预审: the clerk's case list filtered by PRE_REVIEW
		var queue = clerk.get("/api/cases?status=PRE_REVIEW");
		assertThat(queue.status()).as(queue.text()).isEqualTo(200);
		assertThat(queue.body().get("content").valueStream().map(c -> c.get("id").asLong()).toList()).contains(id);
		var kase = clerk.get("/api/cases/" + id).body();
		assertThat(kase.get("channel").get("code").asString()).isEqualTo("ONLINE");
		assertThat(kase.get("actions").valueStream().map(JsonNode::asString).toList()).contains("accept", "notice",
				"reject", "materials");

		// the clerk checks the scans there are and sends the one-time notice for the rest
		kase = markAsCopies(kase, line -> line != forgotten);
		var noticed = clerk.post("/api/cases/" + id + "/notice",
				Map.of("version", kase.get("version").asInt(), "note", "请补传后重新提交"));
		assertThat(noticed.status()).as(noticed.text()).isEqualTo(201);
		assertThat(noticed.body().get("status").get("code").asString()).isEqualTo("PENDING_SUPPLEMENT");
		assertThat(jdbc.sql("""
				select text from pf_sms_outbox where phone = :phone and purpose = 'one-time-notice'
				order by id desc limit 1""").param("phone", phone).query(String.class).single()).contains("网上办事");

		var waiting = citizen.get(path(application)).body();
		assertThat(waiting.get("status").asString()).isEqualTo("PENDING_SUPPLEMENT");
		assertThat(waiting.get("uploadsOpen").asBoolean()).isTrue();
		var notice = waiting.get("notice");
		assertThat(notice.get("resolved").asBoolean()).isFalse();
		var forgottenName = waiting.get("materials").valueStream()
			.filter(m -> m.get("line").asInt() == forgotten)
			.findFirst()
			.orElseThrow()
			.get("name")
			.asString();
		assertThat(notice.get("items").valueStream().map(i -> i.get("material").asString()).toList())
			.contains(forgottenName);
		assertThat(citizen.get("/api/public/citizen/applications").body().get(0).get("actionNeeded").asBoolean())
			.isTrue();
		assertThat(citizen.post(path(application) + "/resubmission", Map.of("version", waiting.get("version").asInt() - 1))
			.code()).as("a stale page").isEqualTo("acceptance.case-changed");

		// the citizen uploads the missing scan and resubmits: back in pre-review
		upload(citizen, application, forgotten, PNG, "image/png");
		waiting = citizen.get(path(application)).body();
		var resubmitted = citizen.post(path(application) + "/resubmission",
				Map.of("version", waiting.get("version").asInt()));
		assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);
		assertThat(resubmitted.body().get("status").asString()).isEqualTo("PRE_REVIEW");
		assertThat(resubmitted.body().get("notice").get("resolved").asBoolean()).isTrue();
		assertThat(citizen.post(path(application) + "/resubmission",
				Map.of("version", resubmitted.body().get("version").asInt())).code())
			.as("only after a notice").isEqualTo("acceptance.case-wrong-status");

		// the clerk accepts: CaseAccepted, the citizen is told, the scans are closed
		kase = clerk.get("/api/cases/" + id).body();
		assertThat(kase.get("status").get("code").asString()).isEqualTo("PRE_REVIEW");
		assertThat(kase.get("noticeCount").asInt()).isEqualTo(1);
		kase = markAsCopies(kase, line -> line == forgotten);
		var accepted = clerk.post("/api/cases/" + id + "/accept", Map.of("version", kase.get("version").asInt()));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		assertThat(accepted.body().get("status").get("code").asString()).isEqualTo("IN_APPROVAL");
		assertThat(events.of(CaseAccepted.class).stream().filter(e -> e.caseId() == id).toList()).hasSize(1);

		var after = citizen.get(path(application)).body();
		assertThat(after.get("status").asString()).isEqualTo("IN_APPROVAL");
		assertThat(after.get("uploadsOpen").asBoolean()).isFalse();
		assertThat(after.get("promisedDate").asString()).isNotBlank();
		assertThat(after.get("timeline").valueStream().map(e -> e.get("text").asString()).toList())
			.anyMatch(t -> t.contains("重新提交"))
			.anyMatch(t -> t.contains("已受理"));
		var late = citizen.postMultipart(path(application) + "/materials/" + forgotten + "/files", "file", "x.png", PNG,
				"image/png");
		assertThat(late.status()).isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from pf_sms_outbox where phone = :phone and purpose = 'case-accepted'")
			.param("phone", phone)
			.query(Integer.class)
			.single()).as("the citizen hears of the acceptance").isEqualTo(1);

		// anyone with the number and the phone's last four digits, or the QR token, follows it
		var anonymous = new HallClient(port);
		var progress = anonymous.get("/api/public/progress?caseNumber=" + after.get("caseNumber").asString()
				+ "&phoneLast4=" + phone.substring(7));
		assertThat(progress.status()).as(progress.text()).isEqualTo(200);
		assertThat(progress.body().get("status").asString()).isEqualTo("IN_APPROVAL");
		var byToken = anonymous.get("/api/public/progress/" + after.get("progressToken").asString());
		assertThat(byToken.body().get("caseNumber").asString()).isEqualTo(after.get("caseNumber").asString());
	}

	void upload(HallClient citizen, JsonNode application, int line, byte[] content, String type) {
		var uploaded = citizen.postMultipart(path(application) + "/materials/" + line + "/files", "file",
				type.equals("image/png") ? "照片.png" : "扫描件.pdf", content, type);
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
		assertThat(uploaded.body().get("files").get(0).get("mediaType").asString()).isEqualTo(type);
	}

	@Test
	void theClerkMayRejectAnOnlineApplicationAndTheCitizenReadsWhy() {
		var citizen = Citizens.signedIn(port, jdbc, Citizens.aPhone());
		var application = apply(citizen, onlineAtTown());
		int line = linesToUpload(application).get(0);
		upload(citizen, application, line, PDF, "application/pdf");
		long fileId = citizen.get(path(application)).body().get("materials").valueStream()
			.filter(m -> m.get("line").asInt() == line)
			.findFirst()
			.orElseThrow()
			.get("files")
			.get(0)
			.get("id")
			.asLong();
		var download = citizen.getBytes(path(application) + "/materials/" + line + "/files/" + fileId);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(PDF);
		assertThat(download.contentType()).startsWith("application/pdf");

		var kase = clerk.get("/api/cases/" + application.get("id").asLong()).body();
		var rejected = clerk.post("/api/cases/" + application.get("id").asLong() + "/reject",
				Map.of("version", kase.get("version").asInt(), "reason", "申请人不符合申领条件"));
		assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
		var seen = citizen.get(path(application)).body();
		assertThat(seen.get("status").asString()).isEqualTo("NOT_ACCEPTED");
		assertThat(seen.get("uploadsOpen").asBoolean()).isFalse();
		assertThat(seen.get("timeline").valueStream().map(e -> e.get("text").asString()).toList())
			.anyMatch(t -> t.contains("申请人不符合申领条件"));
		assertThat(citizen.post(path(application) + "/resubmission", Map.of("version", seen.get("version").asInt()))
			.status()).isEqualTo(409);
	}

	/** The clerk has checked the scans: the chosen required lines are handed in as copies. */
	JsonNode markAsCopies(JsonNode kase, java.util.function.IntPredicate which) {
		JsonNode current = kase;
		for (JsonNode line : kase.get("materials")) {
			if (!line.get("required").asBoolean() || !which.test(line.get("line").asInt())) {
				continue;
			}
			var put = clerk.put("/api/cases/" + kase.get("id").asLong() + "/materials/" + line.get("line").asInt(),
					Map.of("version", current.get("version").asInt(), "status", "PROVIDED_COPY"));
			assertThat(put.status()).as(put.text()).isEqualTo(200);
			current = put.body();
		}
		return current;
	}

	@Test
	void theSameApplicationAgainWhilePendingIsRefusedNamingTheFirst() {
		var situation = onlineAtTown();
		String phone = Citizens.aPhone();
		var citizen = Citizens.signedIn(port, jdbc, phone);
		var first = apply(citizen, situation);
		String before = countOfCases();
		int textsBefore = textsTo(phone);

		var again = citizen.post("/api/public/citizen/applications", application(situation, hall.siteId()));
		assertThat(again.status()).as(again.text()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("acceptance.online-duplicate");
		assertThat(again.detail()).isEqualTo("您已提交过相同的申请（办件号 " + first.get("caseNumber").asString()
				+ "），请勿重复提交，可在“我的申请”中查看办理进度");
		assertThat(countOfCases()).isEqualTo(before);
		assertThat(textsTo(phone)).as("no second text message").isEqualTo(textsBefore);
		assertThat(citizen.get("/api/public/citizen/applications").body().size()).isEqualTo(1);

		// another situation, or the same one for another applicant, is a new application
		var other = anotherOnlineAtTown(situation);
		var otherBody = new HashMap<>(application(situation, hall.siteId()));
		otherBody.put("situationCode", other.code());
		otherBody.put("form", Map.of());
		var otherSituation = citizen.post("/api/public/citizen/applications", otherBody);
		assertThat(otherSituation.status()).as(otherSituation.text()).isEqualTo(201);
		var forSomeoneElse = new HashMap<>(application(situation, hall.siteId()));
		forSomeoneElse.put("applicant", Map.of("kind", "PERSON", "name", "王大明", "idNumber", "110101198506150019"));
		assertThat(citizen.post("/api/public/citizen/applications", forSomeoneElse).status()).isEqualTo(201);

		// once the first is decided (不予受理), applying again is allowed
		var kase = clerk.get("/api/cases/" + first.get("id").asLong()).body();
		var rejected = clerk.post("/api/cases/" + first.get("id").asLong() + "/reject",
				Map.of("version", kase.get("version").asInt(), "reason", "申请人不符合申领条件"));
		assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
		assertThat(apply(citizen, situation).get("caseNumber").asString())
			.isNotEqualTo(first.get("caseNumber").asString());
	}

	@Test
	void twoIdenticalApplicationsAtTheSameInstantMakeOneCase() throws Exception {
		var situation = onlineAtTown();
		String phone = Citizens.aPhone();
		var citizen = Citizens.signedIn(port, jdbc, phone);
		citizen.cookieHeader(); // the XSRF token is there before the two tabs send
		int tabs = 3;
		var requests = new java.util.ArrayList<java.util.concurrent.Callable<HallClient.Response>>();
		for (int i = 0; i < tabs; i++) {
			var tab = citizen.onPort(port);
			requests.add(() -> tab.post("/api/public/citizen/applications", application(situation, hall.siteId())));
		}
		AtOnce.assertExactlyOneCreated(AtOnce.send(requests), "acceptance.online-duplicate");
		assertThat(jdbc.sql("select count(*) from acc_case where applicant_phone = :phone")
			.param("phone", phone)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	/** Another situation offered online and accepted at a town for a person. */
	Situation anotherOnlineAtTown(Situation not) {
		return onlineAtTownForAPerson().filter(s -> !s.code().equals(not.code()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo handbook has no second such situation"));
	}

	int textsTo(String phone) {
		return jdbc.sql("select count(*) from pf_sms_outbox where phone = :phone").param("phone", phone)
			.query(Integer.class).single();
	}

	@Test
	void someoneElsesApplicationIsNotFound() {
		var situation = onlineAtTown();
		var owner = Citizens.signedIn(port, jdbc, Citizens.aPhone());
		var application = apply(owner, situation);
		int line = linesToUpload(application).get(0);
		var other = Citizens.signedIn(port, jdbc, Citizens.aPhone());

		var read = other.get(path(application));
		assertThat(read.status()).isEqualTo(404);
		assertThat(read.code()).isEqualTo("acceptance.case-not-found");
		assertThat(other.postMultipart(path(application) + "/materials/" + line + "/files", "file", "a.pdf", PDF,
				"application/pdf").status()).isEqualTo(404);
		assertThat(other.post(path(application) + "/resubmission", Map.of("version", 0)).status()).isEqualTo(404);
		assertThat(other.get("/api/public/citizen/applications").body().size()).isZero();
		assertThat(other.get("/api/public/citizen/applications/999999999").status()).isEqualTo(404);
		assertThat(owner.get(path(application)).status()).isEqualTo(200);
	}

	@Test
	void withoutSignInNothingIsAnswered() {
		var situation = onlineAtTown();
		var anonymous = new HallClient(port);
		var submitted = anonymous.post("/api/public/citizen/applications", application(situation, hall.siteId()));
		assertThat(submitted.status()).isEqualTo(401);
		assertThat(submitted.code()).isEqualTo("citizen.sign-in-required");
		assertThat(anonymous.get("/api/public/citizen/applications").status()).isEqualTo(401);
		var application = apply(Citizens.signedIn(port, jdbc, Citizens.aPhone()), situation);
		assertThat(anonymous.get(path(application)).status()).isEqualTo(401);
		// a staff login is no citizen either
		assertThat(clerk.get(path(application)).status()).isEqualTo(401);
	}

	@Test
	void badInputIsRefusedAndChangesNothing() {
		var situation = onlineAtTown();
		var citizen = Citizens.signedIn(port, jdbc, Citizens.aPhone());
		String before = countOfCases();

		var badId = new HashMap<>(application(situation, hall.siteId()));
		badId.put("applicant", Map.of("kind", "PERSON", "name", "王小明", "idNumber", "110101199003070012"));
		var refused = citizen.post("/api/public/citizen/applications", badId);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.text()).contains("applicant.idNumber");

		var badCredit = new HashMap<>(application(situation, hall.siteId()));
		badCredit.put("applicant", Map.of("kind", "ORGANIZATION", "name", "青山县某某有限公司", "creditCode",
				"91350100M000100Y44", "legalRepresentative", "李四"));
		assertThat(citizen.post("/api/public/citizen/applications", badCredit).status()).isEqualTo(400);

		var noRepresentative = new HashMap<>(application(situation, hall.siteId()));
		noRepresentative.put("applicant",
				Map.of("kind", "ORGANIZATION", "name", "青山县某某有限公司", "creditCode", "91350100M000100Y43"));
		var noRep = citizen.post("/api/public/citizen/applications", noRepresentative);
		assertThat(noRep.status()).isEqualTo(400);
		assertThat(noRep.code()).isEqualTo("acceptance.legal-representative-required");

		var noId = new HashMap<>(application(situation, hall.siteId()));
		noId.put("applicant", Map.of("kind", "PERSON", "name", "王小明"));
		assertThat(citizen.post("/api/public/citizen/applications", noId).code())
			.isEqualTo("acceptance.applicant-id-number-required");

		var unknownField = new HashMap<>(application(situation, hall.siteId()));
		unknownField.put("form", Map.of("noSuchField", "x"));
		assertThat(citizen.post("/api/public/citizen/applications", unknownField).code())
			.isEqualTo("acceptance.form-field-unknown");

		var mailWithoutAddress = new HashMap<>(application(situation, hall.siteId()));
		mailWithoutAddress.put("delivery", Map.of("method", "MAIL", "recipient", "王小明"));
		assertThat(citizen.post("/api/public/citizen/applications", mailWithoutAddress).code())
			.isEqualTo("acceptance.mail-address-incomplete");

		var unknownSituation = new HashMap<>(application(situation, hall.siteId()));
		unknownSituation.put("situationCode", "0000000000-99");
		assertThat(citizen.post("/api/public/citizen/applications", unknownSituation).status()).isEqualTo(422);

		var unknownSite = citizen.post("/api/public/citizen/applications", application(situation, 999_999_999L));
		assertThat(unknownSite.status()).isEqualTo(404);
		assertThat(countOfCases()).isEqualTo(before);
	}

	@Test
	void aSituationTheSiteMayNotAcceptOrNotOfferedOnlineIs422() {
		var published = catalog.published().orElseThrow();
		var countyOnly = published.content()
			.situations()
			.stream()
			.filter(s -> published.item(s.itemCode()).map(ServiceItem::online).orElse(false))
			.filter(s -> !s.acceptLevels().contains(SiteLevel.TOWN))
			.findFirst()
			.orElseThrow();
		var citizen = Citizens.signedIn(port, jdbc, Citizens.aPhone());
		var body = new HashMap<>(application(onlineAtTown(), hall.siteId()));
		body.put("situationCode", countyOnly.code());
		body.put("form", Map.of());
		var refused = citizen.post("/api/public/citizen/applications", body);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("acceptance.situation-not-at-site");

		var offline = published.content()
			.situations()
			.stream()
			.filter(s -> !published.item(s.itemCode()).map(ServiceItem::online).orElse(true))
			.filter(s -> s.acceptLevels().contains(SiteLevel.TOWN))
			.findFirst()
			.orElseThrow();
		body.put("situationCode", offline.code());
		var notOnline = citizen.post("/api/public/citizen/applications", body);
		assertThat(notOnline.status()).isEqualTo(422);
		assertThat(notOnline.code()).isEqualTo("acceptance.online-not-offered");
	}

	@Test
	void uploadsAreCheckedByContentAndCanBeRemoved() {
		var citizen = Citizens.signedIn(port, jdbc, Citizens.aPhone());
		var application = apply(citizen, onlineAtTown());
		int line = linesToUpload(application).get(0);
		String files = path(application) + "/materials/" + line + "/files";
		var fake = citizen.postMultipart(files, "file", "scan.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8),
				"application/pdf");
		assertThat(fake.status()).isEqualTo(400);
		assertThat(fake.code()).isEqualTo("file.unsupported-type");
		assertThat(citizen.postMultipart(path(application) + "/materials/999/files", "file", "a.png", PNG, "image/png")
			.code()).isEqualTo("acceptance.material-line-unknown");

		var uploaded = citizen.postMultipart(files, "file", "../../etc/照片.png", PNG, "image/png");
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
		var scan = uploaded.body().get("files").get(0);
		assertThat(scan.get("name").asString()).isEqualTo("照片.png");
		long fileId = scan.get("id").asLong();
		var removed = citizen.delete(files + "/" + fileId);
		assertThat(removed.status()).as(removed.text()).isEqualTo(200);
		assertThat(removed.body().get("files").size()).isZero();
		assertThat(citizen.delete(files + "/" + fileId).status()).isEqualTo(404);
	}

	String countOfCases() {
		return String.valueOf(jdbc.sql("select count(*) from acc_case").query(Long.class).single());
	}
}
