package sanctionswatch.feeds;

/**
 * One item of a feed, as the poller hands it to the scanner.
 *
 * @param url       the article's link, absolute
 * @param title     the item's title, or empty
 * @param published when the item was published, ISO-8601 in UTC, or null when the feed gives no readable date
 * @param summary   the item's summary or content as the feed gives it (may be HTML), or empty
 * @param feed      the feed's URL
 * @param guid      the item's id in the feed (guid, Atom id, rdf:about), or its link when it has none
 */
public record FeedItem(String url, String title, String published, String summary, String feed, String guid) {}
