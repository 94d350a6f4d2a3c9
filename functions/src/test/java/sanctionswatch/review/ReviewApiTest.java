package sanctionswatch.review;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.TestClock;
import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertStore;
import sanctionswatch.alert.WatchType;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.alert.Watches;
import sanctionswatch.article.Article;
import sanctionswatch.article.TextSource;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.match.ScanResult;
import sanctionswatch.scan.ArticleScanner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review routes on the AFP story, with the stores in memory. */
class ReviewApiTest {
    private static Watchlist list;
    private static ArticleScanner scanner;
    private static String story;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final MemoryReview stores = new MemoryReview();
    private final ReviewLinks links = new ReviewLinks(ReviewKeys.parse(ReviewLinksTest.K1), "http://127.0.0.1:8080",
            Duration.ofDays(30), clock);
    private final ReviewApi api = new ReviewApi(stores, stores, links, id -> list.find(id), Countries.bundled(), clock);

    @BeforeAll
    static void lists() throws IOException {
        list = CompiledWatchlist.bundled();
        scanner = ArticleScanner.bundled();
        try (InputStream in = ReviewApiTest.class.getResourceAsStream("/articles/seed-russia-nk-arms.txt")) {
            story = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Stores the article as the scanner would, and the alerts the watches fire on it; returns them. */
    private List<Alert> scanned(String id, String url, String text, Instant at) {
        ScanResult scan = scanner.scan(text);
        String title = text.lines().findFirst().orElse("");
        Article article = new Article(id, url, title, "2023-03-31T08:10:00Z", "https://news.example/feed", TextSource.PAGE,
                scan.countries(), scan.mentions().size(), "c-" + id);
        stores.put(article, text, scan.mentions(), at);
        List<Alert> fired = new WatchEvaluator(Countries.bundled()).evaluate(article, scan,
                List.of(Watches.RU_KP, new EntityWatch("mkrtychev", "ofac-sdn:41736")));
        fired.forEach(a -> stores.alerts.put(a.id(), a));
        return fired;
    }

    private ReviewApi.Response get(String link) {
        URI u = URI.create(link);
        return api.handle("GET", u.getRawPath(), u.getRawQuery(), null);
    }

    @Test
    void thePageMarksEveryMentionAndBothCountriesOfThePair() {
        Alert pair = scanned("a1", "https://news.example/afp/russia-nk-arms", story, clock.instant()).get(0);
        assertEquals("ru-kp", pair.watchId());
        ReviewApi.Response r = get(links.linkFor(pair.id()));
        assertEquals(200, r.status(), r.body());
        String page = r.body();
        List<String> marked = marks(page, "strong|medium|weak");
        assertEquals(stores.mentions("a1").size(), marked.size(), page);
        assertTrue(marked.contains("Mkrtychev"), marked.toString());
        assertTrue(marked.contains("Ashot Mkrtychev"), marked.toString());
        List<String> countries = marks(page, "country");
        assertTrue(countries.contains("Russia") && countries.contains("N Korea"), countries.toString());
        assertTrue(page.contains("<h2 id=\"why\">Why it alerted</h2>"));
        assertTrue(page.contains("<dt>Watch</dt><dd>ru-kp (country-pair)</dd><dt>Severity</dt><dd>medium</dd>"), page);
        // A card per entry named, with the list's details and the official link.
        assertEquals(3, count(page, "<article class=\"card"), page);
        assertTrue(page.contains("<h3 id=\"entry-1\">MKRTYCHEV, Ashot</h3>") || page.contains(">MKRTYCHEV, Ashot</h3>"));
        assertTrue(page.contains("https://sanctionssearch.ofac.treas.gov/Details.aspx?id=41736"), page);
        assertTrue(page.contains("<dt>Dates of birth</dt>"), page);
        assertTrue(page.contains("<main id=\"main\">") && page.contains("<html lang=\"en\">"));
        assertFalse(page.contains("<script"), "no script at all");
        assertEquals(ReviewApi.HEADERS, r.headers());
    }

    @Test
    void otherArticlesNamingTheEntryAreListedNewestFirst() {
        scanned("old", "https://news.example/old", "Old\n\nAshot Mkrtychev was sanctioned.", clock.instant().minusSeconds(7200));
        scanned("newer", "https://news.example/newer", "Newer\n\nAshot Mkrtychev again.", clock.instant().minusSeconds(60));
        Alert a = scanned("a1", "https://news.example/afp/russia-nk-arms", story, clock.instant()).get(1);
        String page = get(links.linkFor(a.id())).body();
        int others = page.indexOf("<h2 id=\"others\">");
        assertTrue(others > 0, page);
        String table = page.substring(others);
        assertTrue(table.indexOf("https://news.example/newer") < table.indexOf("https://news.example/old"), table);
        assertFalse(table.contains("https://news.example/afp/russia-nk-arms"), "not the alert's own article");
    }

    @Test
    void hostileTextIsShownAsTextNeverAsMarkup() {
        String hostile = "Breaking \"><script>alert(1)</script>\n\n<img src=x onerror=alert(2)> Ashot Mkrtychev "
                + "met officials in Russia and North Korea' onfocus='alert(3)\" autofocus=\"\n\n</div></mark>Mkrtychev said.";
        Alert a = scanned("h1", "javascript:alert(4)", hostile, clock.instant()).stream()
                .filter(x -> x.watchId().equals("mkrtychev")).findFirst().orElseThrow();
        String page = get(links.linkFor(a.id())).body();
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("' onfocus='"), page);
        assertFalse(page.contains("\" autofocus=\""), page);
        assertFalse(page.contains("href=\"javascript:"), page);
        assertTrue(page.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("&lt;/div&gt;&lt;/mark&gt;<mark class="), page);
        assertTrue(marks(page, "strong|medium|weak").contains("Ashot Mkrtychev"));
        assertEquals(1, count(page, "<main"), "the text closed nothing of the page");
    }

    @Test
    void unsignedAlteredAndExpiredLinksGetTheSameBlankRefusal() {
        Alert a = scanned("a1", "https://news.example/afp/russia-nk-arms", story, clock.instant()).get(0);
        String link = links.linkFor(a.id());
        URI u = URI.create(link);
        String tampered = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
        List<ReviewApi.Response> refused = List.of(
                api.handle("GET", u.getRawPath(), null, null),
                get(tampered),
                get(link.replace("ru-kp%3A", "mkrtychev%3A")),
                api.handle("POST", u.getRawPath() + "/decisions", null, "action=confirmed&entityId=ofac-sdn%3A41736"));
        for (ReviewApi.Response r : refused) {
            assertEquals(403, r.status());
            assertEquals(refused.get(0).body(), r.body(), "nothing tells one refusal from another");
            assertFalse(r.body().contains("Russia") || r.body().contains("ru-kp") || r.body().contains("Mkrtychev"));
            assertEquals("no-store", r.headers().get("Cache-Control"));
        }
        assertTrue(stores.decisions.isEmpty(), "no decision without the signature");
        clock.advance(Duration.ofDays(31));
        assertEquals(403, get(link).status());
        assertEquals(refused.get(0).body(), get(link).body());
    }

    @Test
    void thePolicyAllowsNoScriptNoFramingAndOnlyThePagesOwnStyle() {
        String csp = ReviewApi.HEADERS.get("Content-Security-Policy");
        assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("form-action 'self'"), csp);
        assertFalse(csp.contains("unsafe"), csp);
        assertEquals("DENY", ReviewApi.HEADERS.get("X-Frame-Options"));
        assertEquals("no-referrer", ReviewApi.HEADERS.get("Referrer-Policy"));
        assertEquals(404, api.handle("GET", "/", null, null).status());
        assertEquals(404, api.handle("GET", "/alerts/x/decisions/more", null, null).status());
    }

