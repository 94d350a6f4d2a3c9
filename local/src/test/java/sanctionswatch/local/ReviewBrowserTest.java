package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.review.ReviewKeys;
import sanctionswatch.scan.Corpus;
import sanctionswatch.scan.LabelledText;
import sanctionswatch.review.ReviewLinks;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review page in a real browser, JavaScript off: Debian's Chromium, headless, opens the link of a real alert from
 * the pipeline on the emulators, finds each mention marked and the entry cards, goes by keyboard alone to "Not this
 * entry" on Mkrtychev's card and presses it; the decision is stored, and the next story of the same site naming him
 * in the same words alerts {@code ru-kp} but no longer {@code mkrtychev}. A tampered and an expired link show the
 * refusal and nothing of the alert. Screenshots go to {@code target/}.
 */
class ReviewBrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static ReviewDeployment aws;
    private static Chromium browser;
    private static List<JsonNode> alerts;

    @BeforeAll
    static void start() throws Exception {
        aws = ReviewDeployment.start();
        alerts = aws.scan(aws.publish("/afp/2023/03/31/russia-nk-arms", aws.story), "afp-russia-nk-arms");
        browser = Chromium.start(false, Path.of("target/browser-logs"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        aws.close();
    }

    @Test
    void aRealAlertsPageShowsItsMarksAndCardsAndTakesADecisionByKeyboardAlone() throws Exception {
        String pairLink = ReviewDeployment.of(alerts, "ru-kp").get("reviewUrl").asText();
        browser.open(pairLink);
        assertTrue(browser.title().startsWith("Alert ru-kp: "), browser.title());
        List<String> marked = texts(browser.find("main mark[tabindex]"));
        assertTrue(marked.contains("Mkrtychev") && marked.contains("Ashot Mkrtychev"), marked.toString());
        List<String> countries = texts(browser.find("mark.country"));
        assertTrue(countries.contains("Russia"), countries.toString());
        assertTrue(countries.stream().anyMatch(c -> c.endsWith("Korea")), countries.toString());
        String first = browser.find("mark[data-entity]").get(0);
        assertTrue(browser.attribute(first, "title").contains("rule "), "rule, score and evidence on hover");
        List<String> cards = texts(browser.find("article.card h3"));
        assertTrue(cards.contains("MKRTYCHEV, Ashot"), cards.toString());
        assertEquals(browser.find("article.card").size(), browser.find("article.card button[value=not-this-entry]").size());
        browser.screenshot(SHOTS.resolve("review-page.png"));
        browser.resize(390, 844);
        browser.screenshot(SHOTS.resolve("review-page-phone.png"));
        browser.resize(1100, 1400);

        String entityLink = ReviewDeployment.of(alerts, "mkrtychev").get("reviewUrl").asText();
        browser.open(entityLink);
        List<String> path = new ArrayList<>();
        String target = null;
        for (int i = 0; i < 120 && target == null; i++) {
            browser.press(Chromium.TAB);
            String el = browser.focused();
            String label = browser.tag(el) + ":" + browser.text(el);
            if (label.startsWith("body:")) {
                // Tab from the page's start can rest on the document itself before its first control.
                continue;
            }
            path.add(label);
            String describedBy = browser.attribute(el, "aria-describedby");
            if ("button:Not this entry".equals(label) && describedBy != null
                    && texts(browser.find("#" + describedBy)).equals(List.of("MKRTYCHEV, Ashot"))) {
                target = el;
            }
        }
        assertNotNull(target, "Tab never reached Not this entry on Mkrtychev's card: " + path);
        assertEquals("a:Skip to the alert", path.get(0), "the skip link first");
        assertTrue(path.indexOf("button:Mute this name") < path.indexOf("button:Not this entry"), path.toString());
        browser.press(Chromium.ENTER);
        List<String> decided = List.of();
        for (int i = 0; i < 50 && decided.isEmpty(); i++) {
            decided = texts(browser.find("div.status li"));
            Thread.sleep(100);
        }
        assertEquals(1, decided.size(), "the page after the post shows the decision; at " + browser.url() + ": "
                + texts(browser.find("h1")) + texts(browser.find("main p")));
        assertTrue(decided.get(0).startsWith("Not this entry — ofac-sdn:41736"), decided.toString());
        browser.screenshot(SHOTS.resolve("review-page-decided.png"));

        List<Map<String, AttributeValue>> stored = aws.dynamo.scan(s -> s.tableName("DecisionsTable")).items();
        assertEquals(1, stored.size(), stored.toString());
        assertEquals("not-this-entry", stored.get(0).get("action").s());
        assertEquals("mkrtychev", stored.get(0).get("watchId").s());
        assertEquals("ofac-sdn:41736", stored.get(0).get("entityId").s());
        assertEquals("ashot mkrtychev|mkrtychev", stored.get(0).get("words").s());

        // The decision as a labelled line of the corpus, which eval reads.
        CommandRun export = CommandRun.of(Path.of("target"), aws.emulators.awsEnvironment(), "decisions", "export");
        assertEquals(0, export.status(), export.err());
        List<LabelledText> labelled = Corpus.read(new StringReader(export.out()));
        assertEquals(1, labelled.size(), export.out());
        assertFalse(labelled.get(0).entities().containsKey("ofac-sdn:41736"), "not this entry: not labelled");
        assertTrue(export.out().contains("Not this entry: ofac-sdn:41736"), export.out());

        // The next story of the same site naming him in the same words: ru-kp alerts, mkrtychev no more.
        String next = "Broker of North Korean arms deals under new scrutiny\n\nAshot Mkrtychev, the Slovakian national "
                + "sanctioned last month, arranged talks between Russia and North Korea, officials said.\n\n"
                + "Mkrtychev did not answer calls.";
        String nextUrl = aws.publish("/afp/2023/04/20/broker-scrutiny", next);
        List<JsonNode> later = aws.scan(nextUrl, "afp-broker-scrutiny");
        assertEquals(List.of("ru-kp"), later.stream().map(d -> d.get("watchId").asText()).toList());
        String articleId = later.get(0).get("article").get("id").asText();
        List<Map<String, AttributeValue>> mentions = aws.dynamo.query(q -> q.tableName("MentionsTable")
                .keyConditionExpression("articleId = :a")
                .expressionAttributeValues(Map.of(":a", AttributeValue.fromS(articleId)))).items();
        assertFalse(mentions.isEmpty());
        for (Map<String, AttributeValue> m : mentions) {
            if (m.get("entityId").s().equals("ofac-sdn:41736")) {
                assertTrue(m.get("flagged").s().endsWith("#not-this-entry#ofac-sdn:41736"), m.toString());
            }
        }
    }

    @Test
    void aTamperedAndAnExpiredLinkShowTheRefusalAndNothingOfTheAlert() throws Exception {
        JsonNode pair = ReviewDeployment.of(alerts, "ru-kp");
        String link = pair.get("reviewUrl").asText();
        String tampered = link.substring(0, link.length() - 1) + (link.endsWith("Q") ? 'R' : 'Q');
        ReviewLinks lastMonth = new ReviewLinks(ReviewKeys.parse(ReviewDeployment.KEY), aws.api.baseUrl(),
                Duration.ofDays(30), Clock.fixed(Instant.now().minus(Duration.ofDays(31)), ZoneOffset.UTC));
        String expired = lastMonth.linkFor(pair.get("alertId").asText());
        for (String refused : List.of(tampered, expired)) {
            browser.open(refused);
            assertEquals(List.of("Link not valid"), texts(browser.find("h1")), refused);
            assertEquals(0, browser.find("mark").size());
            assertEquals(0, browser.find("form").size());
        }
        browser.screenshot(SHOTS.resolve("review-page-refused.png"));
        assertTrue(Files.size(SHOTS.resolve("review-page-refused.png")) > 1000);
    }

    private static List<String> texts(List<String> elements) {
        return elements.stream().map(browser::text).toList();
    }
}
