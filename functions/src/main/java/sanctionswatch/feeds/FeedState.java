package sanctionswatch.feeds;

/**
 * What a feed's server told us last time, for a conditional GET.
 *
 * @param feedUrl      the feed
 * @param etag         the last ETag, or null
 * @param lastModified the last Last-Modified, or null
 */
public record FeedState(String feedUrl, String etag, String lastModified) {}
