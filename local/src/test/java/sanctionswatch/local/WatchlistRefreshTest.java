package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.article.ArticleIds;
import sanctionswatch.aws.DynamoWatchStore;
import sanctionswatch.country.Countries;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import sanctionswatch.functions.ScanArticleFunction;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.WatchlistRefreshFunction;
import sanctionswatch.functions.Wiring;
import sanctionswatch.json.Json;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.lists.refresh.ListVersion;
import sanctionswatch.lists.refresh.ListVersions;
import sanctionswatch.lists.refresh.WatchlistDiff;
import sanctionswatch.review.Decision;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.LiveScanner;
import sanctionswatch.text.Digests;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The list refresh on the emulators, as deployed: WatchlistRefreshFunction downloads the lists from a loopback site,
 * stores each compiled version in S3 and its record in DynamoDB, tells the list-changes topic; the scanner picks a
 * new version up between batches; a truncated, broken or missing download leaves the good version in use.
 */
class WatchlistRefreshTest {
    private static final Path SDN_TRIO = TemplateResources.ROOT
            .resolve("functions/src/main/resources/sanctionswatch/lists/ofac_sdn");
    private static final Path NEWER_SDN = TemplateResources.ROOT
            .resolve("functions/src/test/resources/sanctionswatch/lists/ofac_sdn_20240503/sdn.csv");

    private static Deployment aws;
    private static DynamoDbClient dynamo;
    private static SqsClient sqs;
    private static SnsClient sns;
    private static S3Client s3;
    private static Map<String, String> refreshEnv;
    private static Map<String, String> scanEnv;
    private static String subscriber;
    private static String alertSubscriber;
    /** Serves the list files, or an HTTP status for a failing one. */
    private static NewsSite site;

    @BeforeAll
    static void start() throws Exception {
        site = NewsSite.empty();
        aws = Deployment.start(site, List.of());
        dynamo = aws.dynamo;
        sqs = aws.sqs;
        sns = aws.sns;
        s3 = aws.s3;
        refreshEnv = new HashMap<>(aws.refreshEnv);
        refreshEnv.put("LIST_SOURCES", "ofac-sdn=" + site.base() + "/ofac/sdn.csv " + site.base() + "/ofac/alt.csv "
                + site.base() + "/ofac/add.csv");
        scanEnv = new HashMap<>(aws.resources.environment("ScanArticleFunction"));
        subscriber = Queues.subscribe(sqs, sns, refreshEnv.get("LIST_CHANGES_TOPIC_ARN"), "ListChangesQueue", null);
        alertSubscriber = Queues.subscribe(sqs, sns, scanEnv.get("ALERT_TOPIC_ARN"), "AlertsQueue", null);
    }

