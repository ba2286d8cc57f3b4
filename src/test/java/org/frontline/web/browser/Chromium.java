package org.frontline.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are fixed on purpose: the test
 * command installs them, and a missing browser must fail the build loudly rather than skip the browser tests
 * (Selenium Manager would otherwise try to download a browser, which this network does not allow).
 */
final class Chromium {
    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A fresh browser with its own throwaway profile, a desktop-sized window and the browser log captured. */
    static ChromeDriver start(int width, int height) {
        requireExecutable(BROWSER, "chromium");
        requireExecutable(DRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("frontline-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static void requireExecutable(File file, String debianPackage) {
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing: the browser tests need Debian's " + debianPackage
                    + " (apt-get install -y chromium chromium-driver)");
        }
    }
}
