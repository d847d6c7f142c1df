package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.evaluation.EvaluationFixtures;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.onewindow.support.HallClient;
import org.onewindow.support.TestHalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 即时评 in a real (headless) Chromium: the counter's tablet is paired, the clerk finishes a ticket, the pad shows
 * the rating page, 非常不满意 without a reason is refused, with a reason it is taken and the department's
 * rectification inbox has it.
 */
class EvaluationBrowserEndToEndTests extends BrowserTest {

	@Autowired
	TestHalls halls;

	@Autowired
	StaffSetup staff;

	@Autowired
	SiteManagement sites;

	@Test
	void aFinishedTicketIsRatedOnThePairedPadAndABadRatingReachesTheDepartment() {
		var hall = new EvaluationFixtures(halls, staff, sites).create();
		long policeCounter = hall.hall().counterIds().get(1);
		var paired = HallClient.loggedIn(port, hall.admin())
			.post("/api/evaluation/pads", Map.of("counterId", policeCounter));
		assertThat(paired.status()).as(paired.text()).isEqualTo(201);

		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1280, 800));
		browser.get(url(paired.body().get("padPath").asString()));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pad-waiting]")));
		assertThat(browser.getCurrentUrl()).as("the secret leaves the address bar").doesNotContain("pair=");

		EvaluationFixtures.serveOne(port, hall.hall(), 1, "E");
		var service = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pad-service]")));
		assertThat(service.getText()).startsWith("E001");
		Browser.screenshot(browser, "pad-rating");

		click(By.cssSelector("[data-test=pad-level][data-level=VERY_DISSATISFIED]"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pad-reasons]")));
		click(By.cssSelector("[data-test=pad-submit]"));
		var error = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pad-error]")));
		assertThat(error.getText()).contains("非常不满意").contains("原因");
		Browser.screenshot(browser, "pad-reason-required");
		var police = HallClient.loggedIn(port, hall.police());
		assertThat(police.get("/api/evaluation/rectifications").body().size()).as("nothing sent").isZero();

		click(By.cssSelector("[data-test=pad-reason][data-reason=服务态度]"));
		click(By.cssSelector("[data-test=pad-submit]"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pad-thanks]")));
		Browser.screenshot(browser, "pad-thanks");

		var inbox = police.get("/api/evaluation/rectifications").body();
		assertThat(inbox.size()).isEqualTo(1);
		assertThat(inbox.get(0).get("reason").asString()).isEqualTo("服务态度");
		assertThat(inbox.get(0).get("rating").get("channel").asString()).isEqualTo("COUNTER_PAD");
		assertThat(inbox.get(0).get("service").asString()).startsWith("E001");

		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pad-waiting]")));
	}
}
