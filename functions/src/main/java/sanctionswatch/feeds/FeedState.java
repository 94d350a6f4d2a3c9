package sanctionswatch.feeds;

import java.time.Instant;

/**
 * What a feed's server told us last time, for a conditional GET, and how the feed has been failing.
 *
 * @param feedUrl      the feed
 * @param etag         the last ETag, or null
 * @param lastModified the last Last-Modified, or null
 * @param failures     failures in a row since the last success
 * @param notBefore    the feed is not polled before this time (its Retry-After, or backoff), or null
 */
public record FeedState(String feedUrl, String etag, String lastModified, int failures, Instant notBefore) {
    /** The state of a feed that answered, with its validators. */
    public static FeedState fetched(String feedUrl, String etag, String lastModified) {
        return new FeedState(feedUrl, etag, lastModified, 0, null);
    }
}
