package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.evaluation.EvaluationFixtures;
import org.onewindow.site.SiteManagement;
import org.onewindow.staff.StaffSetup;
import org.onewindow.staff.internal.Reminders;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.onewindow.support.HallClient;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The rounds of a 差评整改 in a real (headless) Chromium (docs/evaluation.md, 追评 after a rectification): a citizen
 * rates the 公安专窗 非常不满意; the department's staff open it from the 差评整改 inbox, record 回访, 核实 and 整改反馈 on
 * the detail page and close it in time; the citizen's one 追评 on the phone page is still 不满意, which reopens it
 * for round 2 with fresh deadlines: the bell tells the department, the detail page shows 第 2 轮 with round 1's history,
 * the inbox and the 问题台账 have it open again; round 2 is closed in time too, and no second 追评 is possible.
 */
class RectificationBrowserEndToEndTests extends BrowserTest {

	private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	/** A Monday: 回访 due Tuesday 11-03, 整改反馈 due 11-23. */
	private static final LocalDate RATED_ON = LocalDate.of(2026, 11, 2);

	/** The 追评, a Wednesday: 回访 due Thursday 11-05, 整改反馈 due 11-25 (15 working days). */
	private static final LocalDate FOLLOWED_UP_ON = LocalDate.of(2026, 11, 4);

	private static final String COMPLAINT = "窗口人员态度生硬";

	private static final String STILL_BAD = "问题仍未解决，仍然被要求重复提交材料";

	@Autowired
	TestHalls halls;

	@Autowired
	StaffSetup staff;

	@Autowired
	SiteManagement sites;

	@Autowired
	TestClock clock;

