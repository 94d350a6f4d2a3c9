package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.InMemoryAlerts;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.article.Article;
import sanctionswatch.article.ArticleStore;
import sanctionswatch.article.InMemoryArticleStore;
import sanctionswatch.article.StoredArticle;
import sanctionswatch.country.Countries;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import sanctionswatch.http.FetchException;
import sanctionswatch.http.Fetcher;
import sanctionswatch.http.HttpResponse;
import sanctionswatch.lists.refresh.ForwardingListVersions;
import sanctionswatch.lists.refresh.InMemoryListVersions;
import sanctionswatch.lists.refresh.ListVersion;
import sanctionswatch.lists.refresh.ListVersions;
import sanctionswatch.match.Mention;
import sanctionswatch.scan.ArticlePages;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.LiveScanner;
import sanctionswatch.scan.ScanService;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The handler over a batch whose pages are fetched side by side: each message's outcome is its own. */
// The lead page answers only after the batch's other pages did; fetched one after another, it would wait for ever.
// The limit turns that hang into a failure and measures nothing.
@Timeout(60)
class ScanArticleFunctionTest {
    @Test
    void eachMessageSucceedsOrFailsAloneAndArticlesAreStoredInTheBatchsOrder() {
        CountDownLatch othersAnswered = new CountDownLatch(4);
        Fetcher fetcher = (URI uri, Map<String, String> headers) -> {
            try {
                switch (uri.getPath()) {
                    case "/lead" -> othersAnswered.await();
                    case "/refused" -> throw new FetchException(uri, "address refused (private)", null);
                    case "/broken" -> throw new IllegalStateException("fetcher broke");
                    default -> { }
                }
                byte[] html = ("<html><body><p>Russia and North Korea: " + uri + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                return new HttpResponse(uri, 200, "text/html; charset=utf-8", null, null, null, html);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri, "interrupted", e);
            } finally {
                if (!uri.getPath().equals("/lead")) {
                    othersAnswered.countDown();
                }
            }
        };
        InMemoryAlerts alerts = new InMemoryAlerts();
        ArticleScanner scanner = Wiring.bundledScanner();
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        ScanService service = new ScanService(() -> scanner, fetcher, recording(new InMemoryArticleStore(), stored),
                alerts, new WatchEvaluator(Countries.bundled()), new AlertService(alerts, a -> { }));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message("m1", "http://slow.example/lead"),
                message("m2", "http://a.example/refused"),
                body("m3", "{\"url\": not json"),
                message("m4", "http://c.example/broken"),
                message("m5", "http://d.example/story"),
                message("m6", "http://a.example/second")));

        SQSBatchResponse response = new ScanArticleFunction(service, new ArticlePages(fetcher, 10), null)
                .handleRequest(event, null);

        assertEquals(List.of("m3", "m4"), response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(List.of("http://slow.example/lead page", "http://a.example/refused summary",
                "http://d.example/story page", "http://a.example/second page"), stored);
    }

    @Test
    void theListsAreCheckedWhileThePagesAreFetched() {
        // The page answers only once the lists were asked which version is current, and the version store answers
        // only once the page was asked for: one after the other, both would wait for ever.
        CountDownLatch listsAsked = new CountDownLatch(1);
        CountDownLatch pageAsked = new CountDownLatch(1);
        Fetcher fetcher = (URI uri, Map<String, String> headers) -> {
            pageAsked.countDown();
            await(listsAsked);
            byte[] html = "<html><body><p>Putin met Kim Jong Un.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            return new HttpResponse(uri, 200, "text/html; charset=utf-8", null, null, null, html);
        };
        ListVersions versions = new ForwardingListVersions(new InMemoryListVersions()) {
            @Override
            public Optional<ListVersion> current() {
                listsAsked.countDown();
                await(pageAsked);
                return super.current();
            }
        };
        LiveScanner lists = LiveScanner.deferred(versions, Duration.ofMinutes(5), Clock.systemUTC(),
                Wiring::bundledScanner);
        InMemoryAlerts alerts = new InMemoryAlerts();
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        ScanService service = new ScanService(lists, fetcher, recording(new InMemoryArticleStore(), stored),
                alerts, new WatchEvaluator(Countries.bundled()), new AlertService(alerts, a -> { }));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message("m1", "http://a.example/story")));

        SQSBatchResponse response = new ScanArticleFunction(service, new ArticlePages(fetcher, 10), lists)
                .handleRequest(event, null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(List.of("http://a.example/story page"), stored);
        assertEquals(LiveScanner.BUNDLED, lists.version());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SQSEvent.SQSMessage message(String id, String url) {
        return body(id, FeedItems.toJson(new FeedItem(url, "", null, "Summary of " + url, "https://feeds.example/a",
                url, url)));
    }

    private static SQSEvent.SQSMessage body(String id, String body) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId(id);
        m.setBody(body);
        return m;
    }

    /** The store, noting each article put (URL and text source) in the order they come. */
    private static ArticleStore recording(ArticleStore store, List<String> puts) {
        return new ArticleStore() {
            @Override
            public void put(Article article, List<Mention> mentions, String text) {
                puts.add(article.url() + " " + article.textSource());
                store.put(article, mentions, text);
            }

            @Override
            public void addMentions(String articleId, List<Mention> mentions) {
                store.addMentions(articleId, mentions);
            }

            @Override
            public void flag(String articleId, List<Mention> mentions, String flag) {
                store.flag(articleId, mentions, flag);
            }

            @Override
            public void forEachSince(Instant since, Consumer<StoredArticle> action) {
                store.forEachSince(since, action);
            }
        };
    }
}
