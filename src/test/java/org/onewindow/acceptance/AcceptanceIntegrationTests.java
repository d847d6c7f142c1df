package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.support.Cases.open;
import static org.onewindow.support.Cases.openBody;
import static org.onewindow.support.Cases.provideRequired;
import static org.onewindow.support.Cases.version;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.license.HolderKind;
import org.onewindow.license.LicenseManagement;
import org.onewindow.license.NewLicense;
import org.onewindow.platform.DomainException;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.support.Cases;
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
 * The front desk over HTTP: a called ticket becomes a case, the checklist is worked, the case is accepted or
 * concluded on the spot; the back office's and the delivery counter's calls through {@link CaseLifecycle}; the bad
 * inputs and conflicts change nothing.
 */
@HallIntegrationTest
class AcceptanceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CaseLifecycle lifecycle;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	LicenseManagement licenses;

	AcceptanceFixtures fixtures;

	TestHall hall;

	HallClient clerk;

	CaseEvents events;

	@BeforeEach
	void newHall() {
		fixtures = new AcceptanceFixtures(catalog);
		hall = halls.create(List.of(List.of("A"), List.of("A")));
		clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		events = new CaseEvents(context);
	}

	@AfterEach
	void stopListening() {
		events.close();
	}

	@Test
	void aCalledTicketBecomesACaseThatIsAcceptedWithItsPromisedDate() {
		var situation = fixtures.promisedAtTown();
		var kiosk = hall.kiosk(port);
		var ticket = kiosk.post("/api/queue/sites/" + hall.siteId() + "/tickets",
				Map.of("category", "A", "situationCodes", List.of(situation.code()), "phone", "13812345678"));
		assertThat(ticket.status()).as(ticket.text()).isEqualTo(201);
		assertThat(clerk.put("/api/queue/counters/" + hall.counterIds().get(0) + "/state", Map.of("state", "OPEN"))
			.status()).isEqualTo(200);
		var called = clerk.post("/api/queue/counters/" + hall.counterIds().get(0) + "/calls", Map.of());
		assertThat(called.status()).as(called.text()).isEqualTo(201);
		long ticketId = called.body().get("id").asLong();

		var kase = open(clerk, Map.of("ticketId", ticketId, "applicant",
				Map.of("kind", "PERSON", "name", "张三", "idNumber", Cases.PERSON_ID)));
		assertThat(kase.get("status").get("code").asString()).isEqualTo("DRAFT");
		assertThat(kase.get("status").get("label").asString()).isEqualTo("受理中");
		assertThat(kase.get("situations").get(0).get("code").asString()).as("pre-selected by the ticket")
			.isEqualTo(situation.code());
		assertThat(kase.get("ticketId").asLong()).isEqualTo(ticketId);
		assertThat(kase.get("counterId").asLong()).isEqualTo(hall.counterIds().get(0));
		assertThat(kase.get("applicant").get("phone").asString()).as("taken from the ticket").isEqualTo("13812345678");
		assertThat(kase.get("caseNumber").asString()).matches(hall.siteId() + "-\\d{8}-0001");
		assertThat(kase.get("catalogVersion").asInt()).isEqualTo(catalog.publishedVersion());
		assertThat(kase.get("materials").size()).isEqualTo(situation.materials().size());
		assertThat(kase.get("actions").valueStream().map(JsonNode::asString).toList()).contains("accept", "notice")
			.doesNotContain("instant");
		assertThat(kase.get("timeline").get(0).get("kind").asString()).isEqualTo("OPENED");
		long id = kase.get("id").asLong();

		kase = provideRequired(clerk, kase, List.of());
		var accepted = clerk.post("/api/cases/" + id + "/accept", version(kase));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		var body = accepted.body();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(body.get("status").get("code").asString()).isEqualTo("IN_APPROVAL");
		assertThat(body.get("acceptedOn").asString()).isEqualTo(today.toString());
		assertThat(body.get("promisedDate").asString())
			.isEqualTo(calendar.addWorkingDays(today, situation.promisedDays()).toString());

		var accepts = events.of(CaseAccepted.class).stream().filter(e -> e.caseId() == id).toList();
		assertThat(accepts).hasSize(1);
		assertThat(accepts.get(0).situationCodes()).containsExactly(situation.code());
		assertThat(accepts.get(0).siteId()).isEqualTo(hall.siteId());
		assertThat(accepts.get(0).promisedDate().toString()).isEqualTo(body.get("promisedDate").asString());
		assertThat(lifecycle.get(id).status()).isEqualTo(CaseStatus.IN_APPROVAL);

		var notice = clerk.get("/api/cases/" + id + "/documents/acceptance-notice");
		assertThat(notice.status()).as(notice.text()).isEqualTo(200);
		assertThat(notice.body().get("document").asString()).isEqualTo("受理通知书");
		assertThat(notice.body().get("promisedDate").asString()).isEqualTo(body.get("promisedDate").asString());
		assertThat(notice.body().get("materials").size()).isPositive();
		assertThat(notice.body().get("applicant").get("id").asString()).doesNotContain("19900307");
		assertThat(notice.body().get("progress").get("path").asString()).startsWith("/m/progress/");

		assertThat(jdbc.sql("select count(*) from pf_sms_outbox where phone = '13812345678' and purpose = 'case-accepted'"
				+ " and text like :number")
			.param("number", "%" + body.get("caseNumber").asString() + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);
		awaitAudit("/api/cases/" + id + "/accept", 200);
	}

	@Test
	void anInstantSituationConcludesOnTheSpot() {
		var situation = fixtures.instantAtTown();
		var kase = open(clerk, openBody(situation.code()));
		assertThat(kase.get("instant").asBoolean()).isTrue();
		long id = kase.get("id").asLong();

		var early = clerk.post("/api/cases/" + id + "/instant", version(kase));
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.code()).isEqualTo("acceptance.materials-incomplete");

		kase = provideRequired(clerk, kase, List.of());
		var done = clerk.post("/api/cases/" + id + "/instant", version(kase));
		assertThat(done.status()).as(done.text()).isEqualTo(200);
		assertThat(done.body().get("status").get("code").asString()).isEqualTo("CONCLUDED");
		assertThat(done.body().get("outcome").get("code").asString()).isEqualTo("APPROVED");
		var concluded = events.of(CaseConcluded.class).stream().filter(e -> e.caseId() == id).toList();
		assertThat(concluded).hasSize(1);
		assertThat(concluded.get(0).instant()).isTrue();
		assertThat(concluded.get(0).outcome()).isEqualTo(CaseOutcome.APPROVED);
		assertThat(concluded.get(0).licenseIds()).as("the result issued on the spot").isNotEmpty();
		var license = licenses.find(concluded.get(0).licenseIds().get(0)).orElseThrow();
		assertThat(license.holderId()).isEqualTo(Cases.PERSON_ID);
		assertThat(license.caseId()).isEqualTo(id);
		assertThat(done.body().get("licenseIds").get(0).asLong()).isEqualTo(license.id());
		assertThat(events.of(CaseAccepted.class).stream().filter(e -> e.caseId() == id)).isEmpty();

		var again = clerk.post("/api/cases/" + id + "/instant", version(done.body()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("acceptance.case-wrong-status");
		assertThat(again.detail()).contains("已办结");
	}

	@Test
	void anELicenceOfTheApplicantReplacesThePaperAndOthersAreRefused() {
		var situation = fixtures.situation(s -> Cases.personal(s)
				&& s.acceptLevels().contains(org.onewindow.site.SiteLevel.TOWN)
				&& s.materials().stream().anyMatch(m -> m.required() && m.licenseType() != null)
				&& s.materials().stream().anyMatch(m -> m.licenseType() == null));
		var kase = open(clerk, openBody(situation.code()));
		long id = kase.get("id").asLong();
		var line = kase.get("materials").valueStream()
			.filter(l -> l.get("required").asBoolean() && !l.get("licenseType").isNull()).findFirst().orElseThrow();
		String type = line.get("licenseType").asString();
		var paperOnly = kase.get("materials").valueStream().filter(l -> l.get("licenseType").isNull()).findFirst()
			.orElseThrow();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		var own = licenses.issue(new NewLicense(type, HolderKind.PERSON, "张三", Cases.PERSON_ID, "GAJ",
				today.minusYears(1), null, null, null));
		var someoneElses = licenses.issue(new NewLicense(type, HolderKind.PERSON, "李四",
				AcceptanceFixtures.OTHER_PERSON_ID, "GAJ", today.minusYears(1), null, null, null));
		var expired = licenses.issue(new NewLicense(type, HolderKind.PERSON, "张三", Cases.PERSON_ID, "GAJ",
				today.minusYears(3), today.minusDays(1), null, null));
		String path = "/api/cases/" + id + "/materials/" + line.get("line").asInt();
		int version = kase.get("version").asInt();

		assertThat(clerk.put(path, Map.of("version", version, "status", "E_LICENSE")).code())
			.isEqualTo("acceptance.e-license-id-required");
		for (long wrong : List.of(someoneElses.id(), expired.id(), Long.MAX_VALUE)) {
			var refused = clerk.put(path, Map.of("version", version, "status", "E_LICENSE", "licenseId", wrong));
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.code()).isEqualTo("acceptance.e-license-invalid");
		}
		var notReusable = clerk.put("/api/cases/" + id + "/materials/" + paperOnly.get("line").asInt(),
				Map.of("version", version, "status", "E_LICENSE", "licenseId", own.id()));
		assertThat(notReusable.code()).isEqualTo("acceptance.e-license-not-for-material");

		var reused = clerk.put(path, Map.of("version", version, "status", "E_LICENSE", "licenseId", own.id()));
		assertThat(reused.status()).as(reused.text()).isEqualTo(200);
		var after = reused.body().get("materials").get(line.get("line").asInt() - 1);
		assertThat(after.get("status").get("label").asString()).isEqualTo("电子证照复用");
		assertThat(after.get("licenseId").asLong()).isEqualTo(own.id());
	}

	@Test
	void aBundleCaseChecksTheUnionOfItsMembersMaterialsOnce() {
		var published = catalog.published().orElseThrow();
		var bundle = published.content()
			.bundles()
			.stream()
			.filter(b -> b.members().stream().allMatch(m -> published.situation(m.situation()).orElseThrow()
				.acceptLevels().contains(org.onewindow.site.SiteLevel.TOWN)))
			.findFirst()
			.orElseThrow();
		var names = bundle.members().stream()
			.flatMap(m -> published.situation(m.situation()).orElseThrow().materials().stream())
			.map(m -> m.name().strip())
			.toList();
		var kase = open(clerk, Map.of("bundleCode", bundle.code(), "applicant", Cases.person("张三")));
		assertThat(kase.get("title").asString()).isEqualTo(bundle.name());
		assertThat(kase.get("bundleCode").asString()).isEqualTo(bundle.code());
		assertThat(kase.get("situations").size()).isEqualTo(bundle.members().size());
		assertThat(kase.get("materials").size()).isEqualTo(names.stream().distinct().count()).isLessThan(names.size());
		assertThat(kase.get("materials").valueStream().map(l -> l.get("name").asString()).distinct().count())
			.isEqualTo(kase.get("materials").size());
		var shared = kase.get("materials").valueStream().filter(l -> l.get("situationCodes").size() > 1).findFirst();
		assertThat(shared).as("a material several members ask for names them all").isPresent();
		assertThat(kase.get("forms").get(0).get("name").asString()).isEqualTo(bundle.mergedForm().name());
		assertThat(clerk.post("/api/cases", Map.of("bundleCode", bundle.code(), "situationCode",
				bundle.members().get(0).situation(), "applicant", Cases.person("张三"))).code())
			.isEqualTo("acceptance.subject-ambiguous");

		kase = provideRequired(clerk, kase, List.of());
		var accepted = clerk.post("/api/cases/" + kase.get("id").asLong() + "/accept", version(kase));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		long id = kase.get("id").asLong();
		var event = events.of(CaseAccepted.class).stream().filter(e -> e.caseId() == id).findFirst().orElseThrow();
		assertThat(event.bundleCode()).isEqualTo(bundle.code());
		assertThat(event.situationCodes()).hasSize(bundle.members().size());
	}

	@Test
	void aPromisedSituationIsNotConcludedOnTheSpot() {
		var kase = open(clerk, openBody(fixtures.promisedAtTown().code()));
		kase = provideRequired(clerk, kase, List.of());
		var refused = clerk.post("/api/cases/" + kase.get("id").asLong() + "/instant", version(kase));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("acceptance.not-instant");
		assertThat(refused.detail()).contains("承诺件");
	}

	@Test
	void acceptingWithoutARequiredMaterialListsItAndChangesNothing() {
		var situation = fixtures.promisedAtTown();
		String left = situation.materials().stream().filter(m -> m.required()).findFirst().orElseThrow().name();
		var kase = provideRequired(clerk, open(clerk, openBody(situation.code())), List.of(left));
		long id = kase.get("id").asLong();

		var refused = clerk.post("/api/cases/" + id + "/accept", version(kase));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("acceptance.materials-incomplete");
		assertThat(refused.detail()).contains(left);
		assertThat(refused.body().get("errors").get(0).get("message").asString()).contains(left);

		var after = clerk.get("/api/cases/" + id).body();
		assertThat(after.get("status").get("code").asString()).isEqualTo("DRAFT");
		assertThat(after.get("version").asInt()).isEqualTo(kase.get("version").asInt());
		assertThat(events.of(CaseAccepted.class).stream().filter(e -> e.caseId() == id)).isEmpty();
		awaitAudit("/api/cases/" + id + "/accept", 422);
	}

	@Test
	void aStaleVersionIsAConflict() {
		var kase = open(clerk, openBody(fixtures.promisedAtTown().code()));
		long id = kase.get("id").asLong();
		int seen = kase.get("version").asInt();
		var first = clerk.put("/api/cases/" + id + "/materials/1", Map.of("version", seen, "status", "PROVIDED_COPY"));
		assertThat(first.status()).as(first.text()).isEqualTo(200);

		var second = clerk.put("/api/cases/" + id + "/materials/1",
				Map.of("version", seen, "status", "MISSING", "note", "复印件不清晰"));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("acceptance.case-changed");
		var line = clerk.get("/api/cases/" + id).body().get("materials").get(0);
		assertThat(line.get("status").get("code").asString()).isEqualTo("PROVIDED_COPY");

		var staleAccept = clerk.post("/api/cases/" + id + "/accept", Map.of("version", seen));
		assertThat(staleAccept.status()).isEqualTo(409);
	}

	@Test
	void anotherSitesCaseIsNotThere() {
		var kase = open(clerk, openBody(fixtures.promisedAtTown().code()));
		long id = kase.get("id").asLong();
		var otherHall = halls.create(List.of(List.of("A")));
		var stranger = HallClient.loggedIn(port, otherHall.clerks().get(0));

		assertThat(stranger.get("/api/cases/" + id).status()).isEqualTo(404);
		var change = stranger.put("/api/cases/" + id + "/materials/1", Map.of("version", 0, "status", "PROVIDED_COPY"));
		assertThat(change.status()).isEqualTo(404);
		assertThat(change.code()).isEqualTo("acceptance.case-not-found");
		assertThat(stranger.post("/api/cases/" + id + "/accept", version(kase)).status()).isEqualTo(404);
		var list = stranger.get("/api/cases").body();
		assertThat(list.get("content").valueStream().map(c -> c.get("id").asLong())).doesNotContain(id);
		assertThat(clerk.get("/api/cases/" + id + "/documents/acceptance-notice").code())
			.isEqualTo("acceptance.document-not-available");
	}

	@Test
	void theCaseListMasksPersonalDataAndFilters() {
		var kase = open(clerk, openBody(fixtures.promisedAtTown().code()));
		var list = clerk.get("/api/cases?status=DRAFT&q=" + kase.get("caseNumber").asString());
		assertThat(list.status()).as(list.text()).isEqualTo(200);
		assertThat(list.body().get("total").asLong()).isEqualTo(1);
		var item = list.body().get("content").get(0);
		assertThat(item.get("applicantName").asString()).isEqualTo("张*");
		assertThat(item.get("applicantId").asString()).doesNotContain("19900307");
		assertThat(item.get("status").get("label").asString()).isEqualTo("受理中");
		assertThat(clerk.get("/api/cases?status=IN_APPROVAL").body().get("total").asLong()).isZero();
		assertThat(clerk.get("/api/cases?status=NOPE").status()).isEqualTo(400);
		assertThat(clerk.get("/api/cases?size=1000").status()).isEqualTo(400);
	}

	@Test
	void aTownCannotOpenACountyOnlySituationAndBadOpeningsAreRefused() {
		var county = fixtures.countyOnly();
		var refused = clerk.post("/api/cases", openBody(county.code()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("acceptance.situation-not-at-site");
		assertThat(refused.detail()).contains(county.name()).contains("县级政务服务中心");

		String code = fixtures.promisedAtTown().code();
		assertThat(clerk.post("/api/cases", Map.of("applicant", Cases.person("张三"))).code())
			.isEqualTo("acceptance.subject-required");
		assertThat(clerk.post("/api/cases", Map.of("situationCode", "NO-SUCH", "applicant",
				Cases.person("张三"))).code()).isEqualTo("acceptance.situation-unknown");
		var noId = clerk.post("/api/cases", Map.of("situationCode", code, "applicant", Map.of("kind", "PERSON",
				"name", "张三")));
		assertThat(noId.status()).isEqualTo(400);
		assertThat(noId.code()).isEqualTo("acceptance.applicant-id-number-required");
		var badId = clerk.post("/api/cases", Map.of("situationCode", code, "applicant", Map.of("kind", "PERSON",
				"name", "张三", "idNumber", "110101199003070012")));
		assertThat(badId.status()).isEqualTo(400);
		var org = clerk.post("/api/cases", Map.of("situationCode", code, "applicant", Map.of("kind",
				"ORGANIZATION", "name", "青山县某某有限公司", "creditCode", "91360899MA35XXXX0X")));
		assertThat(org.status()).isEqualTo(400);
		var noAgentId = clerk.post("/api/cases", Map.of("situationCode", code, "applicant",
				Cases.person("张三"), "agent", Map.of("name", "李四")));
		assertThat(noAgentId.code()).isEqualTo("acceptance.agent-id-number-required");
		var tooLong = clerk.post("/api/cases", Map.of("situationCode", code, "applicant",
				Map.of("kind", "PERSON", "name", "张".repeat(101), "idNumber", Cases.PERSON_ID)));
		assertThat(tooLong.status()).isEqualTo(400);
		var foreignCounter = clerk.post("/api/cases", Map.of("situationCode", code, "counterId",
				hall.counterIds().get(1), "applicant", Cases.person("张三")));
		assertThat(foreignCounter.status()).isEqualTo(403);
		var notCalled = clerk.post("/api/cases", Map.of("ticketId", Long.MAX_VALUE, "applicant",
				Cases.person("张三")));
		assertThat(notCalled.status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from acc_case where site_id = :site").param("site", hall.siteId())
			.query(Integer.class).single()).isZero();

		var guide = HallClient.loggedIn(port, hall.guide());
		assertThat(guide.post("/api/cases", openBody(code)).status()).isEqualTo(403);
	}

	@Test
	void aTicketWaitingOrCalledElsewhereCannotBeOpened() {
		var kiosk = hall.kiosk(port);
		var ticket = kiosk.post("/api/queue/sites/" + hall.siteId() + "/tickets", Map.of("category", "A"));
		var refused = clerk.post("/api/cases", Map.of("ticketId", ticket.body().get("id").asLong(), "situationCode",
				fixtures.promisedAtTown().code(), "applicant", Cases.person("张三")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("acceptance.ticket-not-at-your-counter");
		assertThat(refused.detail()).contains("等候中");
	}

	@Test
	void theChecklistFormAndDeliveryFollowTheHandbookRules() {
		var situation = fixtures.promisedAtTown();
		var kase = open(clerk, openBody(situation.code()));
		long id = kase.get("id").asLong();
		JsonNode requiredLine = null;
		JsonNode conditionalLine = null;
		for (JsonNode line : kase.get("materials")) {
			if (line.get("required").asBoolean() && requiredLine == null) {
				requiredLine = line;
			}
			if (!line.get("required").asBoolean() && conditionalLine == null) {
				conditionalLine = line;
			}
		}
		assertThat(requiredLine.get("status").get("code").asString()).isEqualTo("MISSING");
		var notApplicable = clerk.put("/api/cases/" + id + "/materials/" + requiredLine.get("line").asInt(),
				Map.of("version", kase.get("version").asInt(), "status", "NOT_APPLICABLE"));
		assertThat(notApplicable.status()).isEqualTo(422);
		assertThat(notApplicable.code()).isEqualTo("acceptance.material-required");
		if (conditionalLine != null) {
			assertThat(conditionalLine.get("status").get("code").asString()).isEqualTo("NOT_APPLICABLE");
		}
		var unknownLine = clerk.put("/api/cases/" + id + "/materials/999",
				Map.of("version", kase.get("version").asInt(), "status", "PROVIDED_COPY"));
		assertThat(unknownLine.status()).isEqualTo(404);
		var badStatus = clerk.put("/api/cases/" + id + "/materials/1",
				Map.of("version", kase.get("version").asInt(), "status", "LOST"));
		assertThat(badStatus.status()).isEqualTo(400);
		var longNote = clerk.put("/api/cases/" + id + "/materials/1",
				Map.of("version", kase.get("version").asInt(), "status", "MISSING", "note", "x".repeat(501)));
		assertThat(longNote.status()).isEqualTo(400);

		var noPledge = kase.get("materials").valueStream().filter(l -> !l.get("pledgeAllowed").asBoolean()).findFirst()
			.orElseThrow();
		var pledge = clerk.put("/api/cases/" + id + "/materials/" + noPledge.get("line").asInt(),
				Map.of("version", kase.get("version").asInt(), "status", "PLEDGE", "pledgeText", "本人承诺"));
		assertThat(pledge.status()).isEqualTo(422);
		assertThat(pledge.code()).isEqualTo("acceptance.pledge-not-allowed");

		var unknownField = clerk.put("/api/cases/" + id + "/form",
				Map.of("version", kase.get("version").asInt(), "values", Map.of("noSuchField", "x")));
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(unknownField.code()).isEqualTo("acceptance.form-field-unknown");
		var forms = kase.get("forms");
		if (!forms.isEmpty() && !forms.get(0).get("fields").isEmpty()) {
			var field = forms.get(0).get("fields").get(0);
			assertThat(field.has("sample")).isTrue();
			var filled = clerk.put("/api/cases/" + id + "/form", Map.of("version", kase.get("version").asInt(),
					"values", Map.of(field.get("name").asString(), "青山县青山镇人民路1号")));
			assertThat(filled.status()).as(filled.text()).isEqualTo(200);
			assertThat(filled.body().get("forms").get(0).get("fields").get(0).get("value").asString())
				.isEqualTo("青山县青山镇人民路1号");
			kase = filled.body();
		}

		var noAddress = clerk.put("/api/cases/" + id + "/delivery",
				Map.of("version", kase.get("version").asInt(), "method", "MAIL", "recipient", "张三"));
		assertThat(noAddress.status()).isEqualTo(400);
		assertThat(noAddress.code()).isEqualTo("acceptance.mail-address-incomplete");
		var badPhone = clerk.put("/api/cases/" + id + "/delivery", Map.of("version", kase.get("version").asInt(),
				"method", "MAIL", "recipient", "张三", "phone", "12345", "address", "青山镇人民路1号"));
		assertThat(badPhone.status()).isEqualTo(400);
		var mail = clerk.put("/api/cases/" + id + "/delivery", Map.of("version", kase.get("version").asInt(),
				"method", "MAIL", "recipient", "张三", "phone", "13912345678", "address", "青山县青山镇人民路1号"));
		assertThat(mail.status()).as(mail.text()).isEqualTo(200);
		assertThat(mail.body().get("delivery").get("method").get("label").asString()).isEqualTo("免费邮寄");
		assertThat(lifecycle.get(id).delivery().method()).isEqualTo(DeliveryMethod.MAIL);
	}

	@Test
	void theBackOfficeAndTheDeliveryCounterDriveTheRestOfTheLife() {
		var kase = provideRequired(clerk, open(clerk, openBody(fixtures.promisedAtTown().code())), List.of());
		long id = kase.get("id").asLong();
		assertThatThrownBy(() -> lifecycle.conclude(id, CaseOutcome.APPROVED, "准予许可", List.of()))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo("acceptance.case-wrong-status");
				assertThat(e.status().value()).isEqualTo(409);
			});
		kase = clerk.post("/api/cases/" + id + "/accept", version(kase)).body();

		lifecycle.recordProgress(id, "市场监管局 审查 通过");
		lifecycle.requestSupplement(id, "市场监管局", List.of("经营场所平面图", "食品安全管理制度"), "平面图未标明功能分区");
		var waiting = clerk.get("/api/cases/" + id).body();
		assertThat(waiting.get("status").get("code").asString()).isEqualTo("APPROVAL_SUPPLEMENT");
		assertThat(waiting.get("notices").get(0).get("items").size()).isEqualTo(2);
		assertThat(waiting.get("notices").get(0).get("kind").get("label").asString()).isEqualTo("审批补正");
		assertThat(jdbc.sql("select count(*) from pf_sms_outbox where purpose = 'approval-supplement' and text like :n")
			.param("n", "%" + kase.get("caseNumber").asString() + "%").query(Integer.class).single()).isEqualTo(1);
		assertThatThrownBy(() -> lifecycle.requestSupplement(id, "市场监管局", List.of(" "), null))
			.isInstanceOf(DomainException.class);

		var stale = clerk.post("/api/cases/" + id + "/supplement", Map.of("version", kase.get("version").asInt()));
		assertThat(stale.status()).isEqualTo(409);
		var supplemented = clerk.post("/api/cases/" + id + "/supplement",
				Map.of("version", waiting.get("version").asInt(), "note", "已收平面图和制度"));
		assertThat(supplemented.status()).as(supplemented.text()).isEqualTo(200);
		assertThat(supplemented.body().get("status").get("code").asString()).isEqualTo("IN_APPROVAL");
		assertThat(events.of(CaseSupplemented.class).stream().filter(e -> e.caseId() == id)).hasSize(1);

		LocalDate later = calendar.addWorkingDays(LocalDate.parse(supplemented.body().get("promisedDate").asString()), 2);
		lifecycle.movePromisedDate(id, later);
		assertThat(lifecycle.get(id).promisedDate()).isEqualTo(later);

		lifecycle.conclude(id, CaseOutcome.APPROVED, "准予许可", List.of(42L));
		var concluded = events.of(CaseConcluded.class).stream().filter(e -> e.caseId() == id).toList();
		assertThat(concluded).hasSize(1);
		assertThat(concluded.get(0).instant()).isFalse();
		assertThat(concluded.get(0).licenseIds()).containsExactly(42L);
		assertThatThrownBy(() -> lifecycle.conclude(id, CaseOutcome.APPROVED, "再次办结", List.of()))
			.isInstanceOf(DomainException.class);

		lifecycle.delivered(id, "窗口领取，申请人签收");
		assertThat(lifecycle.get(id).status()).isEqualTo(CaseStatus.DELIVERED);
		assertThat(events.of(CaseDelivered.class).stream().filter(e -> e.caseId() == id)).hasSize(1);
		var timeline = clerk.get("/api/cases/" + id).body().get("timeline").valueStream()
			.map(e -> e.get("kind").asString()).toList();
		assertThat(timeline).containsSubsequence("OPENED", "ACCEPTED", "PROGRESS", "SUPPLEMENT_REQUESTED",
				"SUPPLEMENTED", "PROMISED_DATE_MOVED", "CONCLUDED", "DELIVERED");
		assertThatThrownBy(() -> lifecycle.get(Long.MAX_VALUE)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.status().value()).isEqualTo(404));
	}

	private void awaitAudit(String path, int status) {
		AcceptanceFixtures.awaitAudit(jdbc, path, status);
	}

}