    /** Each test starts with no version published, as a fresh deployment. */
    @BeforeEach
    void noVersionYet() {
        dynamo.deleteItem(b -> b.tableName("ListVersionsTable").key(Map.of("id", AttributeValue.fromS("current"))));
        Queues.drain(sqs, subscriber);
        Queues.drain(sqs, alertSubscriber);
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

    private static WatchlistRefreshFunction refresher(String sources) {
        Map<String, String> env = new HashMap<>(refreshEnv);
        if (sources != null) {
            env.put("LIST_SOURCES", sources);
        }
        Settings settings = new Settings(env);
        return new WatchlistRefreshFunction(settings, versions(settings), dynamo, sns);
    }

    private static ListVersions versions(Settings settings) {
        return Wiring.listVersions(settings, () -> s3, dynamo);
    }

    private static void serveTrio(Path sdn) throws IOException {
        site.serve("/ofac/sdn.csv", NewsSite.File.of(Files.readAllBytes(sdn)));
        site.serve("/ofac/alt.csv", NewsSite.File.of(Files.readAllBytes(SDN_TRIO.resolve("alt.csv"))));
        site.serve("/ofac/add.csv", NewsSite.File.of(Files.readAllBytes(SDN_TRIO.resolve("add.csv"))));
    }

    private static Map<String, AttributeValue> currentRecord() {
        return dynamo.getItem(b -> b.tableName("ListVersionsTable").key(Map.of("id", AttributeValue.fromS("current"))))
                .item();
    }

    /** The one list-changes message delivered since the last call: its SNS envelope. */
    private static JsonNode told() throws IOException {
        List<Message> messages = Queues.drain(sqs, subscriber);
        assertEquals(1, messages.size(), "one message per refresh worth telling");
        return Json.mapper().readTree(messages.get(0).body());
    }

    /** Scans one feed item naming {@code text} through the function; the entity ids stored for it. */
    private static List<String> scanned(ScanArticleFunction scanner, String url, String text) {
        FeedItem item = new FeedItem(url, "Treasury designations", null, text, "https://news.example/feed",
                url, url);
        Message m = Message.builder().messageId(url).receiptHandle(url).body(FeedItems.toJson(item)).build();
        assertTrue(scanner.handleRequest(Queues.asEvent(List.of(m)), null).getBatchItemFailures().isEmpty());
        return mentionsOf(url);
    }

    private static List<String> mentionsOf(String url) {
        return dynamo.scan(b -> b.tableName("MentionsTable")).items().stream()
                .filter(i -> i.get("articleId").s().equals(ArticleIds.of(url)))
                .map(i -> i.get("entityId").s()).distinct().sorted().toList();
    }

    @Test
    void newListsArePublishedPickedUpByTheScannerAndABadDownloadNeverReplacesThem() throws Exception {
        // A scanner started before any version exists runs on the bundled list.
        Settings scanSettings = new Settings(scanEnv);
        LiveScanner live = LiveScanner.start(versions(scanSettings), Duration.ZERO, Clock.systemUTC(),
                Wiring::bundledScanner);
        assertEquals(LiveScanner.BUNDLED, live.version());
        ScanArticleFunction scanner = new ScanArticleFunction(Wiring.scanner(scanSettings, live, dynamo, () -> sns),
                Wiring.pages(scanSettings), live);

        // An organisation the newer SDN snapshot designates, which the bundled one does not have.
        Watchlist bundled = OfacSdnCsv.bundled();
        Watchlist newer = new ListFiles(Countries.bundled()).read(NEWER_SDN).list();
        Entity designated = WatchlistDiff.between(bundled, newer).added().stream()
                .filter(e -> e.type() == EntityType.ORGANISATION && e.name().split(" ").length >= 3)
                .findFirst().orElseThrow();
        String text = "The Treasury on Friday designated " + designated.name() + " for its dealings with Moscow.";
        assertFalse(scanned(scanner, "https://news.example/before", text).contains(designated.id()));

        // First refresh: the official trio as served today becomes version 1.
        serveTrio(SDN_TRIO.resolve("sdn.csv"));
        Map<String, Object> first = refresher(null).handleRequest(null, null);
        assertEquals("UPDATED", first.get("outcome"), first.toString());
        assertEquals(bundled.size(), first.get("entities"));
        String v1 = (String) first.get("version");
        assertEquals(v1, currentRecord().get("version").s());
        assertEquals("lists/" + v1 + ".swl", currentRecord().get("key").s());
        long stored = s3.headObject(b -> b.bucket("listsbucket").key("lists/" + v1 + ".swl")).contentLength();
        assertEquals(Long.parseLong(currentRecord().get("bytes").n()), stored);
        // Beside it, the matcher's index a scanner's cold start reads, under the digest its record keeps.
        byte[] index = s3.getObjectAsBytes(b -> b.bucket("listsbucket").key("lists/" + v1 + ".swx")).asByteArray();
        assertEquals(Digests.sha256(index), currentRecord().get("indexSha256").s());
        JsonNode message = told();
        assertEquals("Sanctions lists changed: 0 added, 0 removed, 0 changed", message.get("Subject").asText());
        assertEquals("updated", message.get("MessageAttributes").get("outcome").get("Value").asText());

        // The same lists again: nothing published, nobody told.
        Map<String, Object> same = refresher(null).handleRequest(null, null);
        assertEquals("UNCHANGED", same.get("outcome"));
        assertEquals(v1, same.get("version"));
        assertTrue(Queues.drain(sqs, subscriber).isEmpty());

        // Someone watches the entity before it is listed; the story above was stored a moment ago.
        new DynamoWatchStore(dynamo, "WatchesTable")
                .put(new EntityWatch("watched-designation", designated.id()));
        // Another site's story names it in the same words, and an analyst decided, on an alert of this watch from that
        // site, that those words there mean someone else: its retro alert is kept quiet, as a live one would be.
        String elsewhere = "https://other.example/elsewhere";
        String otherText = "Shipping records show " + designated.name() + " moved cargo through the port last week.";
        assertFalse(scanned(scanner, elsewhere, otherText).contains(designated.id()));
        String words = ArticleScanner.of(new Watchlist(List.of(designated))).scan(otherText).mentions().stream()
                .map(m -> Decision.fold(m.matched())).collect(Collectors.toSet()).stream()
                .collect(Collectors.collectingAndThen(Collectors.toSet(), Decision::words));
        Decision notThisEntry = new Decision("watched-designation:" + ArticleIds.of("https://other.example/earlier"),
                "watched-designation", ArticleIds.of("https://other.example/earlier"), "other.example",
                Decision.Action.NOT_THIS_ENTRY, designated.id(), words, Instant.now(), null, "k1/0");
        Wiring.decisions(new Settings(refreshEnv), dynamo).put(notThisEntry);

        // The newer snapshot (sdn.csv alone): a new version, with its changes told.
        String base = site.base();
        site.serve("/ofac/sdn.csv", NewsSite.File.of(Files.readAllBytes(NEWER_SDN)));
        String sdnAlone = "ofac-sdn=" + base + "/ofac/sdn.csv";
        Map<String, Object> second = refresher(sdnAlone).handleRequest(null, null);
        assertEquals("UPDATED", second.get("outcome"));
        assertEquals("1256 added, 112 removed, 30 changed", second.get("changes"));
        String v2 = (String) second.get("version");
        assertEquals(v2, currentRecord().get("version").s());
        message = told();
        assertEquals("Sanctions lists changed: 1256 added, 112 removed, 30 changed", message.get("Subject").asText());
        assertTrue(message.get("Message").asText().contains(designated.name() + " [" + designated.id()),
                message.get("Message").asText());

        // The stored stories, scanned again for the new entries: their mentions added, the watch alerted by the one no
        // decision keeps quiet, all told.
        assertEquals(List.of(designated.id()), mentionsOf("https://news.example/before"));
        assertEquals(List.of(designated.id()), mentionsOf(elsewhere));
        assertEquals(List.of(notThisEntry.id()), dynamo.scan(b -> b.tableName("MentionsTable")).items().stream()
                .filter(i -> i.get("articleId").s().equals(ArticleIds.of(elsewhere)))
                .map(i -> i.get("flagged") == null ? "not flagged" : i.get("flagged").s()).distinct().toList(),
                "the quiet story's mention stays stored, flagged with the decision");
        assertEquals(2, second.get("retroFound"), second.toString());
        assertTrue(message.get("Message").asText().contains("Treasury designations <https://news.example/before> "
                + designated.id()), message.get("Message").asText());
        List<Message> alerts = Queues.drain(sqs, alertSubscriber);
        assertEquals(1, alerts.size(), "none for the story the decision keeps quiet");
        JsonNode alert = Queues.machineDocument(alerts.get(0));
        assertEquals("retro", alert.get("kind").asText());
        assertEquals("watched-designation", alert.get("watchId").asText());
        assertEquals(ArticleIds.of("https://news.example/before"), alert.get("article").get("id").asText());
        Map<String, Object> rerun = refresher(sdnAlone).handleRequest(null, null);
        assertEquals("UNCHANGED", rerun.get("outcome"));
        assertFalse(rerun.containsKey("retroFound"), "the version's retro-scan ran once");

        // The scanner takes the new version before its next batch, without a restart.
        assertEquals(List.of(designated.id()), scanned(scanner, "https://news.example/after", text));
        assertEquals(v2, live.version());
        ListVersion stored2 = versions(scanSettings).current().orElseThrow();
        assertEquals(List.of(designated.id()), ArticleScanner.of(versions(scanSettings).load(stored2),
                versions(scanSettings).index(stored2).orElseThrow()).scan(text).mentions().stream()
                .map(m -> m.entity().id()).toList(), "the stored index is the new version's");
        assertTrue(Queues.drain(sqs, alertSubscriber).isEmpty(),
                "the same story under another URL does not alert the watch again");

        // A download cut short (at the end of a line: cut inside a record, it is a broken file) is refused: the
        // version in use stays, the refusal is told.
        byte[] whole = Files.readAllBytes(NEWER_SDN);
        String text4 = new String(whole, StandardCharsets.ISO_8859_1);
        site.serve("/ofac/sdn.csv", NewsSite.File.of(text4.substring(0, text4.indexOf('\n', whole.length / 4) + 1)
                .getBytes(StandardCharsets.ISO_8859_1)));
        Map<String, Object> cut = refresher(sdnAlone).handleRequest(null, null);
        assertEquals("UNCHANGED", cut.get("outcome"));
        assertEquals(v2, cut.get("version"));
        assertTrue(String.valueOf(cut.get("problems")).contains("the new version lost "), cut.toString());
        message = told();
        assertEquals("Sanctions lists unchanged; not taken: ofac-sdn", message.get("Subject").asText());
        assertEquals("true", message.get("MessageAttributes").get("problems").get("Value").asText());
        assertEquals(v2, currentRecord().get("version").s());

        // A file with a broken line, and a server error: the same, with file and line, or the status, named.
        site.serve("/ofac/sdn.csv", NewsSite.File.of((new String(whole, 0, 2000, StandardCharsets.ISO_8859_1)
                .lines().findFirst().orElseThrow() + "\n36,\"AEROCARIBBEAN AIRLINES\",-0-\n")
                .getBytes(StandardCharsets.ISO_8859_1)));
        Map<String, Object> broken = refresher(sdnAlone).handleRequest(null, null);
        assertTrue(String.valueOf(broken.get("problems")).startsWith("[ofac-sdn: sdn.csv:2: "), broken.toString());
        told();
        site.serve("/ofac/sdn.csv", NewsSite.File.failing(500));
        Map<String, Object> down = refresher(sdnAlone).handleRequest(null, null);
        assertTrue(String.valueOf(down.get("problems")).contains("HTTP 500"), down.toString());
        told();
        assertEquals(v2, currentRecord().get("version").s());
        assertEquals(List.of(designated.id()), scanned(scanner, "https://news.example/still", text));
    }

    @Test
    void aCorruptStoredVersionLeavesTheScannerOnTheListItHas() throws Exception {
        Settings scanSettings = new Settings(scanEnv);
        LiveScanner live = scannerOnAFirstVersion(scanSettings);
        String inUse = live.version();
        assertEquals(currentRecord().get("version").s(), inUse);

        // A version whose file is overwritten with something else after its record was written.
        String v = newerVersionWithAFileOverwritten(".swl", "not a list");

        LiveScanner.Check check = live.checkIfDue().orElseThrow();
        assertFalse(check.loaded());
        assertEquals(inUse, check.version());
        assertTrue(check.error().contains("does not match its digest"), check.error());
        assertEquals(inUse, live.version());

        // The refresh cannot build on a version it cannot read: it fails loudly, and the record stays.
        RuntimeException e = assertThrows(RuntimeException.class, () -> refresher(null).handleRequest(null, null));
        assertTrue(String.valueOf(e.getMessage()).contains("does not match its digest"), e.toString());
        assertEquals(v, currentRecord().get("version").s());
        ListVersion current = versions(scanSettings).current().orElseThrow();
        assertEquals(v, current.version());
    }

    @Test
    void aStoredIndexThatCannotBeReadIsBuiltAgainFromTheList() throws Exception {
        Settings scanSettings = new Settings(scanEnv);
        LiveScanner live = scannerOnAFirstVersion(scanSettings);
        String v = newerVersionWithAFileOverwritten(".swx", "not an index");

        // The list itself is sound: the scanner takes the version, indexing the list itself.
        LiveScanner.Check check = live.checkIfDue().orElseThrow();
        assertTrue(check.loaded(), check.toString());
        assertNull(check.error());
        assertTrue(check.indexError().contains("stored index does not match its digest"), check.toString());
        assertEquals(v, live.version());
        Watchlist newer = new ListFiles(Countries.bundled()).read(NEWER_SDN).list();
        Entity designated = WatchlistDiff.between(OfacSdnCsv.bundled(), newer).added().stream()
                .filter(e -> e.type() == EntityType.ORGANISATION && e.name().split(" ").length >= 3)
                .findFirst().orElseThrow();
        assertEquals(List.of(designated.id()), live.get().scan("Treasury designated " + designated.name() + ".")
                .mentions().stream().map(m -> m.entity().id()).toList());
        ListVersion current = versions(scanSettings).current().orElseThrow();
        assertTrue(assertThrows(ListFormatException.class, () -> versions(scanSettings).index(current)).getMessage()
                .contains("stored index does not match its digest"));
    }

    /** The official trio as served today published as a first version, and a scanner started on it. */
    private LiveScanner scannerOnAFirstVersion(Settings scanSettings) throws IOException {
        serveTrio(SDN_TRIO.resolve("sdn.csv"));
        refresher(null).handleRequest(null, null);
        Queues.drain(sqs, subscriber);
        return LiveScanner.start(versions(scanSettings), Duration.ZERO, Clock.systemUTC(), Wiring::bundledScanner);
    }

    /** The newer SDN snapshot published, then one of its stored files ({@code .swl}, {@code .swx}) overwritten. */
    private String newerVersionWithAFileOverwritten(String suffix, String content) throws IOException {
        site.serve("/ofac/sdn.csv", NewsSite.File.of(Files.readAllBytes(NEWER_SDN)));
        String base = site.base();
        String v = (String) refresher("ofac-sdn=" + base + "/ofac/sdn.csv").handleRequest(null, null).get("version");
        Queues.drain(sqs, subscriber);
        s3.putObject(b -> b.bucket("listsbucket").key("lists/" + v + suffix),
                RequestBody.fromString(content));
        return v;
    }
}
