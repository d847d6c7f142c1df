package org.onewindow.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.support.Cases.open;
import static org.onewindow.support.Cases.openBody;
import static org.onewindow.support.Cases.provideRequired;
import static org.onewindow.support.Cases.version;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.QrImages;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

	@Test
	void byCaseNumberAndPhoneOrByTheTokenWithoutPersonalData() {
		var hall = halls.create(List.of(List.of("A")));
		var clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		var kase = provideRequired(clerk, open(clerk, openBody(new AcceptanceFixtures(catalog).promisedAtTown().code())),
				List.of());
		var accepted = clerk.post("/api/cases/" + kase.get("id").asLong() + "/accept", version(kase)).body();
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
		assertThat(citizen.get("/api/cases/" + kase.get("id").asLong()).status()).as("the staff API needs a login")
			.isEqualTo(401);
	}

	@Test
	void theProgressQrCodeOpensTheCasesPageAndAnUnknownTokenIsTheSameNotFound() {
		var hall = halls.create(List.of(List.of("A")));
		var clerk = HallClient.loggedIn(port, hall.clerks().get(0));
		var kase = provideRequired(clerk, open(clerk, openBody(new AcceptanceFixtures(catalog).promisedAtTown().code())),
				List.of());
		long id = kase.get("id").asLong();
		var accepted = clerk.post("/api/cases/" + id + "/accept", version(kase)).body();
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
