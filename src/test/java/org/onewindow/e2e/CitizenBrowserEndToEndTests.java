package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.MaterialSource;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.Situation;
import org.onewindow.site.SiteLevel;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.onewindow.support.Citizens;
import org.onewindow.support.TestHalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 网上办 on a phone-sized headless Chromium: the citizen is sent to the sign-in page, signs in with the code from
 * the text message, goes through the application wizard with a scan, lands on the application in pre-review and
 * follows it on the progress page by its QR token.
 */
class CitizenBrowserEndToEndTests extends BrowserTest {

	static final String PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

	@Autowired
	TestHalls halls;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	JdbcClient jdbc;

	Situation onlineAtTown() {
		var published = catalog.published().orElseThrow();
		return published.content()
			.situations()
			.stream()
			.filter(s -> published.item(s.itemCode()).map(ServiceItem::online).orElse(false))
			.filter(s -> s.acceptLevels().contains(SiteLevel.TOWN) && s.applicantType() == ApplicantType.PERSON)
			.filter(s -> s.mode() == AcceptanceMode.PROMISED && !s.forms().isEmpty())
			.filter(s -> s.materials()
				.stream()
				.anyMatch(m -> m.required() && m.source() == MaterialSource.APPLICANT && m.formTemplate() == null))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aCitizenSignsInAppliesWithAScanAndFollowsTheApplication() throws IOException {
		var hall = halls.create(List.of(List.of("A")));
		var situation = onlineAtTown();
		String phone = Citizens.aPhone();
		Path scan = Files.createTempFile("scan", ".pdf");
		Files.writeString(scan, PDF, StandardCharsets.US_ASCII);
		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(420, 900));

		// a citizen's page without a session leads to the phone sign-in, not the staff login
		browser.get(url("/m/apply?situation=" + situation.code() + "&site=" + hall.siteId()));
		waiting().until(ExpectedConditions.urlContains("/m/sign-in"));
		type("citizen-phone", phone);
		click(By.cssSelector("[data-test=citizen-send-code]"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=citizen-code-sent]")));
		assertThat(browser.findElement(By.cssSelector("[data-test=citizen-send-code]")).getText()).contains("秒后重新获取");
		type("citizen-code", Citizens.codeSentTo(jdbc, phone));
		click(By.cssSelector("[data-test=citizen-sign-in]"));

		// the wizard, the situation and the hall preselected by the address
		waiting().until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("[data-test=citizen-chosen-situation][data-code='" + situation.code() + "']")));
		click(By.cssSelector("[data-test=citizen-next]"));
		waiting().until(ExpectedConditions.attributeContains(
				By.cssSelector("[data-test=citizen-site][data-site='" + hall.siteId() + "']"), "class", "active"));
		click(By.cssSelector("[data-test=citizen-next]"));
		type("citizen-applicant-name", "王小明");
		type("citizen-applicant-id", "110101199003070012");
		click(By.cssSelector("[data-test=citizen-next]"));
		assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cz-error"))).getText())
			.as("the check digit is checked before anything is sent")
			.contains("校验位");
		type("citizen-applicant-id", "110101199003070011");
		click(By.cssSelector("[data-test=citizen-next]"));

		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=citizen-step-form]")));
		assertThat(browser.findElements(By.cssSelector("[data-test=citizen-form-sample]"))).isNotEmpty();
		for (var field : situation.forms().get(0).fields()) {
			var input = browser.findElement(By.cssSelector(
					"[data-test=citizen-form-field][data-field='" + field.name() + "'] input, "
							+ "[data-test=citizen-form-field][data-field='" + field.name() + "'] textarea"));
			input.sendKeys(field.sample().isBlank() ? "无" : field.sample());
		}
		Browser.screenshot(browser, "citizen-form");
		click(By.cssSelector("[data-test=citizen-next]"));

		waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=citizen-step-materials]")));
		click(By.cssSelector("[data-test=citizen-next]"));
		waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=citizen-missing-scans]")));
		for (WebElement material : browser
			.findElements(By.cssSelector("[data-test=citizen-material][data-required=true]"))) {
			if (material.findElements(By.cssSelector("[data-test=citizen-scan-add]")).isEmpty()
					|| !material.findElements(By.cssSelector(".cz-status.is-stopped")).isEmpty()) {
				continue;
			}
			var input = material.findElement(By.cssSelector("input[type=file]"));
			((JavascriptExecutor) browser).executeScript("arguments[0].style.display = 'block'", input);
			input.sendKeys(scan.toAbsolutePath().toString());
		}
		assertThat(browser.findElements(By.cssSelector("[data-test=citizen-scan]"))).isNotEmpty();
		Browser.screenshot(browser, "citizen-materials");
		click(By.cssSelector("[data-test=citizen-next]"));
		click(By.cssSelector("[data-test=citizen-delivery-pickup]"));
		click(By.cssSelector("[data-test=citizen-next]"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=citizen-step-review]")));
		click(By.cssSelector("[data-test=citizen-submit]"));

		// the application, in pre-review, with its scans
		var detail = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=citizen-application-detail]")));
		assertThat(detail.getAttribute("data-status")).isEqualTo("PRE_REVIEW");
		assertThat(browser.findElement(By.cssSelector("[data-test=citizen-submitted]")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.cssSelector("[data-test=citizen-upload-failures]"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("[data-test=citizen-scan]"))).isNotEmpty();
		String caseNumber = browser.findElement(By.cssSelector("[data-test=citizen-case-number]")).getText();
		assertThat(caseNumber).startsWith(hall.siteId() + "-");
		Browser.screenshot(browser, "citizen-application");

		browser.get(url("/m/applications"));
		var listed = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=citizen-application]")));
		assertThat(listed.getText()).contains(caseNumber);

		// progress without an account: the QR token
		String token = jdbc.sql("select progress_token from acc_case where case_number = :number")
			.param("number", caseNumber)
			.query(String.class)
			.single();
		browser.manage().deleteAllCookies();
		browser.get(url("/m/progress/" + token));
		var status = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=progress-status]")));
		assertThat(status.getText()).isEqualTo("待预审");
		assertThat(browser.findElements(By.cssSelector("[data-test=progress-timeline] li"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-test=progress-next]")).getText()).contains("预审");
		Browser.screenshot(browser, "citizen-progress");
		Files.deleteIfExists(scan);
	}

	void type(String name, String text) {
		var input = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[data-test=" + name + "]")));
		input.clear();
		input.sendKeys(text);
	}
}
