package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A site administrator logs in with a real (headless) Chromium and finds the counters of the county center.
 */
class AdminBrowserEndToEndTests extends BrowserTest {

	@Test
	void aWrongPasswordShowsTheReasonInChinese() {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		waiting().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-test=username] input, input[data-test=username]")));
		Browser.type(browser, "username", "supervisor");
		Browser.type(browser, "password", "wrong-password9");
		browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
		var error = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=login-error]")));
		assertThat(error.getText()).contains("用户名或密码错误");
	}

	@Test
	void aSiteAdministratorLogsInAndSeesTheCounters() {
		logIn("siteadmin");

		waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=menu-sites]"))).click();
		var counters = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=counters-table]")));
		waiting().until(ExpectedConditions.textToBePresentInElement(counters, "综合受理"));
		assertThat(counters.getText()).contains("统一出件窗口");
		Browser.screenshot(browser, "admin-counters");
	}

	@Test
	void aTownAdministratorAddsACounterThroughTheDialog() {
		logIn("town_admin");
		click(By.cssSelector("[data-test=menu-sites]"));
		// a village station: the API tests count the town's counters
		click(By.xpath("//*[@data-test='sites-tree']//span[contains(., '城关社区便民服务站')]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=site-detail]"),
				"城关社区便民服务站"));

		click(By.cssSelector("[data-test=counter-add]"));
		var dialog = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=counter-dialog]")));
		Browser.type(browser, "counter-name", "综合窗口（浏览器测试）");
		click(By.cssSelector("[data-test=counter-save]"));

		waiting().until(ExpectedConditions.invisibilityOf(dialog));
		var counters = browser.findElement(By.cssSelector("[data-test=counters-table]"));
		waiting().until(ExpectedConditions.textToBePresentInElement(counters, "综合窗口（浏览器测试）"));
	}

	@Test
	void theSystemAdministratorIsAskedBeforeSwitchingASiteOffAndFindsTheDialogFilledAfreshEachTime() {
		logIn("sysadmin");
		click(By.cssSelector("[data-test=menu-sites]"));
		click(By.xpath("//*[@data-test='sites-tree']//span[contains(., '城关社区便民服务站')]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=site-detail]"),
				"城关社区便民服务站"));

		click(By.cssSelector("[data-test=site-edit]"));
		var dialog = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=site-dialog]")));
		var name = dialog.findElement(By.cssSelector("input[data-test=site-name], [data-test=site-name] input"));
		waiting().until(driver -> "城关社区便民服务站".equals(name.getDomProperty("value")));

		// switching it off asks first; 取消 there keeps the dialog open and saves nothing
		click(dialog.findElement(By.cssSelector(".el-switch")));
		click(By.cssSelector("[data-test=site-save]"));
		var ask = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".el-message-box")));
		assertThat(ask.getText()).contains("城关社区便民服务站").contains("确定停用吗");
		click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space()='取消']"));
		waiting().until(ExpectedConditions.invisibilityOf(ask));
		assertThat(dialog.isDisplayed()).isTrue();

		// a changed name left with 取消 is gone when the dialog opens again
		Browser.type(browser, "site-name", "改了没保存的名称");
		click(dialog.findElement(By.xpath(".//button[normalize-space()='取消']")));
		waiting().until(ExpectedConditions.invisibilityOf(dialog));
		click(By.cssSelector("[data-test=site-edit]"));
		waiting().until(ExpectedConditions.visibilityOf(dialog));
		waiting().until(driver -> "城关社区便民服务站".equals(name.getDomProperty("value")));
		assertThat(dialog.findElements(By.cssSelector(".el-switch.is-checked"))).as("active as stored").hasSize(1);
	}
}
