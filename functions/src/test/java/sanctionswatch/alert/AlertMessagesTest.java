package sanctionswatch.alert;

import sanctionswatch.article.TextSource;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.article.Article;
import sanctionswatch.country.Countries;
import sanctionswatch.json.Json;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.ScanResult;
import sanctionswatch.scan.ArticleScanner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each message format of an alert, on the AFP story. */
class AlertMessagesTest {
    private static Alert entityAlert;
    private static Alert pairAlert;
    private static JsonNode schema;

    @BeforeAll
    static void alerts() throws IOException {
        String text;
        try (InputStream in = AlertMessagesTest.class.getResourceAsStream("/articles/seed-russia-nk-arms.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ScanResult scan = ArticleScanner.of(OfacSdnCsv.bundled()).scan(text);
        Article article = new Article("a1", "https://news.example/afp/2023/03/31/russia-nk-arms", "Russia seeking arms "
                + "from N Korea for Ukraine war: W House", null, null, TextSource.PAGE, scan.countries(), 9, "c-1");
        List<Alert> fired = new WatchEvaluator(Countries.bundled()).evaluate(article, scan,
                List.of(new EntityWatch("mkrtychev", "ofac-sdn:41736"), Watches.RU_KP));
        entityAlert = fired.get(0);
        pairAlert = fired.get(1);
        schema = Json.mapper().readTree(Files.readString(Path.of("../docs/alert-message.schema.json")));
    }

    @Test
    void emailSaysWhatMatchedWhereAndWhy() {
        String email = AlertMessages.email(entityAlert);
        assertTrue(email.startsWith("Watch mkrtychev: MKRTYCHEV, Ashot (ofac-sdn:41736, DPRK) named as “Ashot Mkrtychev”.\n"),
                email);
        assertTrue(email.contains("sanctions against a Slovakian national, «Ashot Mkrtychev», alleging"), email);
        assertTrue(email.contains("Article: Russia seeking arms from N Korea for Ukraine war: W House\n"
                + "https://news.example/afp/2023/03/31/russia-nk-arms\n"), email);
        assertTrue(email.contains("On the list: MKRTYCHEV, Ashot — OFAC SDN, programme DPRK (ofac-sdn:41736), written "
                + "“Ashot Mkrtychev” (reordered)\nhttps://sanctionssearch.ofac.treas.gov/Details.aspx?id=41736\n"), email);
        assertTrue(email.contains("Why: your watch mkrtychev (entity) matched; severity high."), email);
        assertTrue(email.lines().count() < 20, "read in five seconds");
    }

    @Test
    void thePairAlertQuotesTheParagraphWithBothCountriesMarked() {
        assertEquals("«Russia» seeking arms from «N Korea» for Ukraine war: W House", pairAlert.quote());
        assertEquals(Severity.MEDIUM, pairAlert.severity());
    }

    @Test
    void smsStaysUnder160CharactersWhateverTheReasonAndLink() {
        assertTrue(AlertMessages.sms(pairAlert).length() < 160);
        assertTrue(AlertMessages.sms(pairAlert).endsWith(" https://news.example/afp/2023/03/31/russia-nk-arms"));
        Alert longOne = Alert.builder().id("x").watchId("w").watchType(WatchType.NAME).severity(Severity.HIGH)
                .articleId("a").url("https://news.example/" + "p".repeat(200)).title("t").reason("r".repeat(500))
                .quote("q").correlationId("c").build();
        assertTrue(AlertMessages.sms(longOne).length() < 160);
        Alert shortUrl = longOne.toBuilder().url("https://n.example/1")
                .reason("reason\nwith lines " + "x".repeat(300)).build();
        String sms = AlertMessages.sms(shortUrl);
        assertTrue(sms.length() < 160 && sms.endsWith(" https://n.example/1") && !sms.contains("\n"), sms);
    }

    @Test
    void subjectIsShortAndOnOneLine() {
        String subject = AlertMessages.subject(entityAlert);
        assertTrue(subject.length() < 100, subject);
        assertFalse(subject.contains("\n"));
    }

    @Test
    void theMachineDocumentFollowsItsSchema() throws IOException {
        for (Alert a : List.of(entityAlert, pairAlert)) {
            JsonNode doc = Json.mapper().readTree(AlertMessages.toJson(a));
            assertEquals(List.of(), JsonSchemaCheck.problems(schema, doc));
        }
        JsonNode doc = Json.mapper().readTree(AlertMessages.toJson(entityAlert));
        assertEquals("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=41736",
                doc.get("entities").get(0).get("link").asText());
        assertEquals("c-1", doc.get("correlationId").asText());
        JsonNode broken = Json.mapper().readTree("{\"version\":2,\"kind\":\"alert\",\"countries\":[\"russia\"]}");
        assertFalse(JsonSchemaCheck.problems(schema, broken).isEmpty());
    }

    @Test
    void theDocumentReadsBackIntoTheSameAlert() {
        assertEquals(entityAlert, AlertMessages.fromJson(AlertMessages.toJson(entityAlert)));
        assertEquals(pairAlert, AlertMessages.fromJson(AlertMessages.toJson(pairAlert)));
    }

    @Test
    void theStructureHasATextForEachProtocol() throws IOException {
        JsonNode structure = Json.mapper().readTree(AlertMessages.structure(pairAlert));
        assertEquals(AlertMessages.email(pairAlert), structure.get("email").asText());
        assertEquals(AlertMessages.email(pairAlert), structure.get("default").asText());
        assertEquals(AlertMessages.sms(pairAlert), structure.get("sms").asText());
        for (String machine : List.of("sqs", "lambda", "http", "https")) {
            assertEquals(AlertMessages.toJson(pairAlert), structure.get(machine).asText());
        }
    }

    @Test
    void theReviewLinkGoesInTheEmailTheDocumentAndTheSmsWhenItFits() throws IOException {
        String link = "https://abc123.execute-api.eu-west-1.amazonaws.com/alerts/ru-kp%3Aa1?e=1767225600&k=k1"
                + "&s=BcnxXZL91xN93gNu22Orsk4fDOERUkF02fTb6-IKnU8";
        String email = AlertMessages.email(pairAlert, link);
        assertTrue(email.contains("\n\nReview it (the text marked, the list entries, your decision):\n" + link + "\n"),
                email);
        JsonNode doc = Json.mapper().readTree(AlertMessages.toJson(pairAlert, link));
        assertEquals(link, doc.get("reviewUrl").asText());
        assertEquals(List.of(), JsonSchemaCheck.problems(schema, doc));
        assertFalse(AlertMessages.toJson(pairAlert).contains("reviewUrl"), "none without a link");
        // The API's own address with its signature is too long for an SMS: the article's link stays.
        assertEquals(AlertMessages.sms(pairAlert), AlertMessages.sms(pairAlert, link));
        String shortLink = "https://rv.example.org/alerts/ru-kp%3Aa1?e=1767225600&k=k1&s=BcnxXZL91xN93gNu22Orsk4f";
        String sms = AlertMessages.sms(pairAlert, shortLink);
        assertTrue(sms.endsWith(" " + shortLink) && sms.startsWith("SW ru-kp: Russia"), sms);
        assertTrue(sms.length() <= AlertMessages.SMS_LIMIT, sms.length() + ": " + sms);
        JsonNode structure = Json.mapper().readTree(AlertMessages.structure(pairAlert, link));
        assertEquals(email, structure.get("email").asText());
        assertEquals(AlertMessages.toJson(pairAlert, link), structure.get("sqs").asText());
    }
}