    @Test
    void aDecisionIsRecordedWithTheWordsAndTheSiteAndThePageShowsIt() {
        Alert a = scanned("a1", "https://News.Example/afp/russia-nk-arms", story, clock.instant()).get(0);
        URI u = URI.create(links.linkFor(a.id()));
        ReviewApi.Response r = api.handle("POST", u.getRawPath() + "/decisions", u.getRawQuery(),
                "entityId=ofac-sdn%3A41736&action=not-this-entry");
        assertEquals(303, r.status(), r.body());
        assertEquals("../ru-kp%3Aa1?" + u.getRawQuery(), r.headers().get("Location"));
        assertEquals(u.getRawPath(), u.resolve(u.getRawPath() + "/decisions").resolve(r.headers().get("Location"))
                .getRawPath(), "back to the page");
        Decision d = stores.all().get(0);
        assertEquals(Decision.Action.NOT_THIS_ENTRY, d.action());
        assertEquals("news.example", d.site());
        assertEquals("ashot mkrtychev|mkrtychev", d.words());
        assertEquals("k1/" + ReviewLinks.Signature.of(ReviewLinks.parseQuery(u.getRawQuery())).expiry(), d.holder());
        String page = get(u.toString()).body();
        assertTrue(page.contains("<li>Not this entry — ofac-sdn:41736"), page);

        r = api.handle("POST", u.getRawPath() + "/decisions", u.getRawQuery(), "action=mute&days=7&entityId=x");
        assertEquals(303, r.status(), r.body());
        Decision mute = stores.decisions.values().stream().filter(x -> x.action() == Decision.Action.MUTE)
                .findFirst().orElseThrow();
        assertEquals("KP,RU", mute.entityId());
        assertEquals(clock.instant().plus(Duration.ofDays(7)), mute.until());
        assertEquals(400, api.handle("POST", u.getRawPath() + "/decisions", u.getRawQuery(), "action=mute&days=0").status());
        assertEquals(400, api.handle("POST", u.getRawPath() + "/decisions", u.getRawQuery(),
                "action=confirmed&entityId=ofac-sdn%3A1").status());
        assertEquals(400, api.handle("POST", u.getRawPath() + "/decisions", u.getRawQuery(), "action=delete").status());
        assertEquals(405, api.handle("GET", u.getRawPath() + "/decisions", u.getRawQuery(), null).status());
    }

