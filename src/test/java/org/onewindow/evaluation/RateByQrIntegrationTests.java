package org.onewindow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.acceptance.CaseLifecycle;
import org.onewindow.acceptance.CaseOutcome;
import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.evaluation.EvaluationFixtures.Hall;
import org.onewindow.site.SiteLevel;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.HallIntegrationTest;
import org.onewindow.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 扫码评 from the QR codes citizens already hold: the ticket's follow page ({@code /m/t/<followToken>}) and the case's
 * progress page ({@code /m/progress/<progressToken>}) lead to the rating page once the service is finished.
 */
@HallIntegrationTest
class RateByQrIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestHalls halls;

	@Autowired
	StaffSetup staffSetup;

	@Autowired
	SiteManagement sites;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	CaseLifecycle lifecycle;

	Hall hall;

	@BeforeEach
	void newHall() {
		hall = new EvaluationFixtures(halls, staffSetup, sites).create();
	}

	private static HallClient.Response awaitFound(HallClient client, String path) {
		long until = System.currentTimeMillis() + 15_000;
		HallClient.Response response = client.get(path);
		while (response.status() == 404 && System.currentTimeMillis() < until) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			response = client.get(path);
		}
		return response;
	}

	@Test
	void theTicketsQrLeadsToTheRatingOnceTheTicketIsFinished() {
		var phone = new HallClient(port);
		var waiting = hall.hall().kiosk(port).post("/api/queue/sites/" + hall.hall().siteId() + "/tickets", Map.of("category", "A"));
		assertThat(waiting.status()).as(waiting.text()).isEqualTo(201);
		String waitingToken = waiting.body().get("token").asString();
		var notYet = phone.get("/api/public/evaluation/tickets/" + waitingToken);
		assertThat(notYet.status()).as("a waiting ticket cannot be rated").isEqualTo(404);
		assertThat(notYet.code()).isEqualTo("evaluation.not-rateable");
		assertThat(notYet.detail()).contains("办结");

		long ticketId = EvaluationFixtures.serveOne(port, hall.hall(), 0, "A");
		// serveOne issues a second ticket and calls the next one: the first, issued above
		String followToken = waitingToken;
		var served = phone.get("/api/queue/tickets/" + followToken);
		assertThat(served.body().get("id").asLong()).isEqualTo(ticketId);

		var link = awaitFound(phone, "/api/public/evaluation/tickets/" + followToken);
		assertThat(link.status()).as(link.text()).isEqualTo(200);
		String ratingToken = link.body().get("ratingToken").asString();
		assertThat(ratingToken).isNotBlank().isNotEqualTo(followToken);
		assertThat(link.body().get("rated").asBoolean()).isFalse();
		assertThat(link.body().get("followedUp").asBoolean()).isFalse();

		var rated = phone.post("/api/public/evaluation/ratings/" + ratingToken,
				Map.of("level", "VERY_SATISFIED", "comment", "扫号票二维码评价"));
		assertThat(rated.status()).as(rated.text()).isEqualTo(201);
		assertThat(rated.body().get("channel").asString()).isEqualTo("QR_CODE");

		var again = phone.get("/api/public/evaluation/tickets/" + followToken);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().get("ratingToken").asString()).isEqualTo(ratingToken);
		assertThat(again.body().get("rated").asBoolean()).isTrue();
		assertThat(again.body().get("followedUp").asBoolean()).isFalse();

		var followUp = phone.post("/api/public/evaluation/ratings/" + ratingToken + "/follow-up",
				Map.of("level", "SATISFIED"));
		assertThat(followUp.status()).as(followUp.text()).isEqualTo(200);
		assertThat(phone.get("/api/public/evaluation/tickets/" + followToken).body().get("followedUp").asBoolean())
			.isTrue();

		var unknown = phone.get("/api/public/evaluation/tickets/no-such-follow-token");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).as("unknown and not yet finished are answered alike").isEqualTo(notYet.code());
		assertThat(unknown.detail()).isEqualTo(notYet.detail());
		assertThat(phone.get("/api/public/evaluation/tickets/" + "x".repeat(300)).status()).isEqualTo(404);

		var clerk = HallClient.loggedIn(port, hall.hall().clerks().get(0));
		assertThat(clerk.get("/api/public/evaluation/tickets/" + followToken).status())
			.as("reading with a staff session is fine")
			.isEqualTo(200);
	}

	@Test
	void theProgressQrOfTheNoticeLeadsToTheRatingOnceTheCaseIsDelivered() {
		var situation = Cases.situation(catalog, s -> s.mode() == AcceptanceMode.PROMISED
				&& s.acceptLevels().contains(SiteLevel.TOWN) && Cases.personal(s));
		var clerk = HallClient.loggedIn(port, hall.hall().clerks().get(0));
		long caseId = Cases.acceptedCase(clerk, situation.code(), null);
		var detail = clerk.get("/api/cases/" + caseId);
		assertThat(detail.status()).as(detail.text()).isEqualTo(200);
		String progressToken = detail.body().get("progressToken").asString();
		assertThat(progressToken).isNotBlank();

		var phone = new HallClient(port);
		assertThat(phone.get("/api/public/progress/" + progressToken).status())
			.as("the token of the notice opens the progress page")
			.isEqualTo(200);
		var accepted = phone.get("/api/public/evaluation/cases/" + progressToken);
		assertThat(accepted.status()).as("an accepted case cannot be rated yet").isEqualTo(404);
		assertThat(accepted.code()).isEqualTo("evaluation.not-rateable");

		lifecycle.conclude(caseId, CaseOutcome.APPROVED, "准予许可", List.of());
		assertThat(phone.get("/api/public/evaluation/cases/" + progressToken).status())
			.as("concluded but not delivered")
			.isEqualTo(404);
		lifecycle.delivered(caseId, "窗口领取，申请人签收");

		var link = awaitFound(phone, "/api/public/evaluation/cases/" + progressToken);
		assertThat(link.status()).as(link.text()).isEqualTo(200);
		String ratingToken = link.body().get("ratingToken").asString();
		assertThat(link.body().get("rated").asBoolean()).isFalse();
		var rated = phone.post("/api/public/evaluation/ratings/" + ratingToken, Map.of("level", "SATISFIED"));
		assertThat(rated.status()).as(rated.text()).isEqualTo(201);
		assertThat(phone.get("/api/public/evaluation/cases/" + progressToken).body().get("rated").asBoolean())
			.isTrue();

		var unknown = phone.get("/api/public/evaluation/cases/no-such-progress-token");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.detail()).isEqualTo(accepted.detail());
	}
}
