package se.rodtrad.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a Chromium without downloading one: {@code CHROMIUM_PATH}, then Debian's {@code /usr/bin/chromium}.
 * With none, browser tests are skipped with the reason — except on CI ({@code CI=true}), where
 * {@code .ci/run} installs Chromium and a skip would hide a broken set-up, so they fail instead.
 */
public final class Browser {

    static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    private Browser() {
    }

    public static Optional<Path> chromium() {
        String env = System.getenv("CHROMIUM_PATH");
        for (String candidate : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    /** Launches Chromium, or skips (fails on CI) with the reason. */
    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        Optional<Path> chromium = chromium();
        String reason = "Ingen Chromium hittades (sätt CHROMIUM_PATH eller installera Debians chromium); webbläsartesterna hoppas över.";
        if (chromium.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " På CI är det ett fel: .ci/run ska ha installerat chromium.");
            }
            Assumptions.abort(reason);
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.get()).setArgs(ARGS).setHeadless(true));
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static NewContextOptions context() {
        return new NewContextOptions().setLocale("sv-SE").setViewportSize(1280, 900);
    }
}
