package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An alert's review link from the pipeline on the emulators: ScanArticleFunction publishes the AFP story's alerts with
 * their signed links, ReviewFunction behind a loopback HTTP API answers them with the page, and refuses the same link
 * with one character of its signature changed.
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
