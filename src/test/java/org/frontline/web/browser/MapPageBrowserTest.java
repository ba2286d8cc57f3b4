package org.frontline.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frontline.FrontlineApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The map page in a real browser against the real service with the bundled seed articles: step the date
 * control from 2022-02-25 to 2022-09-08, find Balakliia's claim in the side panel and on the map, read its
 * popup, and keep a screenshot for people to look at (target/screenshots/map-2022-09-08.png).
 */
@SpringBootTest(classes = FrontlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPageBrowserTest {

    static final String START = "2022-02-25";
    static final String TARGET = "2022-09-08";
    static final Duration WAIT = Duration.ofSeconds(30);
    /** Per-date layers the page probes and hides while the back end does not serve them. */
    static final Pattern OPTIONAL_LAYER = Pattern.compile("/api/(control|frontline)\\?");
    static final Pattern NOT_SERVED = Pattern.compile("status of (404|405|501)\\b");

    private static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        // A fresh store per run, outside the working tree; removed when the JVM exits.
        dataDir = Files.createTempDirectory("frontline-browser-test-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dataDir)));
        registry.add("frontline.data-dir", () -> dataDir.toString());
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void stepsToBalakliiaAndShowsItsAttributedClaim() throws IOException {
        ChromeDriver driver = Chromium.start(1280, 800);
        try {
            walkThrough(driver, "http://localhost:" + port);
        } finally {
            driver.quit();
        }
    }

    /** The scenario, against any base URL that serves the app and the API. */
    static void walkThrough(ChromeDriver driver, String base) throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        driver.get(base + "/");
        waitUntilDrawn(driver, null);

        @SuppressWarnings("unchecked")
        List<String> dates = (List<String>) js(driver, "return window.frontline.dates.slice();");
        assertThat(dates).as("dates offered by the date control").contains(START, TARGET);
        assertThat(dates).as("the control offers exactly /api/dates").isEqualTo(fetchJson(driver, "/api/dates"));

        // Move the slider to the start date with the keyboard, as a user would.
        WebElement slider = driver.findElement(By.id("date-slider"));
        slider.sendKeys(Keys.HOME);
        waitUntilDrawn(driver, dates.get(0));
        for (int i = 0; i < dates.indexOf(START); i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        waitUntilDrawn(driver, START);
        assertThat(driver.findElement(By.id("date-label")).getText()).contains("25 Feb 2022");
        assertThat(panelPlaces(driver)).as("claims in the panel on " + START).contains("Hostomel");
        assertMarkersMatchPanel(driver);

        // Then step forward with the "next" button until the target date.
        WebElement next = driver.findElement(By.id("next-date"));
        for (int step = 0; !TARGET.equals(renderedDate(driver)) && step < dates.size(); step++) {
            String before = renderedDate(driver);
            next.click();
            wait.until(d -> !before.equals(renderedDate(d)) && isIdle(d));
        }
        waitUntilDrawn(driver, TARGET);
        assertThat(driver.findElement(By.id("date-label")).getText()).contains("8 Sep 2022");
        assertThat(driver.getCurrentUrl()).as("the URL keeps the date").contains("date=" + TARGET);

        // Balakliia's claim, as the API serves it.
        Map<String, Object> claim = balakliiaClaim(driver);
        String id = String.valueOf(claim.get("id"));
        assertThat(claim.get("type")).isEqualTo("captured");
        assertThat(claim.get("actor")).isEqualTo("UA");
        assertThat(String.valueOf(claim.get("claimant"))).containsIgnoringCase("zelensk");

        // In the side panel...
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("#claims-panel .claim-item")).stream()
                .filter(e -> id.equals(e.getAttribute("data-claim-id"))).findFirst().orElse(null));
        assertThat(item.getText()).contains("Balakliia");
        assertThat(panelPlaces(driver)).contains("Balakliia");
        // ...and on the map.
        WebElement marker = driver.findElement(By.cssSelector(
                ".leaflet-marker-pane .claim-marker[data-claim-id='" + cssEscape(id) + "']"));
        assertThat(marker.isDisplayed()).isTrue();
        assertMarkersMatchPanel(driver);

        // Clicking the panel item flies to the claim and opens its popup.
        item.click();
        WebElement block = waitForPopupBlock(driver, id);
        assertPopupShows(block, claim);
        assertThat(item.getAttribute("class")).contains("is-selected");

        // Close it, then open it again from the marker itself.
        driver.findElement(By.cssSelector(".leaflet-popup-close-button")).click();
        wait.until(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
        WebElement shown = driver.findElement(By.cssSelector(
                ".leaflet-marker-pane .claim-marker[data-claim-id='" + cssEscape(id) + "']"));
        new Actions(driver).moveToElement(shown).click().perform();
        block = waitForPopupBlock(driver, id);
        assertPopupShows(block, claim);

        saveScreenshot(driver, "map-" + TARGET + ".png");

        // A link reopens the date it was copied at.
        driver.navigate().refresh();
        waitUntilDrawn(driver, TARGET);
        assertThat(driver.findElement(By.id("date-label")).getText()).contains("8 Sep 2022");
        assertThat(driver.getCurrentUrl()).as("the URL keeps the open claim").contains("claim=");
        waitForPopupBlock(driver, id);

        // The same page at phone width, for people to look at.
        driver.findElement(By.cssSelector(".leaflet-popup-close-button")).click();
        wait.until(d -> d.findElements(By.cssSelector(".leaflet-popup")).isEmpty());
        driver.manage().window().setSize(new Dimension(390, 844));
        waitUntilDrawn(driver, TARGET);
        wait.until(d -> Boolean.TRUE.equals(js(d, "return !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim');")));
        saveScreenshot(driver, "map-" + TARGET + "-phone.png");

        assertNoSevereBrowserErrors(driver);
    }

    // ---- steps -------------------------------------------------------------------------------------------

    static void waitUntilDrawn(WebDriver driver, String date) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "map page never finished drawing " + (date == null ? "its first date" : date)
                + "; window.frontline = " + js(driver, "return JSON.stringify(window.frontline && "
                + "{ready: frontline.ready, loading: frontline.loading, date: frontline.date, "
                + "renderedDate: frontline.renderedDate, errors: frontline.errors});"))
                .until(d -> isIdle(d) && (date == null || date.equals(renderedDate(d))));
    }

    static boolean isIdle(WebDriver driver) {
        return Boolean.TRUE.equals(js(driver,
                "return !!(window.frontline && window.frontline.ready && !window.frontline.loading"
                        + " && window.frontline.renderedDate === window.frontline.date);"));
    }

    static String renderedDate(WebDriver driver) {
        return String.valueOf(js(driver, "return window.frontline ? window.frontline.renderedDate : null;"));
    }

    static List<String> panelPlaces(WebDriver driver) {
        return driver.findElements(By.cssSelector("#claims-panel .claim-item .claim-place")).stream()
                .map(WebElement::getText).toList();
    }

    /** One marker per claim: the panel, the markers on the map and window.frontline agree. */
    static void assertMarkersMatchPanel(WebDriver driver) {
        int items = driver.findElements(By.cssSelector("#claims-panel .claim-item")).size();
        int markers = driver.findElements(By.cssSelector(".leaflet-marker-pane .claim-marker")).size();
        long drawn = ((Number) js(driver, "return window.frontline.markerCount;")).longValue();
        long claims = ((Number) js(driver, "return window.frontline.claimCount;")).longValue();
        assertThat(items).as("claim items in the panel").isPositive().isEqualTo(markers);
        assertThat(drawn).as("window.frontline.markerCount").isEqualTo(markers).isEqualTo(claims);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> balakliiaClaim(WebDriver driver) {
        Map<String, Object> fc = (Map<String, Object>) fetchJson(driver, "/api/claims?date=" + TARGET);
        List<Map<String, Object>> features = (List<Map<String, Object>>) fc.get("features");
        return features.stream()
                .map(f -> (Map<String, Object>) f.get("properties"))
                .filter(p -> "Balakliia".equals(p.get("placeName")))
                .filter(p -> "captured".equals(p.get("type")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("/api/claims?date=" + TARGET
                        + " has no 'captured' claim about Balakliia: " + features));
    }

    static WebElement waitForPopupBlock(WebDriver driver, String id) {
        return new WebDriverWait(driver, WAIT).withMessage("popup of claim " + id).until(d -> d.findElements(By.cssSelector(
                        ".leaflet-popup .claim-popup .claim-block[data-claim-id='" + cssEscape(id) + "']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    static void assertPopupShows(WebElement block, Map<String, Object> claim) {
        String quote = normalise(String.valueOf(claim.get("quote")));
        assertThat(normalise(block.findElement(By.cssSelector(".claim-quote")).getText()))
                .as("quote in the popup").isEqualTo(quote);
        assertThat(block.findElement(By.cssSelector(".claim-quote mark")).getText())
                .as("the place name marked in the quote").containsIgnoringCase("Balakli");
        assertThat(block.findElement(By.cssSelector(".claim-claimant")).getText())
                .as("who claims it").contains(String.valueOf(claim.get("claimant")));
        assertThat(block.findElement(By.cssSelector(".claim-headline")).getText())
                .contains("Ukraine").contains("captured").contains("Balakliia");
        assertThat(block.findElement(By.cssSelector(".claim-date")).getText()).contains("8 Sep 2022");
        assertThat(block.findElement(By.cssSelector(".claim-source")).getText())
                .contains(String.valueOf(claim.get("source")));
    }

    /**
     * No SEVERE entry in the browser log. The only tolerated ones are the 404s of the optional per-date layers
     * (/api/control, /api/frontline), which the page probes and hides while the back end does not serve them.
     */
    static void assertNoSevereBrowserErrors(WebDriver driver) {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(OPTIONAL_LAYER.matcher(m).find() && NOT_SERVED.matcher(m).find()))
                .toList();
        assertThat(severe).as("severe browser log entries").isEmpty();
    }

    static void saveScreenshot(WebDriver driver, String name) throws IOException {
        Path dir = Paths.get("target", "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** GET a JSON document from the page's origin, independently of the app's own code. */
    static Object fetchJson(WebDriver driver, String path) {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.ok ? r.json() : Promise.reject(new Error(r.status + ' ' + r.url)))"
                        + ".then(done, e => done({fetchError: String(e)}));",
                path);
        if (result instanceof Map<?, ?> map && map.containsKey("fetchError")) {
            throw new AssertionError("GET " + path + " failed: " + map.get("fetchError"));
        }
        return result;
    }

    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static String cssEscape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'");
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // best effort: it is a temporary directory
        }
    }
}
