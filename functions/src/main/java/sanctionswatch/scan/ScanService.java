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
import sanctionswatch.review.Decision;
import sanctionswatch.review.DecisionGate;
import sanctionswatch.review.DecisionStore;

import java.time.Clock;
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
    private final DecisionGate gate;

    /** @param scanner the scanner over the lists in use, asked for each article (it may change between them) */
    public ScanService(Supplier<ArticleScanner> scanner, Fetcher fetcher, ArticleStore articles, WatchStore watches,
                       WatchEvaluator evaluator, AlertService alerts) {
        this(scanner, fetcher, articles, watches, evaluator, alerts, null, Clock.systemUTC());
    }

    /**
     * @param decisions analysts' decisions from review pages, respected before alerts go out ({@link DecisionGate});
     *                  null where there are none (the command line)
     */
    public ScanService(Supplier<ArticleScanner> scanner, Fetcher fetcher, ArticleStore articles, WatchStore watches,
                       WatchEvaluator evaluator, AlertService alerts, DecisionStore decisions, Clock clock) {
        this.scanner = scanner;
        this.fetcher = fetcher;
        this.articles = articles;
        this.watches = watches;
        this.evaluator = evaluator;
        this.alerts = alerts;
        this.gate = new DecisionGate(decisions, clock);
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
        return scan(item, text, inForce, this::decisions);
    }

    /**
     * The same, with the analysts' decisions read once for the whole batch too, when its first alert needs them
     * ({@code decided} memoises them).
     */
    public Outcome scan(FeedItem item, ArticleText text, List<Watch> inForce, Supplier<List<Decision>> decided) {
        String url = ArticleIds.canonical(item.url());
        return scan(ArticleIds.of(item.url()), url, item.published(), item.feed(), text, item.correlationId(),
                inForce, decided);
    }

    /** The decisions in force (none where the service has no decision store). */
    public List<Decision> decisions() {
        return gate.decisions();
    }

    /** Scans an article's text had whole (a local text or HTML file: {@link ArticleText#ofHtml}), under {@code source}. */
    public Outcome scan(String source, ArticleText text) {
        String id = ArticleIds.of(source);
        return scan(id, source, null, null, text, id, watches(), this::decisions);
    }

    private Outcome scan(String id, String url, String published, String feed, ArticleText text,
                         String correlationId, List<Watch> inForce, Supplier<List<Decision>> decided) {
        ScanResult result = scanner.get().scan(text.text());
        Article article = new Article(id, url, text.title(), published, feed, text.source(), result.countries(),
                result.mentions().size(), correlationId);
        articles.put(article, result.mentions(), text.text());
        List<Alert> fired = gate.batch(decided).kept(article, result.mentions(),
                evaluator.evaluate(article, result, inForce), articles);
        return new Outcome(article, result, fired, alerts.deliver(fired, Story.of(text.title(), result.tokens())),
                text.error());
    }
}
