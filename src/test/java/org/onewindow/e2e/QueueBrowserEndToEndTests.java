package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.staff.Role;
import org.onewindow.staff.StaffSetup;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.onewindow.support.HallClient;
import org.onewindow.support.TestHalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue in a real (headless) Chromium: the board of a hall is open, a citizen takes a ticket at the kiosk,
 * the clerk signs in at a counter and calls, and the board shows the call live; and the site administrator's
 * 自助机 card in 叫号设置: a kiosk added with its one-time pairing code, stopped (停用) and re-activated (重新启用) with a
 * new code.
 */
class QueueBrowserEndToEndTests extends BrowserTest {

	@Autowired
	TestHalls halls;

	@Autowired
	StaffSetup staff;

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

	@Test
	void theSiteAdministratorAddsStopsAndReactivatesAKiosk() {
		var hall = halls.create(List.of(List.of("A")));
		String administrator = "ka" + UUID.randomUUID().toString().substring(0, 8);
		staff.account(administrator, "浏览器站点管理员", HallClient.DEMO_PASSWORD, hall.siteId(), null,
				EnumSet.of(Role.SITE_ADMIN), List.of());
		String name = "大厅入口测试自助机";
		browser.manage().window().setSize(new Dimension(1600, 1000));
		logIn(administrator);
		browser.get(url("/queue/settings"));

		click(By.cssSelector("[data-test=kiosk-add]"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=kiosk-name]")));
		Browser.type(browser, "kiosk-name", name);
		click(By.cssSelector("[data-test=kiosk-add-confirm]"));
		String firstCode = shownCode(name);
		waiting().until(driver -> kioskRow(name).getText().contains("待配对"));

		// 停用, confirmed: the row says so and offers 重新启用 instead of 停用
		click(kioskRow(name).findElement(By.cssSelector("[data-test^=kiosk-revoke-]")));
		click(By.cssSelector(".el-message-box__btns .el-button--primary"));
		waiting().until(driver -> kioskRow(name).getText().contains("已停用"));
		assertThat(kioskRow(name).findElements(By.cssSelector("[data-test^=kiosk-revoke-]"))).isEmpty();

		// 重新启用, confirmed: a new one-time code is shown, and the kiosk waits to be paired again
		click(By.cssSelector("[data-test=kiosk-code] .el-alert__close-btn"));
		click(kioskRow(name).findElement(By.cssSelector("[data-test^=kiosk-reactivate-]")));
		click(By.cssSelector(".el-message-box__btns .el-button--primary"));
		String secondCode = shownCode(name);
		assertThat(secondCode).isNotEqualTo(firstCode);
		waiting().until(driver -> kioskRow(name).getText().contains("待配对"));
		Browser.screenshot(browser, "kiosk-reactivated");
	}

	/** The pairing code the card shows for the kiosk: four digits, a space, four digits. */
	private String shownCode(String kiosk) {
		var shown = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=kiosk-code]")));
		waiting().until(driver -> shown.getText().contains(kiosk));
		String code = browser.findElement(By.cssSelector("[data-test=kiosk-code-value]")).getText();
		assertThat(code).matches("\\d{4} \\d{4}");
		return code;
	}

	private WebElement kioskRow(String kiosk) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//*[@data-test='kiosks-table']//tr[contains(., '" + kiosk + "')]")));
	}
}
