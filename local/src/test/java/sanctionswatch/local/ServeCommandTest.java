package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import sanctionswatch.functions.AwsClients;
import sanctionswatch.json.Json;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Topic;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/sanctions-watch serve} as a newcomer runs it (issue 15, Done-when 1): the command in a JVM of its own,
 * its printed exports, {@code invoke ScanArticleFunction -e events/scan-article.json} with them, the ru-kp alert's
 * JSON document read from a queue subscribed to the alert topic, its {@code reviewUrl} opened (200, the page with
 * Mkrtychev and both countries marked) and refused with one character of its signature changed (403); the watches
 * routes there too; then stopped as by Ctrl-C, after which nothing listens any more.
 */
class ServeCommandTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern EXPORT = Pattern.compile("^export ([A-Z0-9_]+)=(.*)$", Pattern.MULTILINE);

    @Test
    void anInvokedScansAlertOpensItsReviewPageUnderServeAndCtrlCStopsEverything() throws Exception {
        Path out = Files.createTempFile("serve", ".out");
        Path err = Files.createTempFile("serve", ".err");
        Path root = TemplateResources.ROOT;
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Demulators.dir=" + root.resolve("emulators"), "-Demulators.logs=" + Path.of("target/emulator-logs")
                .toAbsolutePath(), "-Dproject.root=" + root, Main.class.getName(), "serve", "--port", "0")
                .directory(root.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            Map<String, String> exports = exports(serve, out, err);
            String base = exports.get("REVIEW_BASE_URL");
            assertTrue(base.matches("http://127\\.0\\.0\\.1:\\d+"), base);
            assertTrue(exports.keySet().containsAll(List.of("AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_SQS",
                    "AWS_ENDPOINT_URL_SNS", "AWS_ENDPOINT_URL_S3", "AWS_REGION", "REVIEW_KEY")), exports.toString());

            URI messaging = URI.create(exports.get("AWS_ENDPOINT_URL_SQS"));
            try (SqsClient sqs = Emulators.sqs(messaging, AwsClients.ATTEMPT_TIMEOUT);
                 SnsClient sns = Emulators.sns(messaging, AwsClients.ATTEMPT_TIMEOUT)) {
                String topic = sns.listTopics().topics().stream().map(Topic::topicArn)
                        .filter(a -> a.endsWith(":AlertTopic")).findFirst().orElseThrow();
                String queue = Queues.subscribe(sqs, sns, topic, "ServeSubscriberQueue", null);

                Map<String, String> shell = new HashMap<>(System.getenv());
                shell.putAll(exports);
                invoke(shell, "ScanArticleFunction", root.resolve("events/scan-article.json"));

                List<JsonNode> documents = Queues.drain(sqs, queue).stream().map(Queues::machineDocument).toList();
                JsonNode alert = ReviewDeployment.of(documents, "ru-kp");
                String link = alert.get("reviewUrl").asText();
                assertTrue(link.startsWith(base + "/alerts/ru-kp%3A"), link);

                assertTrue(printedWithin(out, link, 30), "serve prints the alert's link: " + Files.readString(out));

                HttpResponse<String> page = get(link);
                assertEquals(200, page.statusCode(), page.body());
                String html = page.body();
                assertTrue(html.contains("<dt>Watch</dt><dd>ru-kp (country-pair)</dd>"), html);
                assertTrue(Pattern.compile("<mark class=\"(strong|medium|weak)\"[^>]*>Mkrtychev</mark>").matcher(html)
                        .find(), html);
                assertTrue(Pattern.compile("<mark class=\"country\"[^>]*>Russia</mark>").matcher(html).find(), html);
                assertTrue(Pattern.compile("<mark class=\"country\"[^>]*>N(orth)? Korea</mark>").matcher(html).find(),
                        html);

                int at = link.indexOf("&s=") + 3;
                char first = link.charAt(at);
                HttpResponse<String> tampered = get(link.substring(0, at) + (first == 'A' ? 'B' : 'A')
                        + link.substring(at + 1));
                assertEquals(403, tampered.statusCode());
                assertFalse(tampered.body().contains("Mkrtychev") || tampered.body().contains("ru-kp"), tampered.body());
            }

            // The watches routes are the template's too: the default pair is the one watch.
            HttpResponse<String> watches = get(base + "/watches");
            assertEquals(200, watches.statusCode(), watches.body());
            assertEquals("ru-kp", Json.mapper().readTree(watches.body()).get("watches").get(0).get("id").asText());
            assertEquals(404, get(base + "/nowhere").statusCode());

            // Stopped as Ctrl-C stops it: SIGINT and SIGTERM run the same shutdown hook. SIGTERM, as a test run
            // in the background has SIGINT ignored, and its children with it.
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on Ctrl-C: " + Files.readString(err));
            for (String endpoint : List.of(base, exports.get("AWS_ENDPOINT_URL_DYNAMODB"),
                    exports.get("AWS_ENDPOINT_URL_SQS"))) {
                assertFalse(listening(URI.create(endpoint)), endpoint + " still answers after Ctrl-C");
            }
        } finally {
            // Asked to stop first, so its shutdown hook stops the emulators it started even when the test failed.
            if (serve.isAlive()) {
                serve.destroy();
                if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                    serve.destroyForcibly();
                }
            }
        }
    }

    @Test
    void thePortIsAFlagWithSamsDefaultAndZeroForAnyFreePort() throws Exception {
        assertEquals(3000, ServeCommand.port(List.of()));
        assertEquals(0, ServeCommand.port(List.of("--port", "0")));
        assertEquals(8080, ServeCommand.port(List.of("-p", "8080")));
        assertTrue(assertThrows(Main.UsageException.class, () -> ServeCommand.port(List.of("--port", "http")))
                .getMessage().contains("--port takes 0 to 65535"));
        assertThrows(Main.UsageException.class, () -> ServeCommand.port(List.of("--port")));
        assertThrows(Main.UsageException.class, () -> ServeCommand.port(List.of("--verbose")));
    }

    @Test
    void everyHttpApiEventOfTheTemplateIsARoute() throws Exception {
        List<String> routes = Template.read(TemplateResources.ROOT.resolve("template.yaml")).httpApiRoutes().stream()
                .map(r -> r.function() + " " + r.method() + " " + r.path()).toList();
        assertEquals(List.of("WatchesFunction GET /watches", "WatchesFunction POST /watches",
                "WatchesFunction GET /watches/{id}", "WatchesFunction DELETE /watches/{id}",
                "ReviewFunction GET /alerts/{alertId}", "ReviewFunction POST /alerts/{alertId}/decisions"), routes);
    }

    @Test
    void theKeyIsNewEachRunAndOfTheSecretsForm() {
        String a = ServeCommand.newKey();
        assertFalse(a.equals(ServeCommand.newKey()));
        assertTrue(a.matches("\\{\"keyId\":\"local\",\"key\":\"[A-Za-z0-9]{64}\"}"), a);
        assertEquals("'" + a + "'", EmulatorsCommand.shellWord(a));
        assertEquals("http://127.0.0.1:3000", EmulatorsCommand.shellWord("http://127.0.0.1:3000"));
    }

    /** The exports serve printed, once its last one is there; a failure with what it said if it ended first. */
    private static Map<String, String> exports(Process serve, Path out, Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String printed = Files.readString(out);
            if (printed.contains("\n# An alert's reviewUrl opens here.")) {
                Map<String, String> exports = new LinkedHashMap<>();
                Matcher m = EXPORT.matcher(printed);
                while (m.find()) {
                    String value = m.group(2);
                    exports.put(m.group(1), value.startsWith("'") ? value.substring(1, value.length() - 1) : value);
                }
                return exports;
            }
            if (!serve.isAlive()) {
                throw new AssertionError("serve ended with " + serve.exitValue() + ": " + printed + Files.readString(err));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve printed no exports in 120 s: " + Files.readString(out) + Files.readString(err));
    }

    /** Whether {@code text} is in {@code file} within {@code seconds}: serve prints alerts as its queue gets them. */
    private static boolean printedWithin(Path file, String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (Files.readString(file).contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** {@code bin/sanctions-watch invoke FUNCTION -e EVENT} in the shell that has the exports. */
    private static void invoke(Map<String, String> shell, String function, Path event) throws Exception {
        Path out = Files.createTempFile("invoke", ".out");
        Path err = Files.createTempFile("invoke", ".err");
        List<String> args = new ArrayList<>(List.of(function, "-e", event.toString(), "--template",
                TemplateResources.ROOT.resolve("template.yaml").toString()));
        Process p = InvokeCommand.process(args, shell).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "invoke did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertEquals(0, Json.mapper().readTree(Files.readString(out)).get("batchItemFailures").size(),
                Files.readString(out));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean listening(URI endpoint) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.getPort()), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
