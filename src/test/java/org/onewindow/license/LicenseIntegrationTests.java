package org.onewindow.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.DomainException;
import org.onewindow.shared.CheckCharacters;
import org.onewindow.shared.InvalidValueException;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.JsonNode;

/**
 * Issuing licences with their numbers, idempotently and under concurrency; the e-licences a holder may reuse; the
 * staff API and the certificate's data.
 */
@HallIntegrationTest
@RecordApplicationEvents
class LicenseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	LicenseManagement licenses;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	@Test
	void anIssuedLicenceHasTheNextNumberOfItsDepartmentAndYearAndIsAnnounced() {
		String company = anOrganization();
		LocalDate today = LocalDate.now(clock);
		long caseId = aCaseId();
		var issued = licenses.issue(new NewLicense(" 食品经营许可证 ", HolderKind.ORGANIZATION, "青山县好味道餐饮有限公司",
				company.toLowerCase(), "SCJG", today, today.plusYears(5).minusDays(1), caseId, "QS-20261121-0001"));
		assertThat(issued.type()).isEqualTo("食品经营许可证");
		var license = licenses.find(issued.id()).orElseThrow();

		assertThat(license.number()).matches("SCJG-" + today.getYear() + "-\\d{6}");
		assertThat(license.type()).isEqualTo("食品经营许可证");
		assertThat(license.holderId()).as("stored upper-case").isEqualTo(company);
		assertThat(license.state()).isEqualTo(LicenseState.VALID);

		var next = issued(new NewLicense("营业执照", HolderKind.ORGANIZATION, "青山县好味道餐饮有限公司", company,
				"SCJG", today, null, caseId, "QS-20261121-0001"));
		assertThat(sequence(next.number())).isGreaterThan(sequence(license.number()));
		assertThat(next.longTerm()).isTrue();

		assertThat(events.stream(LicenseIssued.class))
			.containsExactly(new LicenseIssued(license.id(), "食品经营许可证", company, caseId),
					new LicenseIssued(next.id(), "营业执照", company, caseId));
	}

	@Test
	void issuingAgainForTheSameCaseAndTypeReturnsTheFirstLicence() {
		var newLicense = new NewLicense("药品经营许可证", HolderKind.ORGANIZATION, "青山县康宁大药房有限公司", anOrganization(),
				"SCJG", LocalDate.now(clock), null, aCaseId(), null);
		var first = licenses.issue(newLicense);
		var again = licenses.issue(newLicense);

		assertThat(again).isEqualTo(first);
		assertThat(rowsOfCase(newLicense.caseId())).isEqualTo(1);
		assertThat(events.stream(LicenseIssued.class)).hasSize(1);

		licenses.revoke(first.id(), "申请人主动注销");
		assertThat(licenses.issue(newLicense).id()).as("a retry after revocation still finds it").isEqualTo(first.id());
	}

	@Test
	void eightConcurrentIssuesTakeEightDifferentNumbers() throws Exception {
		LocalDate today = LocalDate.now(clock);
		List<License> issued = concurrently(8, i -> issued(new NewLicense("林木采伐许可证", HolderKind.PERSON,
				"李" + i, aPerson(), "LYJ", today, today.plusMonths(6), aCaseId(), null)));

		Set<String> numbers = issued.stream().map(License::number).collect(Collectors.toSet());
		assertThat(numbers).hasSize(8).allMatch(number -> number.startsWith("LYJ-" + today.getYear() + "-"));
		var sequences = issued.stream().mapToLong(license -> sequence(license.number())).sorted().toArray();
		assertThat(sequences[7] - sequences[0]).as("no gaps: one counter, no lost increments").isEqualTo(7);
	}

	@Test
	void eightConcurrentIssuesOfTheSameCaseAndTypeMakeOneLicence() throws Exception {
		var newLicense = new NewLicense("取水许可证", HolderKind.ORGANIZATION, "青山县清泉水业有限公司", anOrganization(), "SLJ",
				LocalDate.now(clock), null, aCaseId(), null);
		List<License> issued = concurrently(8, i -> issued(newLicense));

		assertThat(issued.stream().map(License::id).distinct()).hasSize(1);
		assertThat(rowsOfCase(newLicense.caseId())).isEqualTo(1);
	}

	@Test
	void onlyLicencesThatStandOnTheDayAreOfferedForReuse() {
		String person = aPerson();
		LocalDate today = LocalDate.now(clock);
		var standing = issue(person, "机动车驾驶证", today.minusYears(1), today.plusYears(5));
		var longTerm = issue(person, "结婚证", today.minusYears(3), null);
		var expired = issue(person, "居住证", today.minusYears(2), today.minusDays(1));
		var notYet = issue(person, "医师执业证书", today.plusDays(1), null);
		var revoked = issue(person, "残疾人证", today.minusMonths(1), null);
		licenses.revoke(revoked.id(), "持证人情况发生变化");

		assertThat(licenses.validFor(person, today)).extracting(License::id)
			.containsExactlyInAnyOrder(standing.id(), longTerm.id());
		assertThat(licenses.validFor(person.toLowerCase(), today)).hasSize(2);
		assertThat(licenses.validFor(person, today.plusDays(1))).extracting(License::id).contains(notYet.id());
		assertThat(licenses.validFor(person, today.minusDays(1))).extracting(License::id).contains(expired.id());
		assertThat(licenses.validOfType(person, "机动车驾驶证", today)).contains(standing);
		assertThat(licenses.validOfType(person, "居住证", today)).isEmpty();
		assertThat(licenses.validOfType(person, "残疾人证", today)).isEmpty();
		assertThat(licenses.validFor(aPerson(), today)).isEmpty();
		assertThat(licenses.validFor(" ", today)).isEmpty();
	}

	@Test
	void revokingTwiceIsAConflictAndAnUnknownLicenceIsNotFound() {
		var license = issue(aPerson(), "道路运输从业人员从业资格证", LocalDate.now(clock), null);
		var revoked = licenses.revoke(license.id(), " 以欺骗手段取得 ");
		assertThat(revoked.state()).isEqualTo(LicenseState.REVOKED);
		assertThat(revoked.validOn(LocalDate.now(clock))).isFalse();

		assertRefused(() -> licenses.revoke(license.id(), "再次注销"), HttpStatus.CONFLICT, "license.already-revoked");
		assertRefused(() -> licenses.revoke(Long.MAX_VALUE, "不存在"), HttpStatus.NOT_FOUND, "license.not-found");
		assertRefused(() -> licenses.revoke(license.id(), " "), HttpStatus.BAD_REQUEST,
				"license.revocation-reason-required");
	}

	@Test
	void badLicencesAreRefusedAndNothingIsIssued() {
		LocalDate today = LocalDate.now(clock);
		long caseId = aCaseId();
		assertThatThrownBy(() -> licenses.issue(new NewLicense("机动车驾驶证", HolderKind.PERSON, "张三",
				"110101199003070012", "GAJ", today, null, caseId, null)))
			.isInstanceOfSatisfying(InvalidValueException.class,
					ex -> assertThat(ex.code()).isEqualTo("shared.id-number.check-digit"));
		assertThatThrownBy(() -> licenses.issue(new NewLicense("营业执照", HolderKind.ORGANIZATION, "某公司", aPerson(),
				"SCJG", today, null, caseId, null)))
			.as("a person's ID number is no credit code")
			.isInstanceOf(InvalidValueException.class);
		assertRefused(() -> licenses.issue(new NewLicense("营业执照", HolderKind.ORGANIZATION, "某公司", anOrganization(),
				"NO_SUCH", today, null, caseId, null)), HttpStatus.BAD_REQUEST, "license.issuer-unknown");
		assertRefused(() -> licenses.issue(new NewLicense("营业执照", HolderKind.ORGANIZATION, "某公司", anOrganization(),
				"SCJG", today, today.minusDays(1), caseId, null)), HttpStatus.BAD_REQUEST, "license.validity-invalid");
		assertRefused(() -> licenses.issue(new NewLicense(" ", HolderKind.PERSON, "张三", aPerson(), "GAJ", today, null,
				caseId, null)), HttpStatus.BAD_REQUEST, "license.type-required");
		assertRefused(() -> licenses.issue(new NewLicense("结婚证", null, "张三", aPerson(), "MZJ", today, null, caseId,
				null)), HttpStatus.BAD_REQUEST, "license.holder-kind-required");
		assertRefused(() -> licenses.issue(new NewLicense("结婚证", HolderKind.PERSON, "", aPerson(), "MZJ", today, null,
				caseId, null)), HttpStatus.BAD_REQUEST, "license.holder-name-required");
		assertRefused(() -> licenses.issue(new NewLicense("结婚证", HolderKind.PERSON, "张三", aPerson(), "MZJ", null, null,
				caseId, null)), HttpStatus.BAD_REQUEST, "license.valid-from-required");
		assertThat(rowsOfCase(caseId)).isZero();
		assertThat(events.stream(LicenseIssued.class)).isEmpty();
	}

	@Test
	void staffReadALicenceWithTheHoldersIdMaskedAndAllTheCertificateNeeds() {
		String person = aPerson();
		LocalDate today = LocalDate.now(clock);
		var license = issued(new NewLicense("食品小经营店登记证", HolderKind.PERSON, "王小明", person, "SCJG", today,
				today.plusYears(3).minusDays(1), aCaseId(), "QS-20261121-0042"));
		var expired = issue(person, "居住证", today.minusYears(1), today.minusDays(1));

		var clerk = HallClient.loggedIn(port, "acceptor");
		var response = clerk.get("/api/licenses/" + license.id());
		assertThat(response.status()).as(response.text()).isEqualTo(200);
		JsonNode view = response.body();
		assertThat(view.get("type").asString()).isEqualTo("食品小经营店登记证");
		assertThat(view.get("number").asString()).isEqualTo(license.number());
		assertThat(view.get("holderName").asString()).isEqualTo("王小明");
		assertThat(view.get("holderKindLabel").asString()).isEqualTo("自然人");
		assertThat(view.get("holderIdDisplay").asString()).isEqualTo(person.substring(0, 6) + "********" + person.substring(14));
		assertThat(response.text()).doesNotContain(person);
		assertThat(view.get("issuerName").asString()).isEqualTo("青山县市场监督管理局");
		assertThat(view.get("validFrom").asString()).isEqualTo(today.toString());
		assertThat(view.get("validUntil").asString()).isEqualTo(today.plusYears(3).minusDays(1).toString());
		assertThat(view.get("longTerm").asBoolean()).isFalse();
		assertThat(view.get("issueDate").asString()).isEqualTo(today.toString());
		assertThat(view.get("caseNumber").asString()).isEqualTo("QS-20261121-0042");
		assertThat(view.get("statusLabel").asString()).isEqualTo("有效");

		var list = HallClient.loggedIn(port, "approver").get("/api/licenses?holderId=" + person.toLowerCase());
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().valueStream().map(node -> node.get("id").asLong())).containsExactly(expired.id(), license.id());
		assertThat(list.body().get(0).get("statusLabel").asString()).isEqualTo("已过期");

		var organization = issue(anOrganization(), "营业执照", today, null);
		var company = clerk.get("/api/licenses/" + organization.id()).body();
		assertThat(company.get("holderIdDisplay").asString()).as("a credit code is public, printed whole")
			.isEqualTo(organization.holderId());
		assertThat(company.get("longTerm").asBoolean()).isTrue();
	}

	@Test
	void theStaffApiRefusesBadIdsUnknownLicencesAndOtherRoles() {
		var clerk = HallClient.loggedIn(port, "delivery");
		var bad = clerk.get("/api/licenses?holderId=123456");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.code()).isEqualTo("license.holder-id-invalid");
		assertThat(bad.detail()).contains("123456");
		assertThat(clerk.get("/api/licenses").status()).isEqualTo(400);
		var missing = clerk.get("/api/licenses/" + Long.MAX_VALUE);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.code()).isEqualTo("license.not-found");

		assertThat(HallClient.loggedIn(port, "guide").get("/api/licenses?holderId=" + aPerson()).status()).isEqualTo(403);
		assertThat(HallClient.loggedIn(port, "sysadmin").get("/api/licenses/1").status()).isEqualTo(403);
		assertThat(new HallClient(port).get("/api/licenses/1").status()).isEqualTo(401);
		for (String user : new String[] { "acceptor", "approver", "delivery", "siteadmin", "supervisor" }) {
			assertThat(HallClient.loggedIn(port, user).get("/api/licenses?holderId=" + aPerson()).status()).as(user)
				.isEqualTo(200);
		}
	}

	/** Issues the licence (committed on return) and reads it back with its number. */
	private License issued(NewLicense newLicense) {
		return licenses.find(licenses.issue(newLicense).id()).orElseThrow();
	}

	private License issue(String person, String type, LocalDate from, LocalDate until) {
		boolean organization = person.charAt(0) == '9';
		return issued(new NewLicense(type, organization ? HolderKind.ORGANIZATION : HolderKind.PERSON,
				organization ? "青山县测试有限公司" : "赵六", person, "SCJG", from, until, aCaseId(), null));
	}

	private long rowsOfCase(long caseId) {
		return jdbc.sql("select count(*) from lic_license where case_id = :caseId")
			.param("caseId", caseId)
			.query(Long.class)
			.single();
	}

	private static void assertRefused(Runnable call, HttpStatus status, String code) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo(code);
			assertThat(ex.status()).isEqualTo(status);
		});
	}

	private static long sequence(String number) {
		return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
	}

	private static long aCaseId() {
		return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
	}

	/** A valid ID number of someone born in Beijing in 1990, random otherwise. */
	static String aPerson() {
		var random = ThreadLocalRandom.current();
		String birth = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(3650)).toString().replace("-", "");
		return CheckCharacters.completeIdNumber("110101" + birth + "%03d".formatted(random.nextInt(1000)));
	}

	/** A valid credit code of a company registered by market regulation in 青山县, random otherwise. */
	static String anOrganization() {
		var random = ThreadLocalRandom.current();
		var body = new StringBuilder("91360899");
		for (int i = 0; i < 9; i++) {
			body.append(CheckCharacters.CREDIT_CODE_ALPHABET.charAt(random.nextInt(10)));
		}
		return CheckCharacters.completeCreditCode(body.toString());
	}

	private interface Issue {
		License issue(int index);
	}

	private static List<License> concurrently(int threads, Issue issue) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			var start = new CountDownLatch(1);
			var futures = new ArrayList<Future<License>>();
			for (int i = 0; i < threads; i++) {
				int index = i;
				Callable<License> task = () -> {
					start.await();
					return issue.issue(index);
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			var issued = new ArrayList<License>();
			for (var future : futures) {
				issued.add(future.get(60, TimeUnit.SECONDS));
			}
			return issued;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
