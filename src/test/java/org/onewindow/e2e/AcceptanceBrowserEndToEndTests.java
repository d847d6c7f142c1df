package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.AcceptanceMode;
import org.onewindow.catalog.ApplicantType;
import org.onewindow.catalog.CatalogManagement;
import org.onewindow.catalog.Situation;
import org.onewindow.site.SiteLevel;
import org.onewindow.support.Browser;
import org.onewindow.support.BrowserTest;
import org.onewindow.support.HallClient;
import org.onewindow.support.TestHalls;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front desk in a real (headless) Chromium: a citizen's ticket for a 承诺件 is called at a counter, the clerk
 * starts the case from it (the situation pre-selected), records the applicant, marks every required material as
 * checked, accepts the case and prints the 受理通知书.
 */
class AcceptanceBrowserEndToEndTests extends BrowserTest {

	@Autowired
	TestHalls halls;

	@Autowired
	CatalogManagement catalog;

	@Test
	void aCalledTicketIsAcceptedAtTheCounterAndItsAcceptanceNoticePrinted() {
		var hall = halls.create(List.of(List.of("A")));
		Situation situation = promisedForAPersonAtTown();
		var kiosk = hall.kiosk(port);
		var ticket = kiosk.post("/api/queue/sites/" + hall.siteId() + "/tickets",
				Map.of("category", "A", "situationCodes", List.of(situation.code()), "channel", "KIOSK"));
		assertThat(ticket.status()).as(ticket.text()).isEqualTo(201);

		browser.manage().window().setSize(new Dimension(1600, 1000));
		logIn(hall.clerks().get(0));
		browser.get(url("/counter"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=counter-select]")));
		click(By.cssSelector("[data-test=counter-open]"));
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=counter-state]"), "data-state", "OPEN"));
		click(By.cssSelector("[data-test=counter-call-next]"));
		click(By.cssSelector("[data-test=counter-start-case]"));

		var subject = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=case-new-subject]")));
		assertThat(subject.getAttribute("data-code")).as("pre-selected by the ticket").isEqualTo(situation.code());
		Browser.type(browser, "applicant-name", "张三");
		Browser.type(browser, "applicant-id-number", "110101199003070011");
		click(By.cssSelector("[data-test=case-new-submit]"));

		var status = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=case-status]")));
		assertThat(status.getAttribute("data-status")).isEqualTo("DRAFT");
		String caseNumber = browser.findElement(By.cssSelector("[data-test=case-number]")).getText();
		assertThat(caseNumber).startsWith(hall.siteId() + "-");
		var accept = browser.findElement(By.cssSelector("[data-test=outcome-accept]"));
		assertThat(accept.isEnabled()).as("materials still missing").isFalse();
		assertThat(browser.findElement(By.cssSelector("[data-test=outcome-accept-why]")).getText()).contains("未提供");
		Browser.screenshot(browser, "case-opened");

		for (WebElement line : browser.findElements(By.cssSelector("[data-test=material-line]"))) {
			if (!"MISSING".equals(line.getAttribute("data-status"))) {
				continue;
			}
			String number = line.getAttribute("data-line");
			click(By.cssSelector("[data-test=material-" + number + "-PROVIDED_ORIGINAL]"));
			waiting().until(ExpectedConditions.attributeToBe(
					By.cssSelector("[data-test=material-line][data-line='" + number + "']"), "data-status",
					"PROVIDED_ORIGINAL"));
		}
		assertThat(browser.findElement(By.cssSelector("[data-test=materials-summary]")).getText()).contains("材料齐全");
		Browser.screenshot(browser, "case-materials-checked");

		click(By.cssSelector("[data-test=outcome-accept]"));
		click(By.cssSelector(".el-message-box__btns .el-button--primary"));
		waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("[data-test=case-status]"), "data-status",
				"IN_APPROVAL"));
		String promised = browser.findElement(By.cssSelector("[data-test=case-promised-date]")).getText();
		assertThat(promised).matches("\\d{4}-\\d{2}-\\d{2}");

		// "现在打印受理通知书吗？" → 打印
		click(By.xpath("//div[contains(@class,'el-message-box')]//button[contains(., '打印')]"));
		var notice = waiting().until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=print-acceptance-notice]")));
		assertThat(browser.findElement(By.cssSelector("[data-test=document-title]")).getText()).isEqualTo("受理通知书");
		assertThat(browser.findElement(By.cssSelector("[data-test=document-number]")).getText()).isEqualTo(caseNumber);
		assertThat(notice.getText()).contains(situation.name().length() > 6 ? situation.name().substring(0, 6) : situation.name())
			.contains("张三")
			.contains("决定予以受理");
		String[] ymd = promised.split("-");
		assertThat(browser.findElement(By.cssSelector("[data-test=notice-promised-date]")).getText())
			.isEqualTo(ymd[0] + "年" + Integer.parseInt(ymd[1]) + "月" + Integer.parseInt(ymd[2]) + "日");
		assertThat(browser.findElement(By.cssSelector("[data-test=document-progress-url]")).getText())
			.contains("/m/progress/");
		var qr = browser.findElement(By.cssSelector("[data-test=document-progress-qr]"));
		waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
		assertThat(qr.getAttribute("src")).contains("/api/public/progress/").endsWith("/qr.png");
		Browser.screenshot(browser, "acceptance-notice");
	}

	/** A 承诺件 a person applies for at a town sub-center, with the fewest required materials. */
	private Situation promisedForAPersonAtTown() {
		return catalog.published()
			.orElseThrow()
			.content()
			.situations()
			.stream()
			.filter(s -> s.mode() == AcceptanceMode.PROMISED && s.acceptLevels().contains(SiteLevel.TOWN)
					&& s.applicantType() == ApplicantType.PERSON && s.materials().stream().anyMatch(m -> m.required()))
			.min(Comparator.comparingLong(s -> s.materials().stream().filter(m -> m.required()).count()))
			.orElseThrow();
	}
}
