package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Guidance in a real (headless) Chromium: a citizen at the kiosk says "我想开饭店" and gets the 开饭店 bundle's
 * checklist without logging in; a guide at the desk searches 营业执照, picks the item and answers the narrowing
 * questions until one situation's checklist shows. Counts are not asserted: the catalog keeps growing.
 */
class GuidanceBrowserEndToEndTests extends BrowserTest {

	private static final By RESULT = By.cssSelector("[data-test=guidance-result]");
	private static final By MATERIAL = By.cssSelector("[data-test=checklist] [data-test=guide-material]");
	private static final By QUESTION_OPTION = By.cssSelector("[data-test=question-option]");
	private static final By SITUATION_CHECKLIST = By.cssSelector("[data-test=situation-checklist]");

	@Test
	void aCitizenAtThePortraitKioskSaysTheyWantToOpenARestaurantAndGetsTheBundlesChecklist() {
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1080, 1920));
		browser.get(url("/kiosk"));

		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=kiosk-life-event]")));
		assertThat(browser.findElement(By.cssSelector("[data-test=kiosk-app]")).getText()).contains("您要办什么事");
		assertThat(browser.findElements(By.cssSelector("[data-test=main-menu]"))).as("no staff shell").isEmpty();
		assertNoSidewaysScrolling("1080×1920");

		Browser.type(browser, "guidance-search", "我想开饭店");
		answered("我想开饭店");
		WebElement first = browser.findElements(RESULT).get(0);
		assertThat(first.getAttribute("data-code")).isEqualTo("B001");
		assertThat(first.getAttribute("data-type")).isEqualTo("BUNDLE");
		assertThat(first.getText()).contains("一件事");
		Browser.screenshot(browser, "kiosk-results-portrait");

		click(first);
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=bundle-checklist]")));
		assertThat(browser.findElements(MATERIAL)).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-test=checklist-materials]")).getText())
			.containsPattern("原件|复印件")
			.contains("相同的只交一次");
		assertThat(browser.findElements(By.cssSelector("[data-test=bundle-member]"))).hasSizeGreaterThan(1);
		assertThat(browser.findElement(By.cssSelector("[data-test=checklist-print]")).isEnabled()).isTrue();
		Browser.screenshot(browser, "kiosk-bundle-portrait");

		browser.manage().window().setSize(new Dimension(1920, 1080));
		assertNoSidewaysScrolling("1920×1080");
		click(browser.findElement(By.cssSelector("[data-test=kiosk-home]")));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=kiosk-life-event]")));
		assertThat(browser.findElement(By.cssSelector("input[data-test=guidance-search]")).getAttribute("value"))
			.as("back home forgets what was typed")
			.isEmpty();
	}

	@Test
	void aGuideSearchesForABusinessLicenceAndNarrowsTheItemDownToOneSituation() {
		browser.manage().window().setSize(new Dimension(1366, 900));
		logIn("guide");

		click(By.cssSelector("[data-test=menu-guide-desk]"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=life-event]")));
		Browser.type(browser, "guidance-search", "营业执照");
		answered("营业执照");
		var item = waiting().until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("[data-test=guidance-result][data-type=ITEM]")));
		click(item);

		var firstQuestion = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=question-text]")));
		assertThat(firstQuestion.getText()).endsWith("？");
		assertThat(browser.findElement(By.cssSelector("[data-test=checklist-print]")).isEnabled())
			.as("nothing to print before the situation is known")
			.isFalse();
		Browser.screenshot(browser, "desk-question");
		for (int asked = 0; asked < 8 && browser.findElements(SITUATION_CHECKLIST).isEmpty(); asked++) {
			String question = browser.findElement(By.cssSelector("[data-test=question-text]")).getText();
			click(waiting().until(ExpectedConditions.elementToBeClickable(QUESTION_OPTION)));
			waiting().until(driver -> !driver.findElements(SITUATION_CHECKLIST).isEmpty()
					|| !question.equals(driver.findElement(By.cssSelector("[data-test=question-text]")).getText()));
		}

		var checklist = waiting().until(ExpectedConditions.visibilityOfElementLocated(SITUATION_CHECKLIST));
		assertThat(browser.findElements(By.cssSelector("[data-test=question-answer]"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-test=narrowed-situation]")).getText()).contains("营业执照");
		assertThat(browser.findElements(MATERIAL)).isNotEmpty();
		assertThat(checklist.getText()).contains("办理时限").contains("收费").contains("需要带的材料");
		assertThat(browser.findElement(By.cssSelector("[data-test=checklist-print]")).isEnabled()).isTrue();
		assertThat(browser.findElement(By.cssSelector("[data-test=take-ticket]")).isEnabled())
			.as("one situation chosen: the guide may issue its ticket")
			.isTrue();
		assertThat(browser.findElement(By.cssSelector("[data-test=print-sheet]")).getAttribute("textContent"))
			.contains("办事告知单")
			.contains("营业执照");
		Browser.screenshot(browser, "desk-situation-checklist");
	}

	/** Waits until the results shown are the answer to the whole text typed (not to a part of it). */
	private void answered(String query) {
		waiting().until(driver -> {
			WebElement results = driver.findElement(By.cssSelector("[data-test=guidance-results]"));
			return query.equals(results.getAttribute("data-query")) && "false".equals(results.getAttribute("aria-busy"))
					&& !driver.findElements(RESULT).isEmpty();
		});
	}

	private void assertNoSidewaysScrolling(String screen) {
		long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(overflow).as("no sideways scrolling at " + screen).isLessThanOrEqualTo(0);
	}

}
