package com.followup.web.support;

import com.followup.persistence.testing.MigratedDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** A browser test: the app on a real port and database, driven by headless Chromium, one browser per class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "followup.jobs.enabled=false")
@ContextConfiguration(initializers = MigratedDatabaseInitializer.class)
@Import({People.class, RuleMother.class})
public abstract class BrowserTest {

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
