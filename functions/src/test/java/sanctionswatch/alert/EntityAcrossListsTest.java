package sanctionswatch.alert;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.article.Article;
import sanctionswatch.article.TextSource;
import sanctionswatch.country.Countries;
import sanctionswatch.json.Json;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.TestLists;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.Mention;
import sanctionswatch.match.ScanResult;
import sanctionswatch.scan.ArticleScanner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One entity across lists: Nasiruddin HAQQANI is ofac-sdn:12129, the UN's TAi.146 and the UK's OFSI group 11206 (the
 * same name and date of birth on each); Kim Jong Un is on the SDN list alone of the three. A mention names every list
 * he is on, once, and an entity watch follows him through his links.
 */
class EntityAcrossListsTest {
    private static ArticleScanner scanner;
    private static final String TEXT = "Title\n\nNasiruddin Haqqani was shot dead near Islamabad. "
            + "Kim Jong Un watched a launch.";
    private final WatchEvaluator evaluator = new WatchEvaluator(Countries.bundled());

    @BeforeAll
    static void build() throws IOException {
        ListFiles files = new ListFiles(Countries.bundled());
        Watchlist un = files.read(TestLists.path("un_sc/UN_consolidated.xml")).list();
        Watchlist uk = files.read(TestLists.path("uk_ofsi_conlist_20200427/ConList.csv")).list();
        Watchlist sdn = OfacSdnCsv.bundled();
        List<Entity> some = new ArrayList<>();
        some.add(sdn.find("ofac-sdn:12129").orElseThrow());
        some.add(sdn.find("ofac-sdn:20157").orElseThrow());
        some.add(un.find("un-sc:TAi.146").orElseThrow());
        some.add(uk.find("uk-ofsi:11206").orElseThrow());
        scanner = ArticleScanner.of(new Watchlist(some));
    }

    private ScanResult scan() {
        return scanner.scan(TEXT);
    }

    private List<Alert> alerts(Watch... watches) {
        ScanResult scan = scan();
        Article article = new Article("a1", "https://news.example/1", "Title", null, null, TextSource.FILE, scan.countries(),
                scan.mentions().size(), "c1");
        return evaluator.evaluate(article, scan, List.of(watches));
    }

    @Test
    void aMentionNamesEveryListTheEntityIsOnOnce() {
        Mention haqqani = scan().mentions().stream().filter(m -> m.matched().equals("Nasiruddin Haqqani"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("ofac-sdn", "un-sc", "uk-ofsi"), Set.copyOf(haqqani.lists()));
        assertEquals(2, haqqani.linked().size());
        assertEquals(Set.of("OFAC SDN", "UN", "UK"), Set.of(haqqani.listNames().split(", ")));
        Mention kim = scan().mentions().stream().filter(m -> m.matched().equals("Kim Jong Un")).findFirst()
                .orElseThrow();
        assertEquals(List.of(), kim.linked());
        assertEquals("OFAC SDN", kim.listNames());
    }

    @Test
    void anEntityWatchFollowsTheEntityThroughItsLinks() {
        for (String id : List.of("ofac-sdn:12129", "un-sc:TAi.146", "uk-ofsi:11206")) {
            List<Alert> fired = alerts(new EntityWatch("haqqani", id));
            assertEquals(1, fired.size(), id);
            assertTrue(fired.get(0).reason().contains(", on "), fired.get(0).reason());
            assertTrue(fired.get(0).reason().contains("OFAC SDN") && fired.get(0).reason().contains("UN")
                    && fired.get(0).reason().contains("UK"), fired.get(0).reason());
        }
    }

    @Test
    void aWatchLimitedToSomeListsTakesMentionsOfTheEntityOnThem() throws Exception {
        assertEquals(1, alerts(new EntityWatch("h", "un-sc:TAi.146", List.of("ofac-sdn", "uk-ofsi"))).size());
        assertEquals(List.of(), alerts(new EntityWatch("h", "un-sc:TAi.146", List.of("eu-fsf"))));
        assertEquals(List.of(), alerts(new EntityWatch("k", "ofac-sdn:20157", List.of("un-sc"))),
                "Kim Jong Un is on none of the UN entries loaded");

        JsonNode j = Json.mapper().readTree("{\"type\": \"entity\", \"entityId\": \"un-sc:TAi.146\", "
                + "\"lists\": [\"ofac-sdn\", \"uk\"]}");
        Watch w = WatchApi.fromJson(j);
        assertEquals(new EntityWatch("entity-un-sc-TAi.146", "un-sc:TAi.146", List.of("ofac-sdn", "uk")), w);
        assertEquals(List.of("ofac-sdn", "uk"), WatchApi.toJson(w).get("lists"));
        assertEquals(w, WatchApi.fromJson(Json.mapper().valueToTree(WatchApi.toJson(w))));
    }
}
