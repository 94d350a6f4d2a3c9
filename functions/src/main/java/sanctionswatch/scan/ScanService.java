package sanctionswatch.scan;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.Story;
import sanctionswatch.alert.Watch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.alert.WatchStore;
import sanctionswatch.alert.Watches;
import sanctionswatch.article.Article;
import sanctionswatch.article.ArticleIds;
import sanctionswatch.article.ArticleStore;
import sanctionswatch.article.ArticleText;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.http.Fetcher;
import sanctionswatch.match.ScanResult;

import java.util.List;
import java.util.function.Supplier;

/**
 * Scans one article end to end: its text, the mentions and countries in it, the stored article and mentions, and
 * the alerts of the watches it sets off. Running it twice on the same article leaves the same items and publishes
 * nothing more.
 */
public final class ScanService {
    private final Supplier<ArticleScanner> scanner;
    private final Fetcher fetcher;
    private final ArticleStore articles;
    private final WatchStore watches;
    private final WatchEvaluator evaluator;
    private final AlertService alerts;

    /** @param scanner the scanner over the lists in use, asked for each article (it may change between them) */
    public ScanService(Supplier<ArticleScanner> scanner, Fetcher fetcher, ArticleStore articles, WatchStore watches,
                       WatchEvaluator evaluator, AlertService alerts) {
        this.scanner = scanner;
        this.fetcher = fetcher;
        this.articles = articles;
        this.watches = watches;
        this.evaluator = evaluator;
        this.alerts = alerts;
    }

    /**
     * What one scan found and did.
     *
     * @param article   the stored article
     * @param scan      mentions and countries
     * @param alerts    the alerts the article set off (published now or before)
     * @param published the alerts published by this call
     * @param textError why the page could not be had when the summary stood in, or null
     */
    public record Outcome(Article article, ScanResult scan, List<Alert> alerts, List<Alert> published,
                          String textError) {}

    /** The watches in force, read once for a batch of articles. */
    public List<Watch> watches() {
        return Watches.current(watches);
    }

    /** Scans a feed item: fetches its page (or falls back to its summary). */
    public Outcome scan(FeedItem item) {
        return scan(item, watches());
    }

    /** The same, against watches read beforehand for the whole batch. */
    public Outcome scan(FeedItem item, List<Watch> inForce) {
        return scan(item, ArticleText.of(item, fetcher), inForce);
    }

    /** The same, with its text had beforehand (its page fetched with the batch's others: {@link ArticlePages}). */
    public Outcome scan(FeedItem item, ArticleText text, List<Watch> inForce) {
        String url = ArticleIds.canonical(item.url());
        return scan(ArticleIds.of(item.url()), url, item.published(), item.feed(), text, item.correlationId(),
                inForce);
    }

    /** Scans an article's text had whole (a local text or HTML file: {@link ArticleText#ofHtml}), under {@code source}. */
    public Outcome scan(String source, ArticleText text) {
        String id = ArticleIds.of(source);
        return scan(id, source, null, null, text, id, watches());
    }

    private Outcome scan(String id, String url, String published, String feed, ArticleText text,
                         String correlationId, List<Watch> inForce) {
        ScanResult result = scanner.get().scan(text.text());
        Article article = new Article(id, url, text.title(), published, feed, text.source(), result.countries(),
                result.mentions().size(), correlationId);
        articles.put(article, result.mentions(), text.text());
        List<Alert> fired = evaluator.evaluate(article, result, inForce);
        return new Outcome(article, result, fired, alerts.deliver(fired, Story.of(text.title(), result.tokens())),
                text.error());
    }
}
