package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.article.ArticleIds;
import sanctionswatch.aws.DynamoAlertStore;
import sanctionswatch.aws.DynamoArticleStore;
import sanctionswatch.aws.DynamoWatchStore;
import sanctionswatch.aws.SnsAlertPublisher;
import sanctionswatch.country.Countries;
import sanctionswatch.functions.DigestFunction;
import sanctionswatch.functions.PollFeedsFunction;
import sanctionswatch.functions.ScanArticleFunction;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.Wiring;
import sanctionswatch.json.Json;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.ScanService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on the emulators through the real SDK clients: a feed on a loopback server, PollFeedsFunction,
 * the SQS queue, ScanArticleFunction, the DynamoDB tables, the SNS topic and two subscriber queues with filter
 * policies. Resources come from template.yaml itself.
 */
class PipelineTest {
    private static Deployment aws;
    private static DynamoDbClient dynamo;
    private static SqsClient sqs;
    private static SnsClient sns;
    private static NewsSite site;
    private static String feedUrl;
    private static String articleUrl;
    private static String watchedQueue;
    private static String otherQueue;
    private static ScanArticleFunction scanner;
    private static final ArticleScanner SDN = Wiring.bundledScanner();
    private static Map<String, String> pollEnv;
    private static Map<String, String> scanEnv;
    private static String digestQueue;
    private static String highQueue;

    @BeforeAll
    static void start() throws Exception {
        site = NewsSite.empty();
        // Every article alerts here (the deployment's scanner environment has no fatigue window);
        // fatigueWindowHoldsRepeatsBackAndSendsOneDigest turns the window on.
        aws = Deployment.start(site, List.of());
        dynamo = aws.dynamo;
        sqs = aws.sqs;
        sns = aws.sns;
        pollEnv = aws.pollEnv;
        scanEnv = aws.scanEnv;

        watchedQueue = subscribe(aws.topicArn, "WatchedSubscriberQueue",
                aws.resources.filterPolicy("AlertEmailSubscription"));
        otherQueue = subscribe(aws.topicArn, "OtherSubscriberQueue", "{\"watchId\":[\"lazarus\"]}");
        digestQueue = subscribe(aws.topicArn, "DigestSubscriberQueue", "{\"kind\":[\"digest\"]}");
        highQueue = subscribe(aws.topicArn, "HighSeveritySubscriberQueue", "{\"severity\":[\"high\"]}");

        feedUrl = site.base() + "/world.rss";
        articleUrl = site.base() + "/2023/03/31/russia-nk-arms?utm_source=rss";
        String story = Files.readString(TemplateResources.ROOT.resolve("events/seed-russia-nk-arms.txt"));
        String page = "<html><head><title>AFP</title><script>var Kim = 'Kim Jong Un';</script></head><body>"
                + "<nav>Home | World | Lazarus Group explainer</nav><article>"
                + story.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").collect(Collectors.joining())
                + "</article><footer>© AFP</footer></body></html>";
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>World</title>"
                + "<item><title>Russia seeking arms from N Korea for Ukraine war (loopback copy)</title>"
                + "<link>" + articleUrl.replace("&", "&amp;") + "</link><guid>afp-1</guid>"
                + "<pubDate>Fri, 31 Mar 2023 09:15:00 GMT</pubDate><description>Short summary.</description></item>"
                + "<item><title>Hackers again</title><link>http://127.0.0.1:1/gone</link><guid>afp-2</guid>"
                + "<description>&lt;p&gt;Crypto thefts by the Lazarus Group continue, investigators say.&lt;/p&gt;"
                + "</description></item></channel></rss>";
        site.serve("/world.rss", NewsSite.File.of(rss.getBytes(StandardCharsets.UTF_8)).withEtag("\"v1\""));
        site.serve("/2023/03/31/russia-nk-arms", NewsSite.File.of("text/html; charset=utf-8", page));
        scanner = new ScanArticleFunction(Wiring.scanner(new Settings(scanEnv), () -> SDN, dynamo, () -> sns),
                Wiring.pages(new Settings(scanEnv)), null);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (aws != null) {
            aws.close();
        }
    }

    private static String subscribe(String topicArn, String queue, String filterPolicy) {
        return Queues.subscribe(sqs, sns, topicArn, queue, filterPolicy);
    }

