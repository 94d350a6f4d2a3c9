package sanctionswatch.review;

import org.junit.jupiter.api.Test;
import sanctionswatch.TestClock;
import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertGate;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.alert.Watches;
import sanctionswatch.article.Article;
import sanctionswatch.article.InMemoryArticleStore;
import sanctionswatch.article.TextSource;
import sanctionswatch.country.Countries;
import sanctionswatch.match.ScanResult;
import sanctionswatch.scan.ArticleScanner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one decision check on its two sides: an article scanned now (its mentions in hand, those kept quiet flagged)
 * and alerts raised earlier and held back for a digest (what their articles wrote read from the stored mentions).
 */
class DecisionGateTest {
    private static final ArticleScanner SCANNER = ArticleScanner.bundled();
    private static final String TEXT = "Broker named\n\nThe US sanctioned Ashot Mkrtychev for arms deals between Russia "
            + "and North Korea. Mkrtychev denied it.";

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final MemoryReview stores = new MemoryReview();
    private final DecisionGate gate = new DecisionGate(stores, clock);

    /** The article stored as the scanner stores it; the alerts of ru-kp and of a watch on Mkrtychev, in that order. */
    private List<Alert> raised(String id, String url, ScanResult scan) {
        Article article = new Article(id, url, "Broker named", null, null, TextSource.PAGE, scan.countries(),
                scan.mentions().size(), id);
        stores.put(article, TEXT, scan.mentions(), clock.instant());
        return new WatchEvaluator(Countries.bundled()).evaluate(article, scan,
                List.of(Watches.RU_KP, new EntityWatch("mkrtychev", "ofac-sdn:41736")));
    }

    @Test
    void notThisEntryOnOneSiteKeepsThatSitesAlertsQuietOnBothSidesAndFlagsTheMentions() {
        ScanResult scan = SCANNER.scan(TEXT);
        List<Alert> here = raised("a1", "https://news.example/a1", scan);
        List<Alert> there = raised("b1", "https://other.example/b1", scan);
        Alert entity = here.get(1);
        AlertGate digests = gate.forDigests(stores);
        assertEquals(List.of(entity, there.get(1)), digests.stillDue(List.of(entity, there.get(1))), "nothing decided");

        Decision notHim = new Decision("mkrtychev:a0", "mkrtychev", "a0", "news.example",
                Decision.Action.NOT_THIS_ENTRY, "ofac-sdn:41736", "ashot mkrtychev|mkrtychev", clock.instant(), null,
                "k1/0");
        stores.put(notHim);
        assertEquals(List.of(there.get(1)), digests.stillDue(List.of(entity, there.get(1))),
                "held back before the decision, quiet after it; the other site's still goes out");

        InMemoryArticleStore flags = new InMemoryArticleStore();
        Article a1 = stores.articles.get("a1").article();
        assertEquals(List.of(here.get(0)), gate.batch().kept(a1, scan.mentions(), here, flags),
                "the pair watch is another watch: it alerts");
        scan.mentions().stream().filter(m -> m.entity().id().equals("ofac-sdn:41736")).forEach(m ->
                assertEquals(notHim.id(), flags.flagOf("a1", m.entity().id() + "#" + m.start())));
    }

    @Test
    void aMuteHoldsOnBothSidesUntilItEnds() {
        ScanResult scan = SCANNER.scan(TEXT);
        List<Alert> raised = raised("a1", "https://news.example/a1", scan);
        Alert pair = raised.get(0);
        stores.put(new Decision("ru-kp:a0", "ru-kp", "a0", "news.example", Decision.Action.MUTE, "KP,RU", "",
                clock.instant(), clock.instant().plus(Duration.ofDays(1)), "k1/0"));
        Article a1 = stores.articles.get("a1").article();
        assertEquals(List.of(raised.get(1)), gate.batch().kept(a1, scan.mentions(), raised, new InMemoryArticleStore()));
        assertEquals(List.of(), gate.forDigests(stores).stillDue(List.of(pair)));
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertEquals(List.of(pair), gate.forDigests(stores).stillDue(List.of(pair)), "the mute ended");
    }
}
