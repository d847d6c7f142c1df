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
 * The handbook in a real (headless) Chromium: a citizen reads the public 办事指南 on a phone without logging in, and
 * the system administrator finds the published versions. Counts are not asserted: the catalog keeps growing.
 */
class CatalogBrowserEndToEndTests extends BrowserTest {

	private static final By MATERIAL = By.cssSelector("[data-test=guide-material]");
	private static final By FILL_SAMPLE = By.cssSelector("[data-test=fill-sample]");

	@Test
	void aCitizenSearchesOnAPhoneAndReadsWhatToBringAndHowToFillTheForm() {
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(375, 812));
		browser.get(url("/guide"));

		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=guide-departments]")));
		Browser.type(browser, "guide-search", "食品");
		click(By.cssSelector("[data-test=guide-search-submit]"));
		var result = waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=guide-result]")));
		assertThat(result.getText()).contains("食品");

		openItemAndSituation(result);

		assertThat(browser.getCurrentUrl()).contains("/guide/situations/");
		assertThat(browser.findElements(By.cssSelector("[data-test=main-menu]"))).as("no staff shell").isEmpty();
		assertThat(browser.findElements(MATERIAL)).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-test=guide-materials]")).getText()).containsPattern("原件|复印件|电子材料");
		assertThat(browser.findElements(FILL_SAMPLE)).isNotEmpty()
			.anySatisfy(sample -> assertThat(sample.getText()).startsWith("样例："));
		assertThat(browser.findElement(By.cssSelector("[data-test=guide-print]")).isDisplayed()).isTrue();
		long overflow = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(overflow).as("no sideways scrolling at 375px").isLessThanOrEqualTo(0);
		Browser.screenshot(browser, "guide-situation-phone");
	}

	@Test
	void aCitizenBrowsesByDepartmentOnADesktop() {
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(1366, 900));
		browser.get(url("/guide"));

		var department = waiting().until(
				ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test^=guide-department-]")));
		click(department);
		var result = waiting()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=guide-result]")));

		openItemAndSituation(result);

		assertThat(browser.findElements(MATERIAL)).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-test=guide-steps]")).getText()).contains("办理流程与时限");
		assertThat(browser.findElements(FILL_SAMPLE)).isNotEmpty();
		Browser.screenshot(browser, "guide-situation-desktop");
	}

	@Test
	void theSystemAdministratorSeesVersionOneOnTheVersionsPage() {
		browser.manage().window().setSize(new Dimension(1366, 900));
		logIn("sysadmin");

		click(waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=menu-catalog-versions]"))));
		var table = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=versions-table]")));
		var versionOne = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=version-1]")));
		assertThat(versionOne.getText()).contains("第 1 版");
		assertThat(table.getText()).contains("草稿").contains("已发布");
		assertThat(browser.findElement(By.cssSelector("[data-test=draft-problems]")).getText()).contains("草稿发布校验");
		assertThat(browser.findElement(By.cssSelector("[data-test=catalog-publish]")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "catalog-versions");
	}

	/** From a search result: the item page, then its first situation that has a form to fill. */
	private void openItemAndSituation(WebElement result) {
		click(result);
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=guide-item-facts]")));
		var situation = waiting().until(ExpectedConditions.elementToBeClickable(
				By.cssSelector("[data-test=guide-situation-link]:not([data-forms='0'])")));
		click(situation);
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=guide-materials]")));
	}


	@Test
	void theSystemAdministratorOpensABundleInTheEditor() {
		browser.manage().window().setSize(new Dimension(1366, 900));
		logIn("sysadmin");
		browser.get(url("/admin/catalog/bundles"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=bundles-table]")));
		assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=bundle-B001]")))
			.getText()).contains("开饭店");

		click(By.cssSelector("[data-test=bundle-edit-B001]"));

		var members = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=bundle-members]")));
		assertThat(members.findElements(By.cssSelector("[data-test^=bundle-member-]"))).hasSizeGreaterThanOrEqualTo(2);
		Browser.screenshot(browser, "catalog-bundle-editor");
		var code = browser.findElement(By.cssSelector("input[data-test=bundle-code], [data-test=bundle-code] input"));
		waiting().until(driver -> "B001".equals(code.getDomProperty("value")));
		assertThat(code.isEnabled()).as("the code of a saved bundle is fixed").isFalse();
	}

	@Test
	void theSystemAdministratorEditsAnItemAndIsAskedBeforeLeavingUnsavedChanges() {
		browser.manage().window().setSize(new Dimension(1366, 900));
		logIn("sysadmin");
		browser.get(url("/admin/catalog/items/0101001000?v=0"));
		click(waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=item-edit]"))));

		var name = waiting().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("input[data-test=item-name], [data-test=item-name] input")));
		waiting().until(driver -> name.getDomProperty("value").contains("公司设立登记"));
		var code = browser.findElement(By.cssSelector("input[data-test=item-code], [data-test=item-code] input"));
		assertThat(code.getDomProperty("value")).isEqualTo("0101001000");
		assertThat(code.isEnabled()).as("the code of a saved item is fixed").isFalse();

		Browser.type(browser, "item-name", "公司设立登记（未保存的修改）");
		click(By.xpath("//button[normalize-space()='取消']"));
		var ask = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".el-message-box")));
		assertThat(ask.getText()).contains("修改还没有保存");
		click(By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space()='留下']"));
		waiting().until(ExpectedConditions.invisibilityOf(ask));
		assertThat(browser.getCurrentUrl()).contains("/admin/catalog/items/0101001000/edit");
		assertThat(name.getDomProperty("value")).as("the change is still there").endsWith("（未保存的修改）");

		click(By.xpath("//button[normalize-space()='取消']"));
		click(waiting().until(ExpectedConditions.elementToBeClickable(
				By.xpath("//div[contains(@class,'el-message-box')]//button[normalize-space()='离开']"))));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=item-facts]")));
		assertThat(browser.getCurrentUrl()).doesNotContain("/edit");
	}

	@Test
	void theSystemAdministratorOpensASituationInTheEditor() {
		browser.manage().window().setSize(new Dimension(1366, 900));
		logIn("sysadmin");
		browser.get(url("/admin/catalog/items/0101001000/situations/0101001000-01/edit"));

		var form = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=situation-form]")));
		var name = browser.findElement(By.cssSelector("input[data-test=situation-name], [data-test=situation-name] input"));
		waiting().until(driver -> name.getDomProperty("value").contains("公司设立登记"));
		var code = browser.findElement(By.cssSelector("input[data-test=situation-code], [data-test=situation-code] input"));
		assertThat(code.getDomProperty("value")).isEqualTo("0101001000-01");
		assertThat(code.isEnabled()).isFalse();
		assertThat(form.getText()).contains("受理层级").contains("决定层级").contains("承诺时限").contains("法定时限");
		assertThat(form.findElements(By.cssSelector(".el-checkbox.is-checked"))).as("at least one level accepts it")
			.isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-test=situation-save]")).isEnabled()).isTrue();
		Browser.screenshot(browser, "catalog-situation-editor");
	}
}
