package sanctionswatch.feeds;

/**
 * How polling one feed went.
 *
 * @param feedUrl  the feed
 * @param status   fetched, not modified (304), failed, or skipped while the feed backs off
 * @param items    items in the feed (0 unless fetched)
 * @param newItems items sent on to be scanned
 * @param error    why it failed, or null
 */
public record FeedOutcome(String feedUrl, Status status, int items, int newItems, String error) {
    public enum Status { FETCHED, NOT_MODIFIED, FAILED, BACKING_OFF }
}
