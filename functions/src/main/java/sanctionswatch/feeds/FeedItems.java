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
            // Where, not what: the body is third-party text and stays out of logs.
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("message body is not a feed item (" + e.getClass().getSimpleName()
                    + where + ")", e);
        }
        if (item == null || item.url() == null || item.url().isBlank()) {
            throw new IllegalArgumentException("message body has no \"url\"");
        }
        String guid = item.guid() == null ? item.url() : item.guid();
        return new FeedItem(item.url(), item.title() == null ? "" : item.title(), item.published(),
                item.summary() == null ? "" : item.summary(), item.feed(), guid,
                item.correlationId() != null ? item.correlationId() : FeedItem.correlationIdOf(item.feed(), guid));
    }
}
