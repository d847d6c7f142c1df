package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.onewindow.support.HallClient;
import org.onewindow.support.TestHalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue in a real (headless) Chromium: the board of a hall is open, a citizen takes a ticket at the kiosk,
 * the clerk signs in at a counter and calls, and the board shows the call live.
 */
class QueueBrowserEndToEndTests extends BrowserTest {

	@Autowired
	TestHalls halls;

	@Test
	void aKioskTicketIsCalledAtACounterAndShownOnTheBoard() {
		var hall = halls.create(List.of(List.of("A")));
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1600, 900));

		browser.get(url("/board/" + hall.siteId()));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=board-app]")));
		String board = browser.getWindowHandle();
		assertThat(browser.findElements(By.cssSelector("[data-test=board-current]"))).isEmpty();

		// a kiosk that is not paired only offers pairing; the site administrator's one-time code pairs it
		browser.switchTo().newWindow(WindowType.TAB);
		browser.get(url("/kiosk?site=" + hall.siteId()));
		((JavascriptExecutor) browser).executeScript("localStorage.clear()");
		browser.navigate().refresh();
		var pairing = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=kiosk-pairing]")));
		assertThat(pairing.getText()).contains("本机尚未配对");
		assertThat(browser.findElements(By.cssSelector("[data-test=kiosk-direct-ticket]"))).isEmpty();
		var admin = HallClient.loggedIn(port, "sysadmin");
		var added = admin.post("/api/queue/sites/" + hall.siteId() + "/kiosks", Map.of("name", "浏览器测试自助机"));
		assertThat(added.status()).as(added.text()).isEqualTo(201);
		String code = added.body().get("pairingCode").asString().replace(" ", "");
		for (char digit : code.toCharArray()) {
			click(By.cssSelector("[data-test=kiosk-pairing] .dp-key[aria-label='" + digit + "']"));
		}
		assertThat(browser.findElement(By.cssSelector("[data-test=kiosk-pairing-code]")).getText().replace(" ", ""))
			.isEqualTo(code);
		click(By.cssSelector("[data-test=kiosk-pairing-submit]"));
		click(By.cssSelector("[data-test=kiosk-direct-ticket]"));
		click(By.cssSelector("[data-test=ticket-category][data-code=A]"));
		click(By.cssSelector("[data-test=ticket-confirm]"));
		var number = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=ticket-number]")));
		assertThat(number.getText()).isEqualTo("A001");
		Browser.screenshot(browser, "kiosk-ticket");

		logIn(hall.clerks().get(0));
		browser.get(url("/counter"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=counter-select]")));
		if (browser.findElements(By.cssSelector("[data-test=counter-state]")).isEmpty()) {
			click(By.cssSelector("[data-test=counter-select]"));
			click(By.xpath("//li[contains(@class,'el-select-dropdown__item')][contains(., '1 号')]"));
		}
		click(By.cssSelector("[data-test=counter-open]"));
		waiting().until(ExpectedConditions
			.attributeToBe(By.cssSelector("[data-test=counter-state]"), "data-state", "OPEN"));
		click(By.cssSelector("[data-test=counter-call-next]"));
		var current = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=counter-current-number]")));
		assertThat(current.getText()).contains("A001");
		Browser.screenshot(browser, "counter-called");

		browser.switchTo().window(board);
		var shown = waiting().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-test=board-current] [data-test=board-call-number]")));
		assertThat(shown.getText()).isEqualTo("A001");
		assertThat(browser.findElement(By.cssSelector("[data-test=board-current]")).getText()).contains("1号窗口");
		Browser.screenshot(browser, "board-call");
	}
}
