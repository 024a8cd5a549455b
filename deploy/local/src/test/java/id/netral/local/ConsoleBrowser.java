package id.netral.local;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Debian's headless Chromium on the console of the shared end-to-end system, used the way a person would: sign in on
 * the development provider's login page, open pages, click, read, sign out. Every browser test class opens its own;
 * screenshots go to target/screenshots/.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Duration PAGE = Duration.ofSeconds(15);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final String console;
    private final WebDriver browser;

    private ConsoleBrowser(String console, WebDriver browser) {
        this.console = console;
        this.browser = browser;
    }

    /** Starts the browser on the console of the shared end-to-end system (starting that system on first use). */
    static ConsoleBrowser open() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser test needs Debian's packages chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver); .ci/run installs them when it can");
        }
        String console = EndToEndSystem.console();
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=id-ID", "--window-size=1280,1400");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(driver, options);
        // a click that navigates (a redirect chain through the sign-in provider, say) returns before the next page
        // is there: finding an element waits for it a while
        browser.manage().timeouts().implicitlyWait(PAGE);
        return new ConsoleBrowser(console, browser);
    }

    @Override
    public void close() {
        browser.quit();
    }

    /** The WebDriver itself, for what these helpers do not cover. */
    WebDriver driver() {
        return browser;
    }

    /** Signs in through the development provider's login page, as a newcomer would. */
    void signIn(String person) {
        go("/");
        assertThat(browser.getTitle()).contains("Masuk ke Netral");
        if (!Files.exists(SCREENSHOTS.resolve("00-masuk.png"))) {
            screenshot("00-masuk");
        }
        browser.findElement(By.xpath("//button[contains(., '" + person + "')]")).click();
        see(() -> assertThat(text()).contains("Selamat datang, " + person));
    }

    void signOut() {
        click("//button[normalize-space()='Keluar']");
        see(() -> assertThat(text()).contains("Anda sudah keluar"));
    }

    /** Opens a console page by its path, for example {@code /verifikasi}. */
    void go(String path) {
        browser.get(console + path);
    }

    void click(String xpath) {
        browser.findElement(By.xpath(xpath)).click();
    }

    WebElement find(By by) {
        return browser.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return browser.findElements(by);
    }

    String currentUrl() {
        return browser.getCurrentUrl();
    }

    void refresh() {
        browser.navigate().refresh();
    }

    /** The page's text; a page being replaced by the next one is read again once the next one is there. */
    String text() {
        return await().atMost(PAGE).ignoreExceptionsInstanceOf(WebDriverException.class)
                .until(() -> browser.findElement(By.tagName("body")).getText(), text -> true);
    }

    /** What the page must show after an action that navigates: waited for, since the click returns first. */
    void see(Runnable expectation) {
        await().atMost(PAGE).untilAsserted(expectation::run);
    }

    /** What the page must show once other services have done their part: the page is reloaded until it does. */
    void seeAfterReloads(Duration atMost, Runnable expectation) {
        await().atMost(atMost).untilAsserted(() -> {
            refresh();
            expectation.run();
        });
    }

    void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot as a phone shows the page (390 x 844), the window put back afterwards. */
    void phoneScreenshot(String name) {
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot(name);
        browser.manage().window().setSize(new Dimension(1280, 1400));
    }
}
