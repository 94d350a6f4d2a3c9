package sanctionswatch.feeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sanctionswatch.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedItemsTest {
    private static final FeedItem ITEM = new FeedItem("https://news.example/a", "Kim \"Jong\" Un\u2019s envoy",
            "2023-03-31T00:00:00Z", "Line one\nline two \u00e9 \u0416", "https://news.example/feed.rss", "guid-1",
            "c-1");

    @Test
    void anItemWrittenIsReadBackTheSame() {
        assertEquals(ITEM, FeedItems.fromJson(FeedItems.toJson(ITEM)));
        FeedItem sparse = new FeedItem("https://news.example/b", "", null, "", null, "https://news.example/b", "c");
        assertEquals(sparse, FeedItems.fromJson(FeedItems.toJson(sparse)));
    }

    @Test
    void writesWhatTheObjectMapperWritesForTheRecord() throws Exception {
        assertEquals(Json.mapper().writeValueAsString(ITEM), FeedItems.toJson(ITEM));
    }

    @Test
    void readsWhatTheObjectMapperReadsSkippingUnknownFieldsAndFillingDefaults() {
        String body = "{\"extra\":{\"nested\":[1,{\"url\":\"no\"}]},\"url\":\"https://news.example/c\","
                + "\"title\":7,\"list\":[\"x\"],\"published\":null,\"feed\":\"https://news.example/f\"}";
        FeedItem item = FeedItems.fromJson(body);
        assertEquals("https://news.example/c", item.url());
        assertEquals("7", item.title());
        assertNull(item.published());
        assertEquals("", item.summary());
        assertEquals("https://news.example/c", item.guid(), "the link stands for a missing guid");
        assertEquals(FeedItem.correlationIdOf("https://news.example/f", "https://news.example/c"),
                item.correlationId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json at all|message body is not a feed item (JsonParseException at line 1, column 1)",
            "[1,2]|message body is not a feed item (not a JSON object)",
            "{\"title\":\"no url\"}|message body has no \"url\"",
            "{\"url\":\"  \"}|message body has no \"url\"",
            "{\"url\":[\"https://a\"]}|message body is not a feed item (\"url\" is not text at line 1, column 9)",
            "{\"url\":\"https://a\",|message body is not a feed item (JsonParseException at line 1, column 20)",
    })
    void refusesABodyThatIsNotAnItemSayingWhereNotWhat(String body, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedItems.fromJson(body));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("https://a"));
    }

    @Test
    void refusesAnEmptyBody() {
        assertEquals("empty message body",
                assertThrows(IllegalArgumentException.class, () -> FeedItems.fromJson(" ")).getMessage());
    }
}
