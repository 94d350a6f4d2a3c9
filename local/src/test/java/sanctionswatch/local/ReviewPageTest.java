package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.alert.AlertService;
import sanctionswatch.functions.DigestFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An alert's review link from the pipeline on the emulators: ScanArticleFunction publishes the AFP story's alerts with
 * their signed links, ReviewFunction behind a loopback HTTP API answers them with the page, and refuses the same link
 * with one character of its signature changed; a digest's link opens a page listing its alerts, each linked to its
 * own page.
 */
class ReviewPageTest {
    /** The key, for tests that only need one of the right form. */
    static final String KEY = ReviewDeployment.KEY;

    private static ReviewDeployment aws;
    private static List<JsonNode> alerts;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void scan() throws Exception {
        aws = ReviewDeployment.start();
        alerts = aws.scan(aws.publish("/afp/2023/03/31/russia-nk-arms", aws.story), "afp-russia-nk-arms");
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAlertsLinkOpensItsPageWithEveryMentionAndBothCountriesMarked() throws Exception {
        JsonNode pair = ReviewDeployment.of(alerts, "ru-kp");
        String link = pair.get("reviewUrl").asText();
        assertTrue(link.startsWith(aws.api.baseUrl() + "/alerts/ru-kp%3A"), link);
        HttpResponse<String> page = get(link);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(Pattern.compile("<mark class=\"(strong|medium|weak)\"[^>]*>Mkrtychev</mark>").matcher(html).find(), html);
        assertTrue(Pattern.compile("<mark class=\"country\"[^>]*>Russia</mark>").matcher(html).find(), html);
        assertTrue(Pattern.compile("<mark class=\"country\"[^>]*>N(orth)? Korea</mark>").matcher(html).find(), html);
        int stored = aws.dynamo.query(q -> q.tableName("MentionsTable").keyConditionExpression("articleId = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(pair.get("article").get("id").asText()))))
                .count();
        assertEquals(stored, Pattern.compile("<mark class=\"(strong|medium|weak)\" tabindex").matcher(html).results().count(),
                "every stored mention marked");
        assertTrue(html.contains(">MKRTYCHEV, Ashot</h3>"), html);
        assertTrue(html.contains("<dt>Watch</dt><dd>ru-kp (country-pair)</dd>"), html);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));

        JsonNode entity = ReviewDeployment.of(alerts, "mkrtychev");
        assertEquals(200, get(entity.get("reviewUrl").asText()).statusCode());
    }

    @Test
    void aDigestsLinkOpensItsPageListingItsAlertsEachOpeningItsOwnPage() throws Exception {
        Instant t0 = Instant.now();
        AtomicReference<Instant> now = new AtomicReference<>(t0);
        Clock clock = new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        AlertService windowed = aws.windowed(clock);
        List<String> stories = List.of(
                "Broker sanctioned\n\nThe US sanctioned Ashot Mkrtychev for arranging arms deals between Russia and "
                        + "North Korea.",
                "Second report on the arms broker\n\nOfficials in Seoul said Ashot Mkrtychev had visited Russia twice "
                        + "this year, and North Korea once, according to travel records seen by reporters.",
                "Broker denies the deals\n\nAshot Mkrtychev, the Slovak national, denied in a statement on Friday that "
                        + "he had arranged any deal between Russia and North Korea.");
        List<JsonNode> first = aws.scan(aws.publish("/digest/1", stories.get(0)), "digest-1", windowed);
        assertEquals(2, first.size(), "the first article of the window alerts: " + first);
        for (int i = 2; i <= 3; i++) {
            assertEquals(List.of(), aws.scan(aws.publish("/digest/" + i, stories.get(i - 1)), "digest-" + i, windowed),
                    "held back by the window");
        }
        now.set(t0.plusSeconds(3601));
        assertEquals(2, new DigestFunction(windowed).handleRequest(null, null).get("digests"));
        JsonNode digest = ReviewDeployment.of(Queues.drain(aws.sqs, aws.subscriber).stream()
                .map(Queues::machineDocument).toList(), "mkrtychev");
        assertEquals("digest", digest.get("kind").asText());
        String link = digest.get("reviewUrl").asText();
        assertTrue(link.startsWith(aws.api.baseUrl() + "/alerts/digest%23mkrtychev%7C"), link);

        HttpResponse<String> page = get(link);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(page.body().contains("<h1>2 more alerts of watch mkrtychev about MKRTYCHEV, Ashot</h1>"), page.body());
        List<String> hrefs = Pattern.compile("<a href=\"([^\"]*)\">").matcher(page.body()).results()
                .map(m -> m.group(1).replace("&amp;", "&")).toList();
        assertEquals(2, hrefs.size(), page.body());
        for (String href : hrefs) {
            HttpResponse<String> alert = get(URI.create(link).resolve(href).toString());
            assertEquals(200, alert.statusCode(), alert.body());
            assertTrue(alert.body().contains("<dt>Watch</dt><dd>mkrtychev (entity)</dd>"), alert.body());
            assertTrue(Pattern.compile("<mark class=\"(strong|medium|weak)\"[^>]*>Ashot Mkrtychev</mark>")
                    .matcher(alert.body()).find(), alert.body());
        }
        String tampered = link.replace("digest%23mkrtychev", "digest%23mkrtychew");
        HttpResponse<String> refused = get(tampered);
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("Mkrtychev") || refused.body().contains("mkrtychev"), refused.body());
    }

    @Test
    void theSameLinkWithOneCharacterOfItsSignatureChangedIsRefused() throws Exception {
        String link = ReviewDeployment.of(alerts, "ru-kp").get("reviewUrl").asText();
        char last = link.charAt(link.length() - 1);
        String tampered = link.substring(0, link.length() - 1) + (last == 'x' ? 'y' : 'x');
        HttpResponse<String> refused = get(tampered);
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("Mkrtychev") || refused.body().contains("ru-kp"), refused.body());
        assertEquals(403, get(link.substring(0, link.indexOf('?'))).statusCode(), "unsigned");
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(tampered.replaceFirst("\\?", "/decisions?")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=not-this-entry&entityId=ofac-sdn%3A41736")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        assertEquals(0, aws.dynamo.scan(s -> s.tableName("DecisionsTable")).count(), "no decision without the signature");
    }
}
