package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.aws.DynamoAlertStore;
import sanctionswatch.aws.DynamoArticleStore;
import sanctionswatch.aws.SnsAlertPublisher;
import sanctionswatch.country.Countries;
import sanctionswatch.scan.ScanService;
import sanctionswatch.alert.Watches;
import sanctionswatch.aws.DynamoWatchStore;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import sanctionswatch.functions.ScanArticleFunction;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.Wiring;
import sanctionswatch.review.ReviewPage;
import sanctionswatch.scan.ArticleScanner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The review page's part of the template on fresh emulators, as a deployment has it: the tables, the alert topic
 * with one subscriber queue, ScanArticleFunction with review links under a loopback {@link ApiServer} that serves
 * ReviewFunction's routes, and a loopback news site serving the AFP story of 31 March 2023 (events/) as HTML. Watches:
 * {@code ru-kp} and {@code mkrtychev} (ofac-sdn:41736). The API is {@code serve}'s ({@link LocalApi}): every route
 * of the template's HTTP API.
 */
final class ReviewDeployment implements AutoCloseable {
    /** A key of the form the deployment's secret has; a test's own, never a deployed one. */
    static final String KEY = "{\"keyId\":\"k1\",\"key\":\"TestKeyOnlyForLoopbackRunsNotDeployed0123456789abcdefgh\"}";
    private static final ArticleScanner SDN = Wiring.bundledScanner();

    final Emulators emulators;
    final DynamoDbClient dynamo;
    final SqsClient sqs;
    final SnsClient sns;
    final ApiServer api;
    final Map<String, String> scanEnv;
    final String subscriber;
    private final HttpServer site;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    final String story;

    private ReviewDeployment(Emulators emulators) throws IOException {
        this.emulators = emulators;
        dynamo = emulators.dynamo();
        sqs = emulators.sqs();
        sns = emulators.sns();
        TemplateResources resources = new TemplateResources(emulators);
        resources.createAll(dynamo, sqs, sns, emulators.s3());
        story = Files.readString(TemplateResources.ROOT.resolve("events/seed-russia-nk-arms.txt"));

        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not here" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();

        api = LocalApi.serve(0, resources, emulators, Map.of("REVIEW_KEY", KEY));

        scanEnv = new HashMap<>(resources.environment("ScanArticleFunction"));
        scanEnv.put("FETCH_ADMIT", "127.0.0.1:" + site.getAddress().getPort());
        scanEnv.put("ALERT_WINDOW_MINUTES", "0");
        scanEnv.put("REVIEW_KEY", KEY);
        scanEnv.put("REVIEW_BASE_URL", api.baseUrl());
        subscriber = Queues.subscribe(sqs, sns, scanEnv.get("ALERT_TOPIC_ARN"), "ReviewSubscriberQueue", null);
        DynamoWatchStore watches = new DynamoWatchStore(dynamo, "WatchesTable");
        watches.put(Watches.RU_KP);
        watches.put(new EntityWatch("mkrtychev", "ofac-sdn:41736"));
    }

    static ReviewDeployment start() throws IOException, InterruptedException {
        Emulators emulators = Emulators.start();
        try {
            return new ReviewDeployment(emulators);
        } catch (IOException | RuntimeException e) {
            emulators.close();
            throw e;
        }
    }

    /** Puts {@code text} (title first line, then paragraphs) on the site at {@code path} as an HTML page; its URL. */
    String publish(String path, String text) {
        String title = text.lines().findFirst().orElse("");
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>").append(ReviewPage.esc(title))
                .append("</title></head><body><article><h1>").append(ReviewPage.esc(title)).append("</h1>");
        for (String paragraph : text.substring(title.length()).strip().split("\n\\s*\n")) {
            html.append("<p>").append(ReviewPage.esc(paragraph.strip())).append("</p>");
        }
        pages.put(path, html.append("</article></body></html>").toString());
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    /** Runs ScanArticleFunction on one feed item for {@code url}; returns the machine documents the alerts delivered. */
    List<JsonNode> scan(String url, String guid) {
        Settings settings = new Settings(scanEnv);
        return scan(url, guid, Wiring.scanner(settings, () -> SDN, dynamo, () -> sns));
    }

    /**
     * The alerts as the scanner's, with review links, but with a fatigue window of an hour on {@code clock}, so a
     * test can close it: {@code new DigestFunction(deployment.windowed(clock))} then sends the digests.
     */
    AlertService windowed(Clock clock) {
        Settings settings = new Settings(scanEnv);
        return new AlertService(new DynamoAlertStore(dynamo, settings.alertsTable()),
                new SnsAlertPublisher(() -> sns, settings.alertTopicArn(), Wiring.reviewLink(settings)),
                Duration.ofMinutes(60), clock);
    }

    /** The same, delivering the alerts through {@code alerts}. */
    List<JsonNode> scan(String url, String guid, AlertService alerts) {
        Settings settings = new Settings(scanEnv);
        return scan(url, guid, new ScanService(() -> SDN, Wiring.fetcher(settings),
                new DynamoArticleStore(dynamo, settings.articlesTable(), settings.mentionsTable()),
                new DynamoWatchStore(dynamo, settings.watchesTable()), new WatchEvaluator(Countries.bundled()), alerts,
                Wiring.decisions(settings, dynamo), Clock.systemUTC()));
    }

    private List<JsonNode> scan(String url, String guid, ScanService service) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId(guid);
        m.setBody(FeedItems.toJson(new FeedItem(url, "", "2023-03-31T08:10:00Z", "", "http://127.0.0.1/feed.rss",
                guid, "review-" + guid)));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(m));
        SQSBatchResponse response = new ScanArticleFunction(service, Wiring.pages(new Settings(scanEnv)), null)
                .handleRequest(event, null);
        assertEquals(List.of(), response.getBatchItemFailures());
        return Queues.drain(sqs, subscriber).stream().map(Queues::machineDocument).toList();
    }

    /** The delivered document of watch {@code watchId} among {@code documents}. */
    static JsonNode of(List<JsonNode> documents, String watchId) {
        return documents.stream().filter(d -> d.get("watchId").asText().equals(watchId)).findFirst()
                .orElseThrow(() -> new AssertionError("no alert of " + watchId + " in " + documents));
    }

    @Override
    public void close() {
        api.close();
        site.stop(0);
        emulators.close();
    }
}
