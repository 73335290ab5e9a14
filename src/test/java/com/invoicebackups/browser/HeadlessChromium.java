package com.invoicebackups.browser;

import java.io.File;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, with a profile of its own, as every browser test drives it. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path profile, String windowSize) {
        return start(profile, windowSize, "en-US");
    }

    /** Chromium whose pages and requests ask for this language (Accept-Language), as a user's browser would. */
    static ChromeDriver start(Path profile, String windowSize, String language) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--lang=" + language, "--accept-lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + windowSize, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }
}
