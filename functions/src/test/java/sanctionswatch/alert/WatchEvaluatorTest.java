package sanctionswatch.alert;

import sanctionswatch.article.TextSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.article.Article;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.ScanResult;
import sanctionswatch.scan.ArticleScanner;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchEvaluatorTest {
    private static ArticleScanner scanner;
    private final WatchEvaluator evaluator = new WatchEvaluator(Countries.bundled());

    @BeforeAll
    static void build() {
        scanner = ArticleScanner.of(OfacSdnCsv.bundled());
    }

    private List<Alert> alerts(String text, Watch... watches) {
        ScanResult scan = scanner.scan(text);
        Article article = new Article("a1", "https://news.example/1", "Title", null, null, TextSource.FILE, scan.countries(),
                scan.mentions().size(), "c1");
        return evaluator.evaluate(article, scan, List.of(watches));
    }

    @Test
    void aCountryPairAlertsWhenBothStandInOneParagraph() {
        List<Alert> fired = alerts("Moscow wants shells.\n\nPyongyang has them, Russia says.", Watches.RU_KP);
        assertEquals(1, fired.size());
        Alert a = fired.get(0);
        assertEquals("ru-kp:a1", a.id());
        assertEquals(WatchType.COUNTRY_PAIR, a.watchType());
        assertEquals(List.of("RU", "KP"), a.countries());
        assertEquals("«Pyongyang» has them, «Russia» says.", a.quote());
        assertTrue(a.reason().contains("Russia") && a.reason().contains("North Korea"), a.reason());
    }

    @Test
    void aCountryPairInDifferentParagraphsDoesNotAlertUnlessTheWatchSaysArticle() {
        String text = "Moscow wants shells.\n\nPyongyang has them.";
        assertEquals(List.of(), alerts(text, Watches.RU_KP));
        assertEquals(1, alerts(text, new CountryPairWatch("w", "RU", "KP", CountryPairWatch.Scope.ARTICLE)).size());
        assertEquals(List.of(), alerts("Moscow wants shells. Pyongyang has them.",
                new CountryPairWatch("w", "RU", "KP", CountryPairWatch.Scope.SENTENCE)));
    }

    @Test
    void anEntityWatchFollowsEveryNameOfTheEntry() {
        List<Alert> fired = alerts("Fighters of PMC Wagner advanced.", new EntityWatch("wagner", "ofac-sdn:22543"));
        assertEquals(1, fired.size());
        assertEquals(List.of("ofac-sdn:22543"), fired.get(0).entityIds());
        assertEquals("Fighters of «PMC Wagner» advanced.", fired.get(0).quote());
    }

    @Test
    void anEntityWatchFollowsTheEntryIntoCyrillic() {
        // Declined as Russian writes it after "против" (genitive): Ашота Мкртычева is Ashot Mkrtychev.
        List<Alert> fired = alerts("Минфин США ввёл санкции против Ашота Мкртычева.",
                new EntityWatch("mkrtychev", "ofac-sdn:41736"));
        assertEquals(1, fired.size());
        assertEquals("Ашота Мкртычева", fired.get(0).entities().get(0).matched());
    }

    @Test
    void aNameWatchIsMatchedLikeAListName() {
        Watch w = new NameWatch("acme", "DOE, John Quincy");
        assertEquals(1, alerts("Then John Doe resigned.", w).size());
        assertEquals(List.of(), alerts("Then john doe resigned.", w));
        assertEquals(List.of(), alerts("Then Jane Doe resigned.", w));
    }

    @Test
    void watchesFromTheirShortForm() {
        assertEquals(new CountryPairWatch("ru-kp", "RU", "KP", CountryPairWatch.Scope.PARAGRAPH),
                Watches.parse("pair:ru,kp", null));
        assertEquals(CountryPairWatch.Scope.SENTENCE, ((CountryPairWatch) Watches.parse("pair:RU,KP,sentence", "x")).scope());
        assertEquals(new EntityWatch("entity-ofac-sdn-41736", "ofac-sdn:41736"), Watches.parse("entity:ofac-sdn:41736", null));
        assertEquals(new NameWatch("name-ashot-mkrtychev", "Ashot Mkrtychev"), Watches.parse("name: Ashot Mkrtychev", null));
        for (String bad : List.of("pair:RU,RU", "pair:RU", "pair:RUS,KP", "name:  ", "entity:41736", "colour:red", "RU")) {
            try {
                Watches.parse(bad, null);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                assertTrue(!expected.getMessage().isBlank());
            }
        }
    }
}
