package id.netral.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A browser test of the console: the packaged system all browser tests share, started once ({@link EndToEndSystem}),
 * and a headless Chromium of the test's own, closed after its last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleBrowserTest {
    protected LocalSystem system;
    protected ConsoleBrowser browser;

    @BeforeAll
    void openBrowser() {
        system = EndToEndSystem.get();
        browser = ConsoleBrowser.open();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
