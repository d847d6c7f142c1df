package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.approval.ApprovalFixtures.awaitStep;
import static org.onewindow.approval.ApprovalFixtures.backOffice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.approval.ApprovalFixtures;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;
import org.onewindow.delivery.DeliveryFixtures;
import org.onewindow.site.SiteManagement;
import org.onewindow.site.WorkingCalendar;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.staff.internal.Reminders;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.onewindow.support.Cases;
import org.onewindow.support.HallClient;
import org.onewindow.support.TestClock;
import org.onewindow.support.TestHall;
import org.onewindow.support.TestHalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The back office in a real (headless) Chromium: a case accepted at the front desk two thirds into its promised time
 * is in the 审批待办 of an approver of its department with a yellow light, and the approver's bell shows its 催办提醒;
 * the approver claims it and approves each step, the first with an opinion that the next step's drawer shows; while it
 * is in approval the supervisor's 电子监察 lists it with its light; once the last step grants it, 统一出件 has it
 * waiting for pickup, and its 受理通知书 prints.
 */
class ApprovalBrowserEndToEndTests extends BrowserTest {

	private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

	/** A Monday of the 2026 calendar, with no holiday in the ten working days after it. */
	private static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 11, 2);

	private static final String OPINION = "材料齐全，符合条件，同意";

	@Autowired
	TestHalls halls;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	SiteManagement sites;

	@Autowired
	StaffSetup staff;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	TestClock clock;

	@Autowired
	Reminders reminders;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anApproverDecidesACaseStepByStepWhileTheSupervisorSeesItsLight() {
		var fixtures = new ApprovalFixtures(catalog, sites, staff, port);
		Situation situation = fixtures.decidedAtTown(10);
		var steps = backOffice(situation);
		String department = steps.get(0).department();
		TestHall hall = halls.create(List.of(List.of("A")));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String approver = "ap" + tag;
		String supervisor = "su" + tag;
		staff.account(approver, "浏览器审批员", HallClient.DEMO_PASSWORD, hall.siteId(), fixtures.departmentId(department),
				EnumSet.of(Role.APPROVER), List.of());
		staff.account(supervisor, "浏览器监督员", HallClient.DEMO_PASSWORD, hall.siteId(), null, EnumSet.of(Role.SUPERVISOR),
				List.of());
		String clerk = hall.clerks().get(0);
		var desk = HallClient.loggedIn(port, clerk);
		var inbox = HallClient.loggedIn(port, approver);

		// accepted on a Monday; the back office opens it two thirds into the promised working days: a yellow light
		clock.pin(ZonedDateTime.of(ACCEPTED_ON, LocalTime.of(9, 0), HALL));
		long caseId = Cases.acceptedCase(desk, situation.code(), null);
		String caseNumber = desk.get("/api/cases/" + caseId).body().get("caseNumber").asString();
		var firstTask = awaitStep(inbox, caseId, situation.name(), steps.get(0).name());
		int yellowAfter = (2 * situation.promisedDays() + 2) / 3;
		LocalDate yellowOn = calendar.addWorkingDays(ACCEPTED_ON, yellowAfter);
		clock.pin(ZonedDateTime.of(yellowOn, LocalTime.of(10, 0), HALL));
		// the first step's own share may be used up by then: its 环节超期 is reminded of too
		boolean stepOverdue = yellowOn.isAfter(LocalDate.parse(firstTask.get("stepDueOn").asString()));

		browser.manage().window().setSize(new Dimension(1600, 1000));
		// 催办提醒: the yellow task is reminded to its department's approvers; the bell counts it and lists it, and
		// following it opens the task and marks the reminder read
		reminders.run();
		logIn(approver);
		remindedOfTheTask(caseNumber, stepOverdue);
		for (int i = 0; i < steps.size(); i++) {
			int position = i + 1;
			boolean last = position == steps.size();
			if (i > 0) {
				awaitStep(inbox, caseId, situation.name(), steps.get(i).name());
			}
			browser.get(url("/approval"));
			var row = waiting()
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(task(caseNumber, position))));
			assertThat(row.getAttribute("data-state")).isEqualTo("OPEN");
			assertThat(row.getAttribute("data-light")).isEqualTo("YELLOW");
			waiting().until(driver -> lightOfRow(row, "approval-light").getText().contains("黄灯"));
			if (position == 1) {
				// the first step's own due date, and whether it has passed (said in words, not by colour alone)
				assertThat(row.findElements(By.xpath("ancestor::tr//*[@data-test='approval-step-overdue']")))
					.as("环节超期 tag").hasSize(stepOverdue ? 1 : 0);
			}
			click(row);
			waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=approval-actions]"), "data-state",
					"OPEN"));
			// the drawer's light comes with the task's clock, a moment after its actions
			waiting().until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector("[data-test=approval-drawer-light]"), "黄灯"));
			click(By.cssSelector("[data-test=approval-claim]"));
			waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=approval-actions]"), "data-state",
					"CLAIMED"));
			var approve = waiting()
				.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=approval-approve]")));
			assertThat(approve.getText()).isEqualTo(last ? "准予办理" : "通过，转下一环节");
			if (i == 0) {
				browser
					.findElement(By.cssSelector("textarea[data-test=approval-opinion], [data-test=approval-opinion] textarea"))
					.sendKeys(OPINION);
				Browser.screenshot(browser, "approval-claimed");
			}
			else {
				assertThat(browser.findElement(By.cssSelector("[data-test=approval-history]")).getText())
					.as("the first step's opinion")
					.contains(OPINION);
			}
			click(approve);
			waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=approval-actions]"), "data-state",
					"DONE"));

			if (position == steps.size() - 1) {
				superviseTheCaseInApproval(supervisor, caseNumber, steps.get(position).name());
				logIn(approver);
			}
		}
		Browser.screenshot(browser, "approval-granted");

		// concluded: the result waits at the delivery counter, and the case's documents still print
		var concluded = desk.get("/api/cases/" + caseId).body();
		assertThat(concluded.get("status").get("code").asString()).isEqualTo("CONCLUDED");
		DeliveryFixtures.deliveryOf(desk, concluded);
		logIn(clerk);
		browser.get(url("/delivery"));
		var waitingRow = waiting().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-test=delivery-row-" + caseNumber + "]")));
		assertThat(waitingRow.getAttribute("data-state")).isEqualTo("READY_FOR_PICKUP");
		assertThat(waitingRow.findElement(By.xpath("ancestor::tr")).getText()).contains("待领取");
		Browser.screenshot(browser, "approval-delivery-waiting");

		browser.get(url("/print/cases/" + caseId + "/acceptance-notice"));
		var notice = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=print-acceptance-notice]")));
		assertThat(notice.findElement(By.cssSelector("[data-test=document-number]")).getText()).isEqualTo(caseNumber);
		waiting().until(ExpectedConditions.titleIs(caseNumber + " 受理通知书"));
	}

	private void remindedOfTheTask(String caseNumber, boolean stepOverdue) {
		By count = By.cssSelector("[data-test=reminder-count] sup");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(count, stepOverdue ? "2" : "1"));
		click(By.cssSelector("[data-test=reminder-bell]"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=reminder-item]")));
		var items = browser.findElements(By.cssSelector("[data-test=reminder-item]"));
		assertThat(items).hasSize(stepOverdue ? 2 : 1);
		if (stepOverdue) {
			assertThat(items).anySatisfy(i -> assertThat(i.getText()).contains(caseNumber).contains("环节超期"));
		}
		var item = items.stream().filter(i -> i.getText().contains("黄灯")).findFirst().orElseThrow();
		// reminded at 10:00 in the hall, shown so whatever the browser's time zone (the test browser runs in UTC)
		assertThat(item.getText()).contains(caseNumber).contains(" 10:00:00");
		Browser.screenshot(browser, "approval-reminder-bell");
		click(item);
		waiting().until(ExpectedConditions.urlContains("/approval?task="));
		if (stepOverdue) {
			waiting().until(ExpectedConditions.textToBePresentInElementLocated(count, "1"));
		}
		else {
			waiting().until(ExpectedConditions.invisibilityOfElementLocated(count));
		}
	}

	/**
	 * 电子监察 of the hall before the last step: the case is in approval, listed with its yellow light and the step
	 * that holds it.
	 */
	private void superviseTheCaseInApproval(String supervisor, String caseNumber, String lastStep) {
		logIn(supervisor);
		browser.get(url("/approval/monitor"));
		var alert = waiting().until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("[data-test=monitor-alert][data-case-number='" + caseNumber + "']")));
		assertThat(alert.getAttribute("data-light")).isEqualTo("YELLOW");
		waiting().until(driver -> lightOfRow(alert, "monitor-alert-light").getText().contains("黄灯"));
		assertThat(alert.findElement(By.xpath("ancestor::tr")).getText()).contains(lastStep);
		Browser.screenshot(browser, "approval-monitor");
	}

	private static String task(String caseNumber, int step) {
		return "[data-test=approval-task][data-case-number='" + caseNumber + "'][data-step='" + step + "']";
	}

	/** The light tag in the same table row as a cell of it. */
	private static WebElement lightOfRow(WebElement cell, String light) {
		return cell.findElement(By.xpath("ancestor::tr//*[@data-test='" + light + "']"));
	}
}
