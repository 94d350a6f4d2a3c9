package sanctionswatch.feeds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import sanctionswatch.json.Json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Feed items as queue messages: one JSON object each. Read and written with Jackson's streaming parser and generator,
 * not the object mapper: every scan and poll invocation handles items, and the mapper's first use alone costs a cold
 * start about 200 ms.
 */
public final class FeedItems {
    private FeedItems() {}

    public static String toJson(FeedItem item) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("url", item.url());
            g.writeStringField("title", item.title());
            g.writeStringField("published", item.published());
            g.writeStringField("summary", item.summary());
            g.writeStringField("feed", item.feed());
            g.writeStringField("guid", item.guid());
            g.writeStringField("correlationId", item.correlationId());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads a queue message; a body that is not a feed item with a URL is refused with the reason. Fields it does not
     * know are skipped; a number or boolean where text belongs is read as its text.
     */
    public static FeedItem fromJson(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty message body");
        }
        String url = null;
        String title = null;
        String published = null;
        String summary = null;
        String feed = null;
        String guid = null;
        String correlationId = null;
        try (JsonParser p = Json.factory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("message body is not a feed item (not a JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    if (isItemField(field)) {
                        throw new IllegalArgumentException("message body is not a feed item (\"" + field
                                + "\" is not text" + where(p) + ")");
                    }
                    p.skipChildren();
                    continue;
                }
                String text = value == JsonToken.VALUE_NULL ? null : p.getText();
                switch (field) {
                    case "url" -> url = text;
                    case "title" -> title = text;
                    case "published" -> published = text;
                    case "summary" -> summary = text;
                    case "feed" -> feed = text;
                    case "guid" -> guid = text;
                    case "correlationId" -> correlationId = text;
                    default -> { }
                }
            }
        } catch (JsonProcessingException e) {
            // Where, not what: the body is third-party text and stays out of logs.
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("message body is not a feed item (" + e.getClass().getSimpleName()
                    + where + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("message body has no \"url\"");
        }
        String id = guid == null ? url : guid;
        return new FeedItem(url, title == null ? "" : title, published, summary == null ? "" : summary, feed, id,
                correlationId != null ? correlationId : FeedItem.correlationIdOf(feed, id));
    }

    private static boolean isItemField(String field) {
        return switch (field) {
            case "url", "title", "published", "summary", "feed", "guid", "correlationId" -> true;
            default -> false;
        };
    }

    private static String where(JsonParser p) {
        return " at line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr();
    }
}
