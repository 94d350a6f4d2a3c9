package sanctionswatch.feeds;

/** Where new feed items go to be scanned. */
public interface ArticleQueue {
    void send(FeedItem item);
}
