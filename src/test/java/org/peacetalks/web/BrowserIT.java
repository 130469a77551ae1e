package org.peacetalks.web;

import org.peacetalks.SeedFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.peacetalks.server.KgServer;

/**
 * A person's path through the pages in headless Chromium (Debian's chromium and
 * chromedriver, installed by .ci/run): index → Boris Johnson → the claim that
 * blames him for the Istanbul failure → the article with that span highlighted.
 */
class BrowserIT {
    @TempDir
    static Path dir;
    static KgServer server;

    @BeforeAll
    static void start() {
        server = SeedFixture.serve(SeedFixture.buildStore(dir), null);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static ChromeDriver browser() throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--window-size=1200,900", "--user-data-dir=" + Files.createTempDirectory(dir, "chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * The Fuseki UI works under the Content-Security-Policy every response carries:
     * the query editor loads, runs a query and shows its answer, and the only
     * violation of the policy the browser reports is the third-party request it is
     * there to stop (a listener installed before any of the page's scripts records
     * every securitypolicyviolation event).
     */
    @Test
    void fusekiQueryEditorRunsAQueryUnderTheContentSecurityPolicy() throws Exception {
        ChromeDriver browser = browser();
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', "
                    + "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
            browser.get("http://127.0.0.1:" + server.port() + "/#/dataset/kg/query");
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60));
            wait.until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty() && !d.findElements(By.cssSelector(".yasqe_queryButton")).isEmpty());
            browser.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                "SELECT (COUNT(?a) AS ?articles) WHERE { ?a a <https://w3id.org/peacetalks/ontology#NewsArticle> }");
            browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
            WebElement cell = wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody td")).stream()
                .filter(td -> td.getText().contains("5")).findFirst().orElse(null));
            assertEquals("\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>", cell.getText());
            assertTrue(browser.findElement(By.cssSelector(".yasr table thead")).getText().contains("articles"));
            // the one request refused is the editor's prefix lookup at a third-party site, by design (connect-src 'self'):
            // nothing of this server's own is blocked, no inline script or eval is needed
            assertEquals(java.util.List.of("connect-src http://prefix.cc/popular/all.file.json"), browser.executeScript("return window.__csp;"),
                "Content-Security-Policy violations");
        } finally {
            browser.quit();
        }
    }

    @Test
    void followIndexToJohnsonToBlameClaimToHighlightedSpan() throws Exception {
        ChromeDriver browser = browser();
        try {
            browser.get("http://127.0.0.1:" + server.port() + "/id/");
            assertEquals("peacetalks-kg: who claims what", browser.findElement(By.tagName("h1")).getText());
            browser.findElement(By.linkText("Boris Johnson")).click();
            assertEquals("Boris Johnson", browser.findElement(By.tagName("h1")).getText());

            WebElement quote = browser.findElements(By.tagName("blockquote")).stream()
                .filter(b -> b.getText().startsWith("Those hopes were dashed")).findFirst().orElseThrow();
            String evidence = quote.getText();
            quote.findElement(By.xpath("..")).findElement(By.linkText("claim")).click();
            assertTrue(browser.getCurrentUrl().contains("/doc/claim/7efef77ddbabae9d/"), browser.getCurrentUrl());
            assertTrue(browser.getPageSource().contains("blamed"), "the claim page shows the blame proposition");

            browser.findElements(By.tagName("a")).stream().filter(a -> a.getText().startsWith("in Article 000"))
                .findFirst().orElseThrow().click();
            assertTrue(browser.getCurrentUrl().endsWith("#span-2659-2889"), browser.getCurrentUrl());
            WebElement mark = browser.findElement(By.id("span-2659-2889"));
            assertEquals("mark", mark.getTagName());
            assertEquals(evidence, mark.getText());

            Path shots = Path.of("target/screenshots");
            Files.createDirectories(shots);
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, shots.resolve("johnson-span.png"), StandardCopyOption.REPLACE_EXISTING);
            assertTrue(Files.size(shots.resolve("johnson-span.png")) > 20_000);
        } finally {
            browser.quit();
        }
    }
}
