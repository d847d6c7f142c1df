package org.onewindow.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test class: one headless Chromium for the class, against the application of {@link HallIntegrationTest}.
 */
@HallIntegrationTest
public abstract class BrowserTest {

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	protected WebDriverWait waiting() {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void click(By by) {
		click(waiting().until(ExpectedConditions.elementToBeClickable(by)));
	}

	/** Scrolls the element to the middle first: sticky headers must not cover it. */
	protected void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/** Logs in through the login page as a demo account and waits for the staff shell. */
	protected void logIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		waiting().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-test=username] input, input[data-test=username]")));
		Browser.type(browser, "username", username);
		Browser.type(browser, "password", HallClient.DEMO_PASSWORD);
		browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}
}
