package sanctionswatch.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import sanctionswatch.feeds.FeedFormatException;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedParser;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any bytes: items with absolute-looking URLs, or a FeedFormatException that names the feed; nothing else. */
class FeedParserFuzzTest {
    private static final FeedParser PARSER = new FeedParser();

    @FuzzTest(maxDuration = "20s")
    void anyBytes(byte[] xml) {
        try {
            for (FeedItem item : PARSER.parse(xml, "http://feeds.example/fuzz")) {
                assertNotNull(item.url());
                assertNotNull(item.guid());
            }
        } catch (FeedFormatException e) {
            assertTrue(e.getMessage().startsWith("http://feeds.example/fuzz: "), e.getMessage());
        }
    }
}
