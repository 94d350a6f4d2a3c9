package sanctionswatch.scan;

import sanctionswatch.article.TextSource;
import org.junit.jupiter.api.Test;
import sanctionswatch.alert.AlertKind;
import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.InMemoryAlerts;
import sanctionswatch.alert.NameWatch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.alert.Watches;
import sanctionswatch.article.Article;
import sanctionswatch.article.InMemoryArticleStore;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.refresh.InMemoryListVersions;
import sanctionswatch.lists.refresh.ListVersion;
import sanctionswatch.review.Decision;
import sanctionswatch.review.DecisionGate;
import sanctionswatch.review.DecisionStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetroScanTest {
    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");
    /** A company listed after the stories below were stored. */
    private static final Entity NEW = new Entity("ofac-sdn:99001", EntityType.ORGANISATION,
            "KORYO ARMS EXPORT TRADING CORPORATION", List.of(new Alias("KAETC", Alias.Kind.AKA, false)),
            List.of("DPRK4"), List.of("KP"));
    private static final String STORY = "Pyongyang's Koryo Arms Export Trading Corporation shipped shells to Russia, "
            + "officials in Seoul said. North Korea denied it.";

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW.minus(Duration.ofDays(10)));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryArticleStore articles = new InMemoryArticleStore(clock);
    private final InMemoryAlerts alertStore = new InMemoryAlerts();
    private final List<Alert> sent = new ArrayList<>();
    private final RetroScan retro = new RetroScan(articles, alertStore, new WatchEvaluator(Countries.bundled()),
            new AlertService(alertStore, sent::add));

    private void store(String id, String text) {
        articles.put(new Article(id, "https://news.example/" + id, "Story " + id, null, null, TextSource.PAGE,
                List.of("KP", "RU"), 0, id), List.of(), text);
    }

    @Test
    void storedArticlesOfTheLastDaysNamingANewEntryAreFoundAndItsWatchesAlertOnce() {
        store("old", STORY);
        now.set(NOW.minus(Duration.ofDays(2)));
        store("recent", STORY);
        store("unrelated", "The central bank left rates unchanged. Russia and North Korea were not mentioned.");
        now.set(NOW);
        Watches.current(alertStore);
        alertStore.put(new EntityWatch("koryo", NEW.id()));
        alertStore.put(new NameWatch("kaetc-name", "Koryo Arms Export Trading Corporation"));

        RetroScan.Report report = retro.run(List.of(NEW), NOW.minus(Duration.ofDays(7)));

        assertEquals(2, report.articles(), "the old story is outside the 7 days");
        assertEquals(1, report.found().size());
        assertEquals(List.of(NEW.id()), report.found().get(0).entityIds());
        assertEquals(1, articles.mentionCount("recent"));
        assertEquals(List.of("kaetc-name:recent", "koryo:recent"), sent.stream().map(Alert::id).sorted().toList(),
                "the country-pair watch RU-KP does not alert again on an old story");
        assertTrue(sent.stream().allMatch(a -> a.kind() == AlertKind.RETRO && a.reason().startsWith("newly listed: ")));
        assertTrue(report.text().contains("Story recent <https://news.example/recent> ofac-sdn:99001"), report.text());

        RetroScan.Report again = retro.run(List.of(NEW), NOW.minus(Duration.ofDays(7)));
        assertEquals(1, again.found().size());
        assertTrue(again.alerts().isEmpty(), "an alert a watch raised on an article is not raised again");
        assertEquals(2, sent.size());
        assertEquals(1, articles.mentionCount("recent"), "the same mention, not a second");
    }

    @Test
    void aDecisionKeepsARetroAlertQuietAsItKeepsALiveOneAndItsMentionStaysFlagged() {
        now.set(NOW.minus(Duration.ofDays(1)));
        store("recent", STORY);
        articles.put(new Article("elsewhere", "https://other.example/elsewhere", "Story elsewhere", null, null,
                TextSource.PAGE, List.of("KP", "RU"), 0, "elsewhere"), List.of(), STORY);
        now.set(NOW);
        alertStore.put(new EntityWatch("koryo", NEW.id()));
        List<Decision> made = new ArrayList<>(List.of(new Decision("koryo:earlier", "koryo", "earlier",
                "other.example", Decision.Action.NOT_THIS_ENTRY, NEW.id(), "koryo arms export trading corporation",
                NOW.minusSeconds(60), null, "k1/0")));
        DecisionStore decisions = new DecisionStore() {
            @Override
            public void put(Decision decision) {
                made.add(decision);
            }

            @Override
            public List<Decision> all() {
                return List.copyOf(made);
            }
        };
        RetroScan gated = new RetroScan(articles, alertStore, new WatchEvaluator(Countries.bundled()),
                new AlertService(alertStore, sent::add), new DecisionGate(decisions, clock));

        RetroScan.Report report = gated.run(List.of(NEW), NOW.minus(Duration.ofDays(7)));

        assertEquals(2, report.found().size(), "both stories name the new entry");
        assertEquals(List.of("koryo:recent"), sent.stream().map(Alert::id).toList(),
                "not the other site's, which an analyst said means someone else");
        int start = STORY.indexOf("Koryo Arms");
        assertEquals(made.get(0).id(), articles.flagOf("elsewhere", NEW.id() + "#" + start));
        assertNull(articles.flagOf("recent", NEW.id() + "#" + start));
    }

    @Test
    void aVersionOwesOneRetroScanOfWhatItAdded() throws IOException {
        now.set(NOW.minus(Duration.ofDays(1)));
        store("recent", STORY);
        now.set(NOW);
        InMemoryListVersions versions = new InMemoryListVersions();
        Watchlist before = new Watchlist(List.of());
        publish(versions, "v1", new Watchlist(List.of(NEW)), null);
        NewDesignations designations = new NewDesignations(versions, before, retro, Duration.ofDays(7), clock);

        Optional<RetroScan.Report> first = designations.scanIfOwed();
        assertEquals(1, first.orElseThrow().found().size());
        assertTrue(versions.current().orElseThrow().retroScanned());
        assertEquals(Optional.empty(), designations.scanIfOwed(), "ran once");

        // The next version adds nothing: its retro-scan reads no article for nothing.
        publish(versions, "v2", new Watchlist(List.of(NEW)), "v1");
        RetroScan.Report second = designations.scanIfOwed().orElseThrow();
        assertEquals(0, second.articles());
        assertTrue(second.found().isEmpty());
    }

    private static void publish(InMemoryListVersions versions, String id, Watchlist list, String previous)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledWatchlist.write(list, out);
        byte[] bytes = out.toByteArray();
        versions.publish(new ListVersion(id, "lists/" + id + ".swl", sanctionswatch.text.Digests.sha256(bytes),
                bytes.length, list.size(), Map.of("ofac-sdn", list.size()), NOW.toString(), "", previous, false, null),
                bytes, null, previous);
    }
}
