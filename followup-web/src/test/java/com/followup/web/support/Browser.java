package com.followup.web.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Headless Chromium from the system packages (Debian's chromium and chromium-driver);
 * nothing is downloaded. CHROMIUM_BINARY and CHROMEDRIVER override where they are.
 */
public final class Browser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    public static WebDriver open() {
        String binary = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(binary)) || !Files.isExecutable(Path.of(driver))) {
            throw new IllegalStateException("Browser tests need Chromium and its driver: apt-get install chromium chromium-driver"
                    + " (looked for " + binary + " and " + driver + ")");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--lang=en-US", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Signs in through the real sign-in page and waits for the home page. */
    public static void signIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/sign-in?lang=en");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello"));
    }

    /** Fails when axe-core finds a WCAG 2.2 A or AA violation on the page as it is now. */
    public static void assertAccessible(WebDriver driver, String name) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        String violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .collect(Collectors.joining("\n"));
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG violations on " + name + ":\n" + violations);
        }
    }

    /** Saves what the page looks like at a phone and a desktop width, for people to look at. */
    public static void screenshots(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[]{360, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
            assertAccessible(driver, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
