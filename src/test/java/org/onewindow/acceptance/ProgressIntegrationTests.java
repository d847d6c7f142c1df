package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.support.Cases.accept;
import static org.onewindow.support.Cases.open;
import static org.onewindow.support.Cases.openBody;
import static org.onewindow.support.Cases.provideRequired;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.QrImages;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A citizen follows a case without an account.
 */
@HallIntegrationTest
class ProgressIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	CatalogManagement catalog;

	HallClient clerk;

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
}