    @Test
    void aDigestsPageListsItsAlertsEachLinkedToItsOwnPageForAsLongAsTheDigestsLink() {
        Instant start = clock.instant().minusSeconds(3600);
        Alert one = mkrtychev(scanned("d1", "https://news.example/one",
                "Broker named\n\nAshot Mkrtychev met officials of Russia and North Korea.", start));
        Alert two = mkrtychev(scanned("d2", "https://other.example/two",
                "Breaking \"><script>alert(1)</script>\n\nAshot Mkrtychev again, in Russia and North Korea.", start));
        String key = "mkrtychev|ofac-sdn:41736";
        AlertStore.Digest digest = new AlertStore.Digest(AlertStore.Digest.id(key, start), "mkrtychev", WatchType.ENTITY,
                key, start, clock.instant(), List.of(one.id(), two.id(), "mkrtychev:gone"),
                List.of("https://news.example/one", "https://other.example/two"), "MKRTYCHEV, Ashot",
                List.of("ofac-sdn:41736"), List.of());
        stores.digests.put(digest.id(), digest);
        String link = links.linkFor(digest.id());
        assertTrue(link.startsWith("http://127.0.0.1:8080/alerts/digest%23mkrtychev%7Cofac-sdn%3A41736%23"), link);

        ReviewApi.Response r = get(link);
        assertEquals(200, r.status(), r.body());
        assertEquals(ReviewApi.HEADERS, r.headers());
        String page = r.body();
        assertTrue(page.contains("<h1>3 more alerts of watch mkrtychev about MKRTYCHEV, Ashot</h1>"), page);
        assertTrue(page.contains("<dt>Watch</dt><dd>mkrtychev (entity)</dd>"), page);
        assertFalse(page.contains("<script"), page);
        assertTrue(page.contains("Breaking &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a> · other.example"), page);
        assertTrue(page.contains("<li>mkrtychev:gone: no longer stored</li>"), page);
        List<String> hrefs = Pattern.compile("<a href=\"([^\"]*)\">").matcher(page).results()
                .map(m -> m.group(1).replace("&amp;", "&")).toList();
        assertEquals(2, hrefs.size(), page);
        long expiry = ReviewLinks.Signature.of(ReviewLinks.parseQuery(URI.create(link).getRawQuery())).expiry();
        for (int i = 0; i < 2; i++) {
            URI alertLink = URI.create(link).resolve(hrefs.get(i));
            assertEquals(ReviewLinks.path(List.of(one, two).get(i).id()), alertLink.getRawPath());
            assertEquals(expiry, ReviewLinks.Signature.of(ReviewLinks.parseQuery(alertLink.getRawQuery())).expiry(),
                    "expires with the digest's link");
            ReviewApi.Response alertPage = get(alertLink.toString());
            assertEquals(200, alertPage.status(), alertPage.body());
            assertTrue(alertPage.body().contains("<dt>Watch</dt><dd>mkrtychev (entity)</dd>"), alertPage.body());
        }

        // The same refusals as an alert's page; no decision on a digest itself.
        String tampered = link.replace("digest%23mkrtychev", "digest%23mkrtychez");
        assertEquals(403, get(tampered).status());
        assertEquals(403, api.handle("GET", URI.create(link).getRawPath(), null, null).status());
        assertFalse(get(tampered).body().contains("mkrtychev") || get(tampered).body().contains("MKRTYCHEV"));
        URI u = URI.create(link);
        assertEquals(404, api.handle("POST", u.getRawPath() + "/decisions", u.getRawQuery(),
                "action=confirmed&entityId=ofac-sdn%3A41736").status());
        assertTrue(stores.decisions.isEmpty());
        assertEquals(404, get(links.linkFor(AlertStore.Digest.id(key, clock.instant()))).status(), "not stored");
        assertEquals(404, get(links.linkFor("ru-kp:nothing")).status(), "a signed link to no alert");
        clock.advance(Duration.ofDays(31));
        assertEquals(403, get(link).status());
        assertEquals(403, get(URI.create(link).resolve(hrefs.get(0)).toString()).status());
    }

    private static Alert mkrtychev(List<Alert> fired) {
        return fired.stream().filter(a -> a.watchId().equals("mkrtychev")).findFirst().orElseThrow();
    }

    /** The texts of the marks of the given styles. */
    static List<String> marks(String page, String styles) {
        Matcher m = Pattern.compile("<mark class=\"(?:" + styles + ")\" tabindex=\"0\"[^>]*>([^<]*)</mark>").matcher(page);
        return m.results().map(x -> x.group(1)).toList();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
