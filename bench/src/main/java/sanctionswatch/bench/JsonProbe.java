package sanctionswatch.bench;

import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One fresh JVM: the cost of the first JSON parse of a queued feed item (the scanner's hot event body) through
 * Jackson, against the second. The first includes loading and initialising Jackson: the most a hand-written parser
 * could save at a cold start. Argument: the feed item's JSON file. Prints one JSON line.
 */
public final class JsonProbe {
    private JsonProbe() {}

    public static void main(String[] args) throws Exception {
        String body = Files.readString(Path.of(args[0]));
        long t0 = System.nanoTime();
        FeedItem first = FeedItems.fromJson(body);
        long t1 = System.nanoTime();
        FeedItem second = FeedItems.fromJson(body);
        long t2 = System.nanoTime();
        if (!first.equals(second)) {
            throw new IllegalStateException("two parses differ");
        }
        System.out.printf("{\"firstParseMicros\":%d,\"secondParseMicros\":%d}%n", (t1 - t0) / 1000, (t2 - t1) / 1000);
    }
}
