package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.delivery.DeliveryFixtures;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.onewindow.support.HallClient;
import org.onewindow.support.TestHalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 统一出件 page in a real (headless) Chromium: a delivery clerk finds a result concluded at the front desk,
 * is refused the pickup with the wrong ID number, hands it over with the right one, mails another with a checked
 * tracking number and confirms its signature, and prints the 送达回执.
 */
class DeliveryBrowserEndToEndTests extends BrowserTest {

	@Autowired
	TestHalls halls;

	@Autowired
	StaffSetup staff;

	@Autowired
	CatalogManagement catalog;

	@Test
	void aClerkHandsOverOneResultAndMailsAnother() {
		var hall = halls.create(List.of(List.of("A"), List.of("B")));
		String clerk = "d" + hall.clerks().get(1);
		staff.account(clerk, "浏览器出件员", HallClient.DEMO_PASSWORD, hall.siteId(), null, EnumSet.of(Role.DELIVERY),
				List.of(hall.counterIds().get(1)));
		var fixtures = new DeliveryFixtures(catalog);
		var acceptor = HallClient.loggedIn(port, hall.clerks().get(0));
		var pickupCase = fixtures.concludedInstantly(acceptor, null, null);
		var mailCase = fixtures.concludedInstantly(acceptor, "江西省测试市测试区政务路 9 号", null);
		var api = HallClient.loggedIn(port, clerk);
		var pickup = DeliveryFixtures.deliveryOf(api, pickupCase);
		DeliveryFixtures.deliveryOf(api, mailCase);
		String pickupNumber = pickupCase.get("caseNumber").asString();
		String mailNumber = mailCase.get("caseNumber").asString();

		browser.manage().window().setSize(new Dimension(1600, 1000));
		logIn(clerk);
		browser.get(url("/delivery"));
		click(By.cssSelector("[data-test=delivery-row-" + pickupNumber + "]"));
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=delivery-state]"), "data-state",
				"READY_FOR_PICKUP"));
		click(By.cssSelector("[data-test=delivery-action-PICKUP]"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pickup-dialog]")));
		assertThat(browser.findElement(By.cssSelector("[data-test=pickup-confirm]")).isEnabled()).isFalse();
		Browser.type(browser, "pickup-id-number", DeliveryFixtures.STRANGER_ID);
		Browser.type(browser, "pickup-signature", "张三");
		click(By.cssSelector("[data-test=pickup-checked]"));
		click(By.cssSelector("[data-test=pickup-confirm]"));
		var refused = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pickup-error]")));
		assertThat(refused.getText()).contains("不一致");
		Browser.screenshot(browser, "delivery-pickup-refused");

		retype("pickup-id-number", DeliveryFixtures.APPLICANT_ID);
		click(By.cssSelector("[data-test=pickup-confirm]"));
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=delivery-state]"), "data-state",
				"PICKED_UP"));
		assertThat(browser.findElement(By.cssSelector("[data-test=delivery-detail-pickup]")).getText())
			.contains("110101********0011");
		Browser.screenshot(browser, "delivery-picked-up");

		browser.get(url("/delivery"));
		click(By.cssSelector("[data-test=delivery-tab-to-mail]"));
		click(By.cssSelector("[data-test=delivery-row-" + mailNumber + "]"));
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=delivery-state]"), "data-state",
				"TO_BE_MAILED"));
		click(By.cssSelector("[data-test=delivery-action-MAIL]"));
		click(By.cssSelector("[data-test=mail-carrier]"));
		click(By.xpath("//li[contains(@class,'el-select-dropdown__item')][contains(., '顺丰速运')]"));
		Browser.type(browser, "mail-tracking-number", "SF123");
		assertThat(browser.findElement(By.cssSelector("[data-test=mail-confirm]")).isEnabled())
			.as("checked in the browser before sending")
			.isFalse();
		retype("mail-tracking-number", "SF1234567890123");
		click(By.cssSelector("[data-test=mail-confirm]"));
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=delivery-state]"), "data-state",
				"MAILED"));
		assertThat(browser.findElement(By.cssSelector("[data-test=delivery-tracking]")).getText())
			.contains("SF1234567890123");
		Browser.screenshot(browser, "delivery-mailed");
		click(By.cssSelector("[data-test=delivery-action-SIGNED]"));
		click(By.cssSelector("[data-test=signed-mode-confirm]"));
		click(By.cssSelector("[data-test=signed-confirm]"));
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=delivery-state]"), "data-state",
				"SIGNED"));
		assertThat(browser.findElement(By.cssSelector("[data-test=delivery-detail-receipt]")).getText()).contains("工作人员确认");

		browser.get(url("/print/delivery-receipt/" + pickup.get("id").asLong()));
		var paper = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=print-delivery-receipt]")));
		assertThat(paper.getText()).contains("送达回执", pickupNumber, "窗口领取", "张三");
		Browser.screenshot(browser, "delivery-receipt");
	}

	/** Replaces what an input holds the way a person does (select all, type), so that Vue sees the change. */
	private void retype(String name, String text) {
		var input = browser.findElement(By.cssSelector("[data-test=" + name + "]"));
		if (!"input".equalsIgnoreCase(input.getTagName())) {
			input = input.findElement(By.tagName("input"));
		}
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
	}
}