    private static List<Message> drain(String queueUrl) {
        return Queues.drain(sqs, queueUrl);
    }

    private static SQSEvent asEvent(List<Message> messages) {
        return Queues.asEvent(messages);
    }

    private static JsonNode machineDocument(Message delivered) {
        return Queues.machineDocument(delivered);
    }

    @Test
    void fatigueWindowHoldsRepeatsBackAndSendsOneDigest() throws Exception {
        new DynamoWatchStore(dynamo, "WatchesTable")
                .put(new EntityWatch("lazarus-digest", "ofac-sdn:27307"));
        Instant t0 = Instant.now();
        AtomicReference<Instant> now = new AtomicReference<>(t0);
        Clock clock = clockAt(now);
        AlertService windowed = new AlertService(
                new DynamoAlertStore(dynamo, "AlertsTable"),
                new SnsAlertPublisher(sns, scanEnv.get("ALERT_TOPIC_ARN")),
                Duration.ofMinutes(60), clock);
        ScanArticleFunction function = scannerWith(windowed);
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("lazarus-" + i);
            m.setBody("{\"url\":\"http://127.0.0.1:1/lazarus/" + i + "\",\"title\":\"Heist " + i
                    + "\",\"summary\":\"Investigators blame the Lazarus Group.\"}");
            records.add(m);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        assertEquals(List.of(), function.handleRequest(event, null).getBatchItemFailures());
        assertEquals(List.of(), function.handleRequest(event, null).getBatchItemFailures(), "redelivered");

        List<Message> high = drain(highQueue);
        assertEquals(1, high.size(), "one alert per window");
        assertEquals("http://127.0.0.1:1/lazarus/1", machineDocument(high.get(0)).get("article").get("url").asText());
        assertEquals(List.of(), drain(digestQueue));
        assertEquals(0, new DigestFunction(windowed).handleRequest(null, null).get("digests"), "window still open");

        now.set(t0.plusSeconds(3601));
        assertEquals(1, new DigestFunction(windowed).handleRequest(null, null).get("digests"));
        assertEquals(0, new DigestFunction(windowed).handleRequest(null, null).get("digests"), "sent once");
        List<Message> digests = drain(digestQueue);
        assertEquals(1, digests.size());
        JsonNode digest = machineDocument(digests.get(0));
        assertEquals("digest", digest.get("kind").asText());
        assertEquals("http://127.0.0.1:1/lazarus/2\nhttp://127.0.0.1:1/lazarus/3", digest.get("quote").asText());
        assertTrue(digest.get("reason").asText().startsWith("2 more articles about LAZARUS GROUP (lazarus-digest)"),
                digest.get("reason").asText());
        new DynamoWatchStore(dynamo, "WatchesTable").remove("lazarus-digest");
    }

    /** The scanner on the emulators' tables, delivering its alerts through {@code alerts}. */
    private static ScanArticleFunction scannerWith(AlertService alerts) {
        return new ScanArticleFunction(new ScanService(() -> SDN,
                Wiring.fetcher(new Settings(scanEnv)),
                new DynamoArticleStore(dynamo, "ArticlesTable", "MentionsTable"),
                new DynamoWatchStore(dynamo, "WatchesTable"),
                new WatchEvaluator(Countries.bundled()), alerts),
                Wiring.pages(new Settings(scanEnv)), null);
    }

