package sanctionswatch.bench;

import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import sanctionswatch.json.Json;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One fresh JVM: the cost of the first JSON parse of a queued feed item (the scanner's hot event body), against the
 * second, either as the functions read it ({@code streaming}: {@link FeedItems#fromJson}, Jackson's streaming parser)
 * or through Jackson's object mapper ({@code mapper}, as they did before). The first includes loading and
 * initialising what the parse needs. Arguments: the mode, the feed item's JSON file. Prints one JSON line.
 */
public final class JsonProbe {
    private JsonProbe() {}

    public static void main(String[] args) throws Exception {
        boolean mapper = args[0].equals("mapper");
        String body = Files.readString(Path.of(args[1]));
        long t0 = System.nanoTime();
        FeedItem first = mapper ? Json.mapper().readValue(body, FeedItem.class) : FeedItems.fromJson(body);
        long t1 = System.nanoTime();
        FeedItem second = mapper ? Json.mapper().readValue(body, FeedItem.class) : FeedItems.fromJson(body);
        long t2 = System.nanoTime();
        if (!first.equals(second)) {
            throw new IllegalStateException("two parses differ");
        }
        System.out.printf("{\"firstParseMicros\":%d,\"secondParseMicros\":%d}%n", (t1 - t0) / 1000, (t2 - t1) / 1000);
    }
}
