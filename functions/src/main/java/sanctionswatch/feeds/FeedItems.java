package sanctionswatch.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import sanctionswatch.json.Json;

/** Feed items as queue messages: one JSON object each. */
public final class FeedItems {
    private FeedItems() {}

    public static String toJson(FeedItem item) {
        return Json.write(item);
    }

    /** Reads a queue message; a body that is not a feed item with a URL is refused with the reason. */
    public static FeedItem fromJson(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty message body");
        }
        FeedItem item;
        try {
            item = Json.MAPPER.readValue(body, FeedItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message body is not a feed item: " + e.getOriginalMessage(), e);
        }
        if (item == null || item.url() == null || item.url().isBlank()) {
            throw new IllegalArgumentException("message body has no \"url\"");
        }
        return new FeedItem(item.url(), item.title() == null ? "" : item.title(), item.published(),
                item.summary() == null ? "" : item.summary(), item.feed(),
                item.guid() == null ? item.url() : item.guid());
    }
}