    /** A clock that reads {@code now}, which the test moves. */
    private static Clock clockAt(AtomicReference<Instant> now) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    private static List<Map<String, AttributeValue>> mentions(String articleId) {
        return dynamo.query(b -> b.tableName("MentionsTable").keyConditionExpression("articleId = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(articleId)))).items();
    }

    @Test
    void feedToAlertOnceEvenWhenEverythingIsDeliveredTwice() throws Exception {
        String articleQueue = pollEnv.get("ARTICLE_QUEUE_URL");
        PollFeedsFunction poll = new PollFeedsFunction(Wiring.poller(new Settings(pollEnv), dynamo, sqs), List.of(feedUrl));
        Map<String, Object> report = poll.handleRequest(
                EventLoader.loadScheduledEvent(TemplateResources.ROOT.resolve("events/poll-feeds.json").toString()), null);
        assertEquals(2, report.get("newItems"));
        Map<String, AttributeValue> state = dynamo.getItem(b -> b.tableName("FeedsTable").key(Map.of(
                "feedUrl", AttributeValue.fromS(feedUrl), "itemKey", AttributeValue.fromS("state")))).item();
        assertEquals("\"v1\"", state.get("etag").s());

        List<Message> queued = drain(articleQueue);
        assertEquals(2, queued.size());
        assertEquals(0, poll.handleRequest(null, null).get("newItems"));
        assertEquals(1L, poll.handleRequest(null, null).get("notModified"));
        assertEquals(List.of(), drain(articleQueue));

        SQSEvent event = asEvent(queued);
        SQSBatchResponse first = scanner.handleRequest(event, null);
        assertEquals(List.of(), first.getBatchItemFailures());

        String afp = ArticleIds.of(articleUrl);
        Map<String, AttributeValue> article = dynamo.getItem(b -> b.tableName("ArticlesTable")
                .key(Map.of("articleId", AttributeValue.fromS(afp)))).item();
        assertEquals("page", article.get("textSource").s());
        assertEquals(Set.of("CN", "KP", "RU", "SK", "UA", "US"), new HashSet<>(article.get("countries").ss()));
        List<Map<String, AttributeValue>> found = mentions(afp);
        Set<String> entities = found.stream().map(m -> m.get("entityId").s()).collect(Collectors.toSet());
        assertEquals(Set.of("ofac-sdn:41736", "ofac-sdn:22543", "ofac-sdn:35096"), entities);
        assertTrue(found.stream().anyMatch(m -> m.get("matched").s().equals("Ashot Mkrtychev")
                && m.get("rule").s().equals("reordered")));

        String gone = ArticleIds.of("http://127.0.0.1:1/gone");
        Map<String, AttributeValue> fallback = dynamo.getItem(b -> b.tableName("ArticlesTable")
                .key(Map.of("articleId", AttributeValue.fromS(gone)))).item();
        assertEquals("summary", fallback.get("textSource").s());
        assertEquals(List.of("ofac-sdn:27307"), mentions(gone).stream().map(m -> m.get("entityId").s()).toList());

        List<Message> alerts = drain(watchedQueue);
        assertEquals(1, alerts.size());
        JsonNode envelope = Json.mapper().readTree(alerts.get(0).body());
        JsonNode doc = machineDocument(alerts.get(0));
        assertEquals("ru-kp", doc.get("watchId").asText());
        assertEquals(1, doc.get("version").asInt());
        assertEquals(ArticleIds.canonical(articleUrl), doc.get("article").get("url").asText());
        assertEquals("ru-kp", envelope.get("MessageAttributes").get("watchId").get("Value").asText());
        assertEquals("medium", envelope.get("MessageAttributes").get("severity").get("Value").asText());
        assertEquals(doc.get("correlationId").asText(),
                envelope.get("MessageAttributes").get("correlationId").get("Value").asText());
        assertEquals(List.of(), drain(highQueue), "a country pair is medium severity");
        assertEquals(List.of(), drain(digestQueue));
        assertFalse(envelope.get("Subject").asText().contains("\n"));
        assertEquals(List.of(), drain(otherQueue), "the other subscriber's filter excludes this watch");

        // SQS delivers at least once: the same batch again changes nothing and alerts nobody.
        int before = found.size();
        assertEquals(List.of(), scanner.handleRequest(event, null).getBatchItemFailures());
        assertEquals(before, mentions(afp).size());
        assertEquals(List.of(), drain(watchedQueue));
        Map<String, AttributeValue> alert = dynamo.getItem(b -> b.tableName("AlertsTable")
                .key(Map.of("alertId", AttributeValue.fromS("ru-kp:" + afp)))).item();
        assertEquals("SENT", alert.get("status").s());
    }

    @Test
    void theSampleEventScansTheStoryFromItsSummaryAndAlerts() throws Exception {
        SQSEvent event = EventLoader.loadSQSEvent(TemplateResources.ROOT.resolve("events/scan-article.json").toString());
        assertEquals(List.of(), scanner.handleRequest(event, null).getBatchItemFailures());
        String id = ArticleIds.of(Json.mapper().readTree(event.getRecords().get(0).getBody()).get("url").asText());
        Set<String> entities = mentions(id).stream().map(m -> m.get("entityId").s()).collect(Collectors.toSet());
        assertEquals(Set.of("ofac-sdn:41736", "ofac-sdn:22543", "ofac-sdn:35096"), entities);
        List<Message> alerts = drain(watchedQueue);
        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).body().contains("ru-kp:" + id));
    }

