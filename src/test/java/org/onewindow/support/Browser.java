package org.onewindow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless: nothing is downloaded at run time.
 */
public final class Browser {

	private static final String CHROMIUM = System.getProperty("onewindow.chromium", "/usr/bin/chromium");
	private static final String DRIVER = System.getProperty("onewindow.chromedriver", "/usr/bin/chromedriver");

	private Browser() {
	}

	public static WebDriver start() {
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1366,900", "--lang=zh-CN");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** Types into the input marked {@code data-test=<name>} (the input itself or an Element Plus wrapper). */
	public static void type(WebDriver browser, String name, String text) {
		WebElement element = browser.findElement(By.cssSelector("[data-test=" + name + "]"));
		if (!"input".equalsIgnoreCase(element.getTagName())) {
			element = element.findElement(By.tagName("input"));
		}
		element.clear();
		element.sendKeys(text);
	}

	/** Keeps a picture of the page in {@code target/screenshots} for a person to look at. */
	public static void screenshot(WebDriver browser, String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
			Files.write(folder.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
