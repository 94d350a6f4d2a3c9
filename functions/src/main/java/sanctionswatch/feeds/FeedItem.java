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
 * @param correlationId follows the item through the logs from the poll to its alerts; the same item always has the
 *                      same one
 */
public record FeedItem(String url, String title, String published, String summary, String feed, String guid,
                       String correlationId) {
    /** The correlation id of an item: derived from its feed and guid, so a redelivered item keeps it. */
    public static String correlationIdOf(String feed, String guid) {
        return java.util.UUID.nameUUIDFromBytes((feed + "\n" + guid).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