	@Autowired
	Reminders reminders;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aStillBadFollowUpReopensTheClosedRectificationForASecondRound() {
		var hall = new EvaluationFixtures(halls, staff, sites).create();
		at(RATED_ON, 9);
		String token = badRatingAtThePoliceCounter(hall);

		// round 1: the department's staff member opens it from the inbox and closes it the same day
		browser.manage().window().setSize(new Dimension(1600, 1000));
		at(RATED_ON, 10);
		logIn(hall.police());
		var open = onlyInboxRow();
		assertThat(open.getAttribute("data-round")).isEqualTo("1");
		var row = open.findElement(By.xpath("ancestor::tr"));
		assertThat(row.getText()).contains("非常不满意", "服务态度", COMPLAINT, "2026-11-03", "2026-11-23")
			.doesNotContain("第 2 轮");
		assertThat(row.findElement(By.cssSelector("[data-test=rectification-light]")).getAttribute("data-light"))
			.isEqualTo("GREEN");
		long id = Long.parseLong(open.getAttribute("data-id"));
		click(open);
		waiting().until(ExpectedConditions.urlContains("/evaluation/rectifications/" + id));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=rectification-detail]")));
		assertThat(text("rectification-level")).isEqualTo("非常不满意");
		assertThat(browser.findElements(By.cssSelector("[data-test=rectification-reopened]"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("[data-test=rectification-earlier-round]"))).isEmpty();
		rectify("第一轮：已电话回访，向群众致歉", "第一轮：经核实窗口人员解释不耐心", "第一轮：已对窗口人员批评教育并组织服务规范培训");
		Browser.screenshot(browser, "rectification-round-1-closed");

		// closed: gone from the inbox of open ones, there with 含已办结; the ledger entry is closed
		browser.get(url("/evaluation/rectifications"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("[data-test=rectification-table]"), "没有待整改的差评"));
		click(By.cssSelector("[data-test=rectification-all]"));
		var closedRow = waiting().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-test=rectification-open][data-id='" + id + "']")));
		assertThat(closedRow.findElement(By.xpath("ancestor::tr//*[@data-test='rectification-light']"))
			.getAttribute("data-light")).isEqualTo("NONE");
		var admin = HallClient.loggedIn(port, hall.admin());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ledgerEntry(admin, hall.hall().siteId(), id).get("status").asString())
				.isEqualTo("CLOSED"));

		// the citizen's one 追评 on the phone, two days later: still 不满意
		at(FOLLOWED_UP_ON, 10);
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(412, 915));
		browser.get(url("/m/rate/" + token));
		var done = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=rate-done]")));
		assertThat(done.getText()).contains("您的评价：非常不满意", "服务态度");
		click(By.cssSelector("[data-test=rate-follow-up-submit]"));
		assertThat(waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=rate-follow-up-error]")))
			.getText()).isEqualTo("请选择追评等级");
		click(By.cssSelector("[data-test=rate-follow-up-level][data-level=DISSATISFIED]"));
		browser.findElement(By.cssSelector(
				"textarea[data-test=rate-follow-up-comment], [data-test=rate-follow-up-comment] textarea"))
			.sendKeys(STILL_BAD);
		Browser.screenshot(browser, "rectification-follow-up");
		click(By.cssSelector("[data-test=rate-follow-up-submit]"));
		var followedUp = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=rate-followed-up]")));
		assertThat(followedUp.getText()).isEqualTo("您的追评：不满意——" + STILL_BAD);
		assertThat(browser.findElements(By.cssSelector("[data-test=rate-follow-up]"))).isEmpty();

		// round 2: the department is told by its bell, which leads to the reopened rectification
		reminders.run();
		browser.manage().window().setSize(new Dimension(1600, 1000));
		logIn(hall.police());
		By count = By.cssSelector("[data-test=reminder-count] sup");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(count, "1"));
		click(By.cssSelector("[data-test=reminder-bell]"));
		var reminder = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=reminder-item]")));
		assertThat(reminder.getText()).contains("重新打开", "第 2 轮", "2026-11-05", "2026-11-25");
		click(reminder);
		waiting().until(ExpectedConditions.urlContains("/evaluation/rectifications/" + id));
		var reopened = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=rectification-reopened]")));
		assertThat(reopened.getAttribute("data-round")).isEqualTo("2");
		assertThat(reopened.findElement(By.xpath("..")).getText())
			.contains("第 2 轮（2026-11-04 因追评重新打开）", "群众追评不满意：" + STILL_BAD);
		assertThat(text("rectification-follow-up")).isEqualTo("不满意 " + STILL_BAD);
		assertThat(light()).isEqualTo("GREEN");
		assertThat(text("rectification-detail")).contains("回访 2026-11-05，整改反馈 2026-11-25");
		var earlier = browser.findElements(By.cssSelector("[data-test=rectification-earlier-round]"));
		assertThat(earlier).hasSize(1);
		assertThat(earlier.get(0).getText()).contains("第 1 轮（2026-11-02 起，按时办结）", "回访：第一轮：已电话回访，向群众致歉",
				"核实：第一轮：经核实窗口人员解释不耐心", "整改反馈：第一轮：已对窗口人员批评教育并组织服务规范培训");
		assertThat(text("rectification-steps")).as("the steps start again").doesNotContain("第一轮", "已办结");
		assertThat(browser.findElement(By.cssSelector("[data-test=rectification-step-submit]")).getText())
			.isEqualTo("登记回访");
		Browser.screenshot(browser, "rectification-round-2");

		// open again in the inbox, marked 第 2 轮 with the new deadlines, and in the 问题台账
		browser.get(url("/evaluation/rectifications"));
		var again = onlyInboxRow();
		assertThat(again.getAttribute("data-id")).isEqualTo(Long.toString(id));
		assertThat(again.getAttribute("data-round")).isEqualTo("2");
		var againRow = again.findElement(By.xpath("ancestor::tr"));
		assertThat(againRow.findElement(By.cssSelector("[data-test=rectification-round]")).getText())
			.isEqualTo("第 2 轮");
		assertThat(againRow.getText()).contains("2026-11-05", "2026-11-25");
		assertThat(againRow.findElement(By.cssSelector("[data-test=rectification-light]")).getAttribute("data-light"))
			.isEqualTo("GREEN");
		Browser.screenshot(browser, "rectification-inbox-round-2");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ledgerEntry(admin, hall.hall().siteId(), id).get("status").asString())
				.isEqualTo("OPEN"));
		long issueId = ledgerEntry(admin, hall.hall().siteId(), id).get("id").asLong();
		logIn(hall.admin());
		browser.get(url("/improvement/issues"));
		var issue = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=issue-light-" + issueId + "]")));
		assertThat(issue.findElement(By.xpath("ancestor::tr")).getText()).contains("差评整改", "2026-11-25", "待整改");
		Browser.screenshot(browser, "rectification-ledger-reopened");

		// round 2 closed in time the next day; round 1 stays in the history
		at(FOLLOWED_UP_ON.plusDays(1), 10);
		logIn(hall.police());
		browser.get(url("/evaluation/rectifications/" + id));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=rectification-step]")));
		rectify("第二轮：已上门回访", "第二轮：核实材料确被重复索要", "第二轮：已取消重复索要的材料并公开告知");
		assertThat(browser.findElements(By.cssSelector("[data-test=rectification-earlier-round]"))).hasSize(1);
		assertThat(text("rectification-reopened")).contains("第 2 轮");
		Browser.screenshot(browser, "rectification-round-2-closed");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ledgerEntry(admin, hall.hall().siteId(), id).get("status").asString())
				.isEqualTo("CLOSED"));

		// one 追评 only: the phone page offers none any more, and the API refuses a second one
		browser.manage().deleteAllCookies();
		browser.get(url("/m/rate/" + token));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=rate-followed-up]")));
		assertThat(browser.findElements(By.cssSelector("[data-test=rate-follow-up]"))).isEmpty();
		var second = new HallClient(port).post("/api/public/evaluation/ratings/" + token + "/follow-up",
				Map.of("level", "SATISFIED", "comment", "整改后满意"));
		assertThat(second.status()).as(second.text()).isEqualTo(409);
		assertThat(second.code()).isEqualTo("evaluation.follow-up-done");
	}

	private void at(LocalDate day, int hour) {
		clock.pin(ZonedDateTime.of(day, LocalTime.of(hour, 0), HALL));
	}

	/** A ticket served at the 公安专窗 (E, department GAJ) rated 非常不满意 by its QR: the rating token. */
	private String badRatingAtThePoliceCounter(EvaluationFixtures.Hall hall) {
		return EvaluationFixtures.badRatingAtThePoliceCounter(port, hall, "服务态度", COMPLAINT);
	}

	/** The 办理 link of the one open rectification in the inbox (the test hall's department has only this one). */
	private WebElement onlyInboxRow() {
		browser.get(url("/evaluation/rectifications"));
		var open = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=rectification-open]")));
		assertThat(browser.findElements(By.cssSelector("[data-test=rectification-open]"))).hasSize(1);
		return open;
	}

	/** Records 回访, 核实 and 整改反馈 on the detail page: the rectification is closed in time. */
	private void rectify(String callBack, String verification, String feedback) {
		step("登记回访", callBack);
		step("登记核实", verification);
		step("登记整改反馈并办结", feedback);
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=rectification-light]"),
				"data-light", "NONE"));
		waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test=rectification-step]")));
		assertThat(text("rectification-steps")).contains("回访", callBack, "核实", verification, "整改反馈", feedback,
				"已办结（按时）");
	}

	private void step(String label, String text) {
		var submit = waiting().until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-test=rectification-step-submit]"), label));
		assertThat(submit).isTrue();
		browser.findElement(By.cssSelector(
				"textarea[data-test=rectification-step-text], [data-test=rectification-step-text] textarea"))
			.sendKeys(text);
		click(By.cssSelector("[data-test=rectification-step-submit]"));
		waiting().until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-test=rectification-steps]"), text));
	}

	private String text(String dataTest) {
		return browser.findElement(By.cssSelector("[data-test=" + dataTest + "]")).getText();
	}

	private String light() {
		return browser.findElement(By.cssSelector("[data-test=rectification-light]")).getAttribute("data-light");
	}

	/** The 问题台账 entry fed by the rectification, as the site administrator's API shows it. */
	private static JsonNode ledgerEntry(HallClient admin, long siteId, long rectificationId) {
		var issues = admin.get("/api/improvement/issues?siteId=" + siteId + "&source=RECTIFICATION");
		assertThat(issues.status()).as(issues.text()).isEqualTo(200);
		for (JsonNode issue : issues.body()) {
			if (issue.get("sourceId").asLong() == rectificationId) {
				return issue;
			}
		}
		throw new AssertionError("no ledger entry for rectification " + rectificationId + ": " + issues.text());
	}
}
