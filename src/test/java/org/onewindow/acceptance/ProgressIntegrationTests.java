package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.support.Cases.accept;
import static org.onewindow.support.Cases.open;
import static org.onewindow.support.Cases.openBody;
import static org.onewindow.support.Cases.provideRequired;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.QrImages;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A citizen follows a case without an account; failed lookups by number are limited per case and per address.
 */
@HallIntegrationTest
class ProgressIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	CatalogManagement catalog;

	static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	@Autowired
	TestClock clock;

	@Value("${onewindow.rate-limits.buckets.progress-failures-per-case.limit}")
	int failuresPerCase;

	@Value("${onewindow.rate-limits.buckets.progress-failures-per-address.limit}")
	int failuresPerAddress;

	HallClient clerk;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@BeforeEach
	void clerkOfANewHall() {
		clerk = HallClient.loggedIn(port, halls.create(List.of(List.of("A"))).clerks().get(0));
	}

	/** A 承诺件 accepted with everything handed in, as the clerk's browser has it. */
	private JsonNode acceptedCase() {
		var kase = provideRequired(clerk, open(clerk, openBody(new AcceptanceFixtures(catalog).promisedAtTown().code())),
				List.of());
		return accept(clerk, kase, null);
	}

	@Test
	void byCaseNumberAndPhoneOrByTheTokenWithoutPersonalData() {
		var accepted = acceptedCase();
		String number = accepted.get("caseNumber").asString();
		var citizen = new HallClient(port);

		var progress = citizen.get("/api/public/progress?caseNumber=" + number + "&phoneLast4=5678");
		assertThat(progress.status()).as(progress.text()).isEqualTo(200);
		var body = progress.body();
		assertThat(body.get("statusLabel").asString()).isEqualTo("审批中");
		assertThat(body.get("applicant").asString()).isEqualTo("张*");
		assertThat(body.get("promisedDate").asString()).isEqualTo(accepted.get("promisedDate").asString());
		assertThat(body.get("nextStep").asString()).contains("审批中");
		assertThat(body.get("timeline").valueStream().map(s -> s.get("text").asString()))
			.anyMatch(t -> t.contains("已受理"))
			.noneMatch(t -> t.contains("第1项"));
		assertThat(progress.text()).doesNotContain(Cases.PERSON_ID).doesNotContain("13912345678")
			.doesNotContain("测试受理员");

		String token = accepted.get("progressToken").asString();
		var byToken = citizen.get("/api/public/progress/" + token);
		assertThat(byToken.status()).isEqualTo(200);
		assertThat(byToken.body().get("caseNumber").asString()).isEqualTo(number);

		var wrongPhone = citizen.get("/api/public/progress?caseNumber=" + number + "&phoneLast4=0000");
		var unknown = citizen.get("/api/public/progress?caseNumber=1-20990101-0001&phoneLast4=5678");
		assertThat(wrongPhone.status()).isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(wrongPhone.code()).isEqualTo(unknown.code()).isEqualTo("acceptance.progress-not-found");
		assertThat(wrongPhone.detail()).as("no oracle").isEqualTo(unknown.detail());
		assertThat(citizen.get("/api/public/progress/no-such-token").status()).isEqualTo(404);
		assertThat(citizen.get("/api/public/progress?caseNumber=" + number + "&phoneLast4=12a4").status())
			.isEqualTo(400);
		assertThat(citizen.get("/api/public/progress?caseNumber=" + number).status()).isEqualTo(400);
		assertThat(citizen.get("/api/cases/" + accepted.get("id").asLong()).status()).as("the staff API needs a login")
			.isEqualTo(401);
	}

	@Test
	void theProgressQrCodeOpensTheCasesPageAndAnUnknownTokenIsTheSameNotFound() {
		var accepted = acceptedCase();
		long id = accepted.get("id").asLong();
		String token = accepted.get("progressToken").asString();
		var citizen = new HallClient(port);

		var progress = clerk.get("/api/cases/" + id + "/documents/acceptance-notice").body().get("progress");
		assertThat(progress.get("qrImage").asString()).isEqualTo("/api/public/progress/" + token + "/qr.png");
		var qr = citizen.getBytes(progress.get("qrImage").asString());
		assertThat(qr.status()).isEqualTo(200);
		assertThat(qr.contentType()).startsWith("image/png");
		assertThat(qr.bytes()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
		assertThat(qr.cacheControl()).contains("max-age=86400").contains("private");
		assertThat(QrImages.text(qr.bytes())).isEqualTo("http://localhost:" + port + "/m/progress/" + token);

		var unknown = citizen.getBytes("/api/public/progress/no-such-token/qr.png");
		var unknownPage = citizen.get("/api/public/progress/no-such-token");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(new String(unknown.bytes(), StandardCharsets.UTF_8)).contains("acceptance.progress-not-found")
			.contains(unknownPage.detail());
		assertThat(citizen.getBytes("/api/public/progress/bad%20token/qr.png").status()).isEqualTo(400);
	}

	// --- rate limits: the four digits are the only secret of a lookup by number ------------------------------------

	String byNumber(String caseNumber, String last4) {
		return "/api/public/progress?caseNumber=" + caseNumber + "&phoneLast4=" + last4;
	}

	@Test
	void tenFailedLookupsAnHourCloseACaseNumberToEveryAddressButNotItsToken() {
		var accepted = acceptedCase();
		var other = acceptedCase();
		String number = accepted.get("caseNumber").asString();
		var hour = ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, HALL);
		clock.pin(hour.plusMinutes(30));
		var owner = HallClient.fromAnotherAddress(port);
		for (int i = 0; i < 3 * failuresPerCase; i++) {
			assertThat(owner.get(byNumber(number, "5678")).status()).as("successful lookups do not count")
				.isEqualTo(200);
		}
		for (int i = 0; i < failuresPerCase; i++) {
			var guess = HallClient.fromAnotherAddress(port).get(byNumber(number, "%04d".formatted(i)));
			assertThat(guess.status()).isEqualTo(404);
		}
		var refused = owner.get(byNumber(number.toLowerCase(), "5678"));
		assertThat(refused.status()).as("even the right digits").isEqualTo(429);
		assertThat(refused.code()).isEqualTo("platform.too-many-requests");
		assertThat(refused.body().get("bucket").asString()).isEqualTo("progress-failures-per-case");
		assertThat(refused.detail()).isEqualTo("操作过于频繁，请 30 分钟后再试");
		assertThat(refused.header("Retry-After")).isEqualTo("1800");
		assertThat(new HallClient(port).get(byNumber(number, "5678")).status()).as("the exempt address too")
			.isEqualTo(429);

		assertThat(owner.get(byNumber(other.get("caseNumber").asString(), "5678")).status()).as("another case")
			.isEqualTo(200);
		assertThat(owner.get("/api/public/progress/" + accepted.get("progressToken").asString()).status())
			.as("the QR code's token").isEqualTo(200);

		clock.pin(hour.plusHours(1));
		assertThat(owner.get(byNumber(number, "5678")).status()).as("a new window").isEqualTo(200);
	}

	@Test
	void twentyFailedLookupsAnHourStopAnAddressWalkingThroughCaseNumbers() {
		var accepted = acceptedCase();
		String number = accepted.get("caseNumber").asString();
		var hour = ZonedDateTime.of(2026, 3, 17, 11, 0, 0, 0, HALL);
		clock.pin(hour.plusMinutes(59).plusSeconds(15));
		var walker = HallClient.fromAnotherAddress(port);
		String prefix = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
		for (int i = 0; i < failuresPerAddress; i++) {
			assertThat(walker.get(byNumber(prefix + i, "1234")).status()).isEqualTo(404);
		}
		var refused = walker.get(byNumber(number, "5678"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body().get("bucket").asString()).isEqualTo("progress-failures-per-address");
		assertThat(refused.detail()).isEqualTo("操作过于频繁，请 45 秒后再试");
		assertThat(refused.header("Retry-After")).isEqualTo("45");
		assertThat(HallClient.fromAnotherAddress(port).get(byNumber(number, "5678")).status())
			.as("another address").isEqualTo(200);
		assertThat(walker.get(byNumber(prefix + "X", "12a4")).status()).as("bad input is still a 400")
			.isEqualTo(400);

		clock.pin(hour.plusHours(1));
		assertThat(walker.get(byNumber(number, "5678")).status()).as("a new window").isEqualTo(200);
	}
}
