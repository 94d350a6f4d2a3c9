package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven by its chromedriver over the W3C WebDriver HTTP protocol: the two binaries the
 * system installs ({@code apt-get install chromium chromium-driver}), nothing downloaded. A fresh profile per
 * browser, no network beyond what a page asks for, JavaScript off unless asked for. Missing binaries fail the test
 * with what to install; nothing is skipped.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** The WebDriver key of an element reference in a response. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    static final String TAB = "\uE004";
    static final String ENTER = "\uE007";

    private final Process driver;
    private final Path profile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String session;

    private Chromium(Process driver, Path profile, String base, String session) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.session = session;
    }

    /**
     * Starts chromedriver on a free loopback port and a headless browser through it.
     *
     * @param javascript whether pages may run scripts (the review page has none; it is tested with them off)
     */
    static Chromium start(boolean javascript, Path logs) throws IOException, InterruptedException {
        for (Path p : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException(p + " is missing: install Debian's browser and its driver with "
                        + "`apt-get install -y chromium chromium-driver` (.ci/run does this)");
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.createDirectories(logs);
        Process driver = new ProcessBuilder(DRIVER.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(logs.resolve("chromedriver-" + port + ".log").toFile()).start();
        Path profile = Files.createTempDirectory("sanctions-watch-chromium");
        String base = "http://127.0.0.1:" + port;
        try {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                if (!driver.isAlive()) {
                    throw new IllegalStateException(DRIVER + " exited with " + driver.exitValue() + "; see "
                            + logs.resolve("chromedriver-" + port + ".log"));
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (Json.mapper().readTree(r.body()).path("value").path("ready").asBoolean()) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(DRIVER + " was not ready within 30 s");
                }
                Thread.sleep(100);
            }
            List<String> args = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1100,1400");
            Map<String, Object> options = Map.of("binary", BROWSER.toString(), "args", args,
                    "prefs", Map.of("profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
            Map<String, Object> capabilities = Map.of("capabilities", Map.of("alwaysMatch",
                    Map.of("browserName", "chrome", "goog:chromeOptions", options)));
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/session"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(capabilities))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode value = Json.mapper().readTree(created.body()).path("value");
            if (created.statusCode() != 200 || !value.has("sessionId")) {
                throw new IllegalStateException("chromium did not start: " + value.path("message").asText(created.body()));
            }
            return new Chromium(driver, profile, base, value.get("sessionId").asText());
        } catch (IOException | RuntimeException | InterruptedException e) {
            driver.destroyForcibly();
            delete(profile);
            throw e;
        }
    }

    /** Opens {@code url} and waits for it to load. */
    void open(String url) {
        call("POST", "/url", Map.of("url", url));
    }

    String url() {
        return call("GET", "/url", null).asText();
    }

    String title() {
        return call("GET", "/title", null).asText();
    }

    /** The elements a CSS selector finds, as references. */
    List<String> find(String css) {
        List<String> out = new ArrayList<>();
        call("POST", "/elements", Map.of("using", "css selector", "value", css)).forEach(e -> out.add(e.get(ELEMENT).asText()));
        return out;
    }

    String text(String element) {
        return call("GET", "/element/" + element + "/text", null).asText();
    }

    /** An attribute's value, or null when the element has none. */
    String attribute(String element, String name) {
        JsonNode v = call("GET", "/element/" + element + "/attribute/" + name, null);
        return v.isNull() ? null : v.asText();
    }

    String tag(String element) {
        return call("GET", "/element/" + element + "/name", null).asText();
    }

    /** The element that has the keyboard focus. */
    String focused() {
        return call("GET", "/element/active", null).get(ELEMENT).asText();
    }

    /** Presses and releases one key ({@link #TAB}, {@link #ENTER}) on whatever has the focus. */
    void press(String key) {
        call("POST", "/actions", Map.of("actions", List.of(Map.of("type", "key", "id", "keyboard",
                "actions", List.of(Map.of("type", "keyDown", "value", key), Map.of("type", "keyUp", "value", key))))));
        call("DELETE", "/actions", null);
    }

    void resize(int width, int height) {
        call("POST", "/window/rect", Map.of("width", width, "height", height));
    }

    /** A PNG of the page's viewport, written to {@code file}. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(call("GET", "/screenshot", null).asText()));
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/session/" + session + path))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
            b.method(method, body == null ? (method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                    : HttpRequest.BodyPublishers.noBody()) : HttpRequest.BodyPublishers.ofString(Json.write(body)));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = Json.mapper().readTree(r.body()).path("value");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("WebDriver " + method + " " + path + ": " + value.path("error").asText()
                        + ": " + value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("WebDriver " + method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            call("DELETE", "", null);
        } catch (RuntimeException alreadyGone) {
            // the driver is stopped below whatever the session's state
        }
        driver.destroy();
        try {
            if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            driver.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        delete(profile);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