    @Test
    void aMalformedMessageFailsAloneAndTheRestOfTheBatchIsScanned() {
        SQSEvent.SQSMessage bad = new SQSEvent.SQSMessage();
        bad.setMessageId("bad-1");
        bad.setBody("not json at all");
        SQSEvent.SQSMessage noUrl = new SQSEvent.SQSMessage();
        noUrl.setMessageId("bad-2");
        noUrl.setBody("{\"title\":\"no url\"}");
        SQSEvent.SQSMessage good = new SQSEvent.SQSMessage();
        good.setMessageId("good-1");
        good.setBody("{\"url\":\"http://127.0.0.1:1/x\",\"title\":\"Kim Jong Un visits\",\"summary\":\"Talks.\"}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(bad, noUrl, good));
        SQSBatchResponse response = scanner.handleRequest(event, null);
        assertEquals(List.of("bad-1", "bad-2"), response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(List.of("ofac-sdn:20157"), mentions(ArticleIds.of("http://127.0.0.1:1/x")).stream()
                .map(m -> m.get("entityId").s()).toList());
    }

    @Test
    void anSnsOutageDelaysAnAlertButLosesNoneAndDoublesNone() throws Exception {
        new DynamoWatchStore(dynamo, "WatchesTable")
                .put(new EntityWatch("kim-outage", "ofac-sdn:20157"));
        Instant t0 = Instant.now();
        AtomicReference<Instant> now = new AtomicReference<>(t0);
        Clock clock = clockAt(now);
        DynamoAlertStore alertStore = new DynamoAlertStore(dynamo, "AlertsTable");
        // SNS "down": the topic does not exist, so every publish fails.
        AlertService down = new AlertService(alertStore,
                new SnsAlertPublisher(sns, scanEnv.get("ALERT_TOPIC_ARN") + "-missing"),
                Duration.ZERO, clock);
        ScanArticleFunction scanner = scannerWith(down);
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId("outage-1");
        m.setBody("{\"url\":\"http://127.0.0.1:1/outage\",\"title\":\"Summit\",\"summary\":\"Kim Jong Un arrived.\"}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(m));
        for (int receive = 1; receive <= 5; receive++) {
            assertEquals(List.of("outage-1"), scanner.handleRequest(event, null).getBatchItemFailures().stream()
                    .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList(), "receive " + receive);
        }
        // The message would now be in the dead-letter queue; the alert is recorded, pending.
        AlertService up = new AlertService(alertStore,
                new SnsAlertPublisher(sns, scanEnv.get("ALERT_TOPIC_ARN")), Duration.ZERO, clock);
        assertEquals(0, new DigestFunction(up).handleRequest(null, null).get("republished"), "too fresh to sweep");
        now.set(t0.plusSeconds(16 * 60));
        assertEquals(1, new DigestFunction(up).handleRequest(null, null).get("republished"));
        assertEquals(0, new DigestFunction(up).handleRequest(null, null).get("republished"));
        List<Message> high = drain(highQueue);
        assertEquals(1, high.size());
        assertEquals("kim-outage", machineDocument(high.get(0)).get("watchId").asText());
        new DynamoWatchStore(dynamo, "WatchesTable").remove("kim-outage");
    }

    @Test
    void aStorySyndicatedUnderTwoUrlsAlertsOnce() throws Exception {
        String story = "Pyongyang shipped shells to Russia, officials said, in a deal worth millions. "
                + "The transfer went by rail through the border town, the report added.";
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (String site : List.of("http://127.0.0.1:1/paper-a/story", "http://127.0.0.1:1/paper-b/story-copy")) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId(site);
            m.setBody(Json.write(Map.of("url", site, "title", "Arms for Russia by rail", "summary", story)));
            records.add(m);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        drain(watchedQueue);
        assertEquals(List.of(), scanner.handleRequest(event, null).getBatchItemFailures());
        List<Message> alerts = drain(watchedQueue);
        assertEquals(1, alerts.size(), "one alert for the story");
        assertEquals("http://127.0.0.1:1/paper-a/story", machineDocument(alerts.get(0)).get("article").get("url").asText());
    }

    /** What a killed invocation looks like from inside: nothing after it runs, nothing catches it. */
    private static final class Crash extends Error {
        Crash() {
            super("the scanner was stopped");
        }
    }

    @Test
    void aScannerStoppedBetweenWritingMentionsAndPublishingLeavesTheNextDeliveryToFinish() throws Exception {
        new DynamoWatchStore(dynamo, "WatchesTable")
                .put(new EntityWatch("lazarus-crash", "ofac-sdn:27307"));
        DynamoAlertStore alertStore = new DynamoAlertStore(dynamo, "AlertsTable");
        ScanArticleFunction crashing = scannerWith(new AlertService(alertStore, a -> {
            throw new Crash();
        }));
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId("crash-1");
        m.setBody("{\"url\":\"http://127.0.0.1:1/crash\",\"title\":\"Heist\",\"summary\":\"The Lazarus Group "
                + "struck again. Later the Lazarus Group denied it.\"}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(m));
        assertThrows(Crash.class, () -> crashing.handleRequest(event, null));
        String id = ArticleIds.of("http://127.0.0.1:1/crash");
        List<Map<String, AttributeValue>> before = mentions(id);
        assertEquals(2, before.size(), "mentions were written before the stop");

        // SQS delivers the message again after its visibility timeout, to a healthy scanner.
        ScanArticleFunction healthy = scannerWith(new AlertService(alertStore,
                new SnsAlertPublisher(sns, scanEnv.get("ALERT_TOPIC_ARN"))));
        assertEquals(List.of(), healthy.handleRequest(event, null).getBatchItemFailures());
        assertEquals(List.of(), healthy.handleRequest(event, null).getBatchItemFailures(), "and once more");
        assertEquals(before, mentions(id), "no mention doubled");
        List<Message> alerts = drain(highQueue);
        assertEquals(1, alerts.size(), "the alert, once");
        assertEquals("lazarus-crash", machineDocument(alerts.get(0)).get("watchId").asText());
        new DynamoWatchStore(dynamo, "WatchesTable").remove("lazarus-crash");
    }

    @Test
    void aFailingFeedBacksOffThroughItsStateInTheTable() {
        String missing = feedUrl.replace("/world.rss", "/missing.rss");
        PollFeedsFunction poll = new PollFeedsFunction(Wiring.poller(new Settings(pollEnv), dynamo, sqs), List.of(missing));
        assertEquals(1L, poll.handleRequest(null, null).get("failed"));
        Map<String, AttributeValue> state = dynamo.getItem(b -> b.tableName("FeedsTable").key(Map.of(
                "feedUrl", AttributeValue.fromS(missing), "itemKey", AttributeValue.fromS("state")))).item();
        assertEquals("1", state.get("failures").n());
        assertTrue(Long.parseLong(state.get("notBefore").n()) > Instant.now().getEpochSecond() + 200);
        Map<String, Object> again = poll.handleRequest(null, null);
        assertEquals(1L, again.get("backingOff"));
        assertEquals(0L, again.get("failed"));
    }

    @Test
    void theDeadLetterQueueIsWiredAsTheTemplateSays() {
        String queueUrl = pollEnv.get("ARTICLE_QUEUE_URL");
        String policy = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                .attributes().get(QueueAttributeName.REDRIVE_POLICY);
        assertNotNull(policy);
        assertTrue(policy.contains("ArticleDeadLetterQueue") && policy.contains("5"), policy);
    }

    @Test
    void watchesAreManagedInTheTable() throws Exception {
        DynamoWatchStore store = new DynamoWatchStore(dynamo, "WatchesTable");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, WatchCommand.run(List.of("add", "entity:ofac-sdn:27307", "--id", "lazarus"), print, store));
        assertEquals(0, WatchCommand.run(List.of("list"), print, store));
        String listed = out.toString(StandardCharsets.UTF_8);
        assertTrue(listed.contains("lazarus\tentity ofac-sdn:27307"), listed);
        assertTrue(listed.contains("ru-kp\tpair RU+KP (same paragraph)"), listed);
        assertEquals(0, WatchCommand.run(List.of("remove", "lazarus"), print, store));
        assertEquals(1, WatchCommand.run(List.of("remove", "lazarus"), print, store));
        assertEquals(List.of("ru-kp"), store.list().stream().map(w -> w.id()).toList());
    }
}
