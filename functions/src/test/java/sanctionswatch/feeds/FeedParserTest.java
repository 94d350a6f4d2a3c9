package sanctionswatch.feeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real feeds of the test resources (see feeds/SOURCES.md), each with the quirk it is known for. */
class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    static byte[] feed(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        }
    }

    private List<FeedItem> parse(String name) throws Exception {
        return parser.parse(feed(name), "http://feeds.example/" + name);
    }

    @ParameterizedTest
    @CsvSource({"iconv.xml,10", "wapowellness.xml,29", "illegally-nested.xml,10", "tpm.atom,20",
            "intertwingly.atom,20", "slashdot.xml,10", "usgs-gov-earthquakes-all-hour-atom.xml,6", "index.rss,4"})
    void readsEveryItemOfEachRealFeed(String file, int items) throws Exception {
        List<FeedItem> parsed = parse(file);
        assertEquals(items, parsed.size());
        for (FeedItem i : parsed) {
            assertTrue(i.url().startsWith("http"), i.url());
            assertNotNull(i.guid());
        }
    }

    @Test
    void windows1251FeedWithADefaultNamespaceReadsAsCyrillic() throws Exception {
        FeedItem first = parse("iconv.xml").get(0);
        assertTrue(first.title().chars().anyMatch(c -> c >= 'А' && c <= 'я'), first.title());
    }

    @Test
    void rssDatesWithZoneNamesAndOddFormats() throws Exception {
        assertEquals("2012-08-21T15:33:00Z", parse("wapowellness.xml").get(0).published());
        assertEquals("2006-01-12T00:42:55Z", parse("index.rss").get(0).published());
    }

    @Test
    void rdfItemsTakeTheirDateFromDublinCore() throws Exception {
        FeedItem item = parse("slashdot.xml").get(0);
        assertNotNull(item.published());
        assertTrue(item.url().startsWith("http://rss.slashdot.org/") || item.url().startsWith("http://"), item.url());
    }

    @Test
    void atomLinksAreResolvedAgainstTheFeedUrl() throws Exception {
        for (FeedItem i : parse("intertwingly.atom")) {
            assertTrue(i.url().startsWith("http://"), i.url());
        }
        FeedItem tpm = parse("tpm.atom").get(0);
        assertEquals("2017-11-08T23:15:58Z", tpm.published());
        assertTrue(tpm.guid().startsWith("tag:talkingpointsmemo.com"));
    }

    @Test
    void anEmptyItemNestedInEveryItemIsNotAnItem() throws Exception {
        List<FeedItem> items = parse("illegally-nested.xml");
        assertEquals(items.size(), items.stream().map(FeedItem::url).distinct().count());
        assertTrue(items.stream().allMatch(i -> !i.title().isEmpty()));
    }

    @Test
    void documentsThatAreNotFeedsAreRefusedWithTheReason() {
        String feedUrl = "http://feeds.example/x";
        FeedFormatException empty = assertThrows(FeedFormatException.class, () -> parser.parse(new byte[0], feedUrl));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        assertThrows(FeedFormatException.class,
                () -> parser.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), feedUrl));
        assertThrows(FeedFormatException.class,
                () -> parser.parse("<rss><channel><item>".getBytes(StandardCharsets.UTF_8), feedUrl));
    }

    @Test
    void anExternalEntityIsNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss><channel><item><title>&x;</title><link>http://a.example/1</link></item></channel></rss>";
        try {
            List<FeedItem> items = parser.parse(xxe.getBytes(StandardCharsets.UTF_8), "http://feeds.example/x");
            assertTrue(items.stream().noneMatch(i -> i.title().contains("root:")), items.toString());
        } catch (FeedFormatException refused) {
            assertTrue(refused.getMessage().startsWith("http://feeds.example/x"));
        }
    }
}
