package com.invoicebackups.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/** Headless Chromium on the product at one port, with the few gestures the browser tests make on Vaadin components. */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;
    private final int port;

    Browser(int port, String windowSize) throws Exception {
        this(port, windowSize, "en-US");
    }

    Browser(int port, String windowSize, String language) throws Exception {
        this.port = port;
        this.profile = Files.createTempDirectory("chromium-profile");
        this.driver = HeadlessChromium.start(profile, windowSize, language);
        // a dialog still being rendered or closed may replace or hide an element between finding and using it: then
        // it is found again
        this.wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    void signIn(String user, String password) {
        open("login");
        // typed again while the page is still getting ready; Enter, as a user signs in: the form then carries the
        // page's anti-forgery token (a bare submit() would not)
        wait.until(driver -> {
            WebElement name = driver.findElement(By.cssSelector("vaadin-login-form input[name=username]"));
            WebElement secret = driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
            name.clear();
            name.sendKeys(user);
            secret.clear();
            secret.sendKeys(password, Keys.ENTER);
            return true;
        });
        wait.until(driver -> !driver.getCurrentUrl().contains("login"));
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    void clickButton(String text) {
        clickButtonIn("body", text);
    }

    /**
     * Clicks the first visible, enabled button with this text (its own, not its tooltip's) inside the element the
     * selector finds.
     */
    void clickButtonIn(String container, String text) {
        wait.until(driver -> script("const c = document.querySelector(arguments[1]);"
                + "const own = b => [...b.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();"
                + "const b = c && [...c.querySelectorAll('vaadin-button')]"
                + ".find(b => own(b) === arguments[0] && !b.hasAttribute('disabled') && b.offsetHeight > 0);"
                + "if (b) { b.click(); return true; } return false;", text, container));
    }

    void click(String selector) {
        wait.until(driver -> script("const e = document.querySelector(arguments[0]);"
                + "if (e && !e.hasAttribute('disabled')) { e.click(); return true; } return false;", selector));
    }

    /** Types into the visible field with this label (text, email, password, number or date), then leaves it. */
    void fill(String label, String value) {
        wait.until(driver -> {
            WebElement input = (WebElement) script("""
                    const field = [...document.querySelectorAll('vaadin-text-field, vaadin-email-field, vaadin-password-field,'
                        + 'vaadin-big-decimal-field, vaadin-integer-field, vaadin-date-picker')]
                      .find(f => f.label === arguments[0] && f.offsetHeight > 0 && !f.closest('[closing]'));
                    return field ? field.querySelector('input') : null;""", label);
            if (input == null) {
                return false;
            }
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value, Keys.TAB);
            return true;
        });
    }

    /** Picks an item in the visible combo box (single or multi-select) with this label. */
    void choose(String label, String item) {
        // until the box shows the item as chosen: an item clicked while its list still opens may be lost
        wait.until(driver -> script("""
                const box = [...document.querySelectorAll('vaadin-combo-box, vaadin-multi-select-combo-box')]
                  .find(b => b.label === arguments[0] && b.offsetHeight > 0);
                if (!box) { return false; }
                const chosen = box.localName === 'vaadin-combo-box'
                  ? box.querySelector('input').value === arguments[1]
                  : [...box.querySelectorAll('vaadin-multi-select-combo-box-chip')]
                      .some(c => (c.label || c.textContent).trim() === arguments[1]);
                if (chosen) {
                  document.querySelectorAll('vaadin-combo-box, vaadin-multi-select-combo-box').forEach(b => b.opened = false);
                  return true;
                }
                box.opened = true;
                const i = [...document.querySelectorAll('vaadin-combo-box-item, vaadin-multi-select-combo-box-item')]
                  .find(i => i.textContent.trim() === arguments[1] && i.offsetHeight > 0 && !i.hasAttribute('selected'));
                if (i) { i.click(); }
                return false;""", label, item));
    }

    /** Picks an item of the visible select with this label. */
    void select(String label, String item) {
        wait.until(driver -> script("""
                const select = [...document.querySelectorAll('vaadin-select')]
                  .find(s => [s.label, s.accessibleName, s.getAttribute('aria-label')].includes(arguments[0]) && s.offsetHeight > 0);
                if (!select) { return false; }
                const shown = select.querySelector('vaadin-select-value-button');
                if (shown && shown.textContent.trim() === arguments[1] && !select.opened) { return true; }
                select.opened = true;
                const i = [...document.querySelectorAll('vaadin-select-item')]
                  .find(i => i.textContent.trim() === arguments[1] && i.offsetHeight > 0);
                if (i) { i.click(); }
                return false;""", label, item));
    }

    void clickTab(String text) {
        wait.until(driver -> script("const t = [...document.querySelectorAll('vaadin-tab')]"
                + ".find(t => t.textContent.trim() === arguments[0]); if (t) { t.click(); return true; } return false;", text));
    }

    void menu(String top, String item) {
        wait.until(driver -> script("const b = [...document.querySelectorAll('vaadin-menu-bar-button')]"
                + ".find(b => b.textContent.trim() === arguments[0]); if (b) { b.click(); return true; } return false;", top));
        wait.until(driver -> script("const i = [...document.querySelectorAll('vaadin-menu-bar-item')]"
                + ".find(i => i.textContent.trim() === arguments[0] && i.offsetHeight > 0);"
                + "if (i) { i.click(); return true; } return false;", item));
    }

    void drop(String upload, String name, String type, byte[] content) {
        wait.until(driver -> script("return !!document.querySelector(arguments[0])", upload));
        script("""
                const bytes = Uint8Array.from(atob(arguments[2]), c => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], arguments[0], {type: arguments[1]}));
                const upload = document.querySelector(arguments[3]);
                upload.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                upload.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """, name, type, Base64.getEncoder().encodeToString(content), upload);
    }

    /**
     * Hands these files at once to the upload's own file input, as a person picking or dropping several files does:
     * each goes up in a request of its own, all at the same time.
     */
    void upload(String upload, java.util.List<Path> files) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(upload)));
        WebElement input = (WebElement) script("const u = arguments[0];"
                + "return (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]')) || u.querySelector('input[type=file]');",
                element);
        // the driver adds to what a multiple file input already holds: start from none
        script("arguments[0].value = '';", input);
        input.sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
    }

    /** The files in the upload's own list: name, and the error shown beside it or "" when it went up. */
    @SuppressWarnings("unchecked")
    java.util.Map<String, String> uploadOutcomes(String upload) {
        return (java.util.Map<String, String>) script("const u = document.querySelector(arguments[0]);"
                + "return Object.fromEntries(u.files.map(f => [f.name, f.error || (f.complete ? '' : 'pending')]));", upload);
    }

    void waitForText(String selector, String text) {
        wait.until(driver -> script("return [...document.querySelectorAll(arguments[0])]"
                + ".some(e => e.textContent.includes(arguments[1]))", selector, text));
    }

    void waitForVisibleCell(String grid, String text) {
        try {
            wait.until(driver -> script("const grid = document.querySelector(arguments[0]);"
                    + "return !!grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                    + ".some(c => c.textContent.includes(arguments[1]) && c.offsetHeight > 0);", grid, text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No visible cell with \"" + text + "\" in " + grid + "; on the page: "
                    + script("return [...document.querySelectorAll('vaadin-grid-cell-content, vaadin-notification-card,"
                    + " vaadin-dialog-overlay, [slot=error-message]')].map(e => e.tagName + ':' + e.textContent.trim()"
                    + " + '/' + e.offsetHeight).filter(t => t.length > 3).join(' | ').substring(0, 3000)"), e);
        }
    }

    /** Types into the visible text area with this label, replacing what it held, then leaves it. */
    void typeInto(String label, String text) {
        wait.until(driver -> {
            org.openqa.selenium.WebElement area = (org.openqa.selenium.WebElement) script(
                    "const f = [...document.querySelectorAll('vaadin-text-area')]"
                    + ".find(f => f.label === arguments[0] && f.offsetHeight > 0);"
                    + "return f ? f.querySelector('textarea') : null;", label);
            if (area == null) {
                return false;
            }
            area.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.BACK_SPACE, text, org.openqa.selenium.Keys.TAB);
            return true;
        });
    }

    /** In the open delivery dialog: ticks the member of the owner's company of this name. */
    void tickDeliveryMember(String name) {
        wait.until(driver -> script("const box = [...document.querySelectorAll('.delivery-members vaadin-checkbox')]"
                + ".find(c => c.textContent.includes(arguments[0]));"
                + "if (box) { box.click(); return true; } return false;", name));
    }

    /** In the open delivery dialog: revokes the link sent to this address. */
    void revokeDeliveryTo(String address) {
        wait.until(driver -> script("const entry = [...document.querySelectorAll('.delivery-entry')]"
                + ".find(e => e.textContent.includes(arguments[0]));"
                + "const revoke = entry && entry.querySelector('vaadin-button.delivery-revoke');"
                + "if (revoke) { revoke.click(); return true; } return false;", address));
    }

    /** Clicks the visible grid cell whose text is exactly this. */
    void clickCell(String grid, String text) {
        wait.until(driver -> script("const grid = document.querySelector(arguments[0]);"
                + "const cell = grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                + ".find(c => c.textContent.trim() === arguments[1] && c.offsetHeight > 0);"
                + "if (cell) { cell.click(); return true; } return false;", grid, text));
    }

    /** Saves what the window shows as target/screenshots/{name}.png, for a person to look at. */
    void screenshot(String name) {
        screenshot(driver, name);
    }

    static void screenshot(org.openqa.selenium.WebDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Makes the window this wide and high, as a narrower screen would be. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
