package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.junit.jupiter.api.Test;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.article.Article;
import sanctionswatch.article.ArticleIds;
import sanctionswatch.article.ArticleStore;
import sanctionswatch.article.StoredArticle;
import sanctionswatch.aws.DynamoArticleStore;
import sanctionswatch.aws.DynamoWatchStore;
import sanctionswatch.country.Countries;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import sanctionswatch.functions.ScanArticleFunction;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.Wiring;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.match.Mention;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.ScanService;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch of ten articles from four loopback sites, one of them slow, through ScanArticleFunction on the emulators:
 * the slow site's page, first in the batch, answers only once the nine pages of the three other sites have been asked
 * for, so it cannot have held them up; every article is still stored from its page, in the batch's order.
 */
class SlowSiteTest {
    /** How long the slow site waits for the others at most; well inside the fetch timeout set below. */
    private static final long HOLD_SECONDS = 20;

    @Test
    void aSlowSiteHoldsUpNoOtherPageAndTheBatchIsStoredInItsOrder() throws Exception {
        try (NewsSite slow = new NewsSite(NewsSite.generate(31, 1), 1);
             NewsSite a = new NewsSite(NewsSite.generate(32, 3), 3);
             NewsSite b = new NewsSite(NewsSite.generate(33, 3), 3);
             NewsSite c = new NewsSite(NewsSite.generate(34, 3), 3);
             Deployment aws = Deployment.start(slow, List.of())) {
            List<NewsSite> fast = List.of(a, b, c);
            CountDownLatch othersAskedFor = new CountDownLatch(9);
            fast.forEach(site -> site.beforePage(story -> othersAskedFor.countDown()));
            AtomicBoolean othersFirst = new AtomicBoolean();
            slow.beforePage(story -> othersFirst.set(awaitQuietly(othersAskedFor)));

            // The slow site first, then the others' pages interleaved: a0 b0 c0 a1 b1 c1 a2 b2 c2.
            List<String> urls = new ArrayList<>(List.of(slow.url(slow.stories().get(0))));
            for (int n = 0; n < 3; n++) {
                for (NewsSite site : fast) {
                    urls.add(site.url(site.stories().get(n)));
                }
            }
            List<SQSEvent.SQSMessage> records = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
                m.setMessageId("m" + i);
                m.setBody(FeedItems.toJson(new FeedItem(urls.get(i), "", null, "", slow.base() + "/feeds/0.rss",
                        urls.get(i), "slow-site-" + i)));
                records.add(m);
            }
            SQSEvent event = new SQSEvent();
            event.setRecords(records);

            Map<String, String> env = new HashMap<>(aws.scanEnv);
            env.put("FETCH_ADMIT", List.of(slow, a, b, c).stream().map(NewsSite::admit).collect(Collectors.joining(",")));
            env.put("FETCH_TIMEOUT_SECONDS", String.valueOf(HOLD_SECONDS * 2));
            Settings settings = new Settings(env);
            List<String> stored = Collections.synchronizedList(new ArrayList<>());
            HttpFetcher fetcher = Wiring.fetcher(settings);
            ArticleScanner scanner = Wiring.bundledScanner();
            ScanService service = new ScanService(() -> scanner, fetcher,
                    recording(new DynamoArticleStore(aws.dynamo, "ArticlesTable", "MentionsTable"), stored),
                    new DynamoWatchStore(aws.dynamo, "WatchesTable"), new WatchEvaluator(Countries.bundled()),
                    Wiring.alerts(settings, aws.dynamo, () -> aws.sns));
            SQSBatchResponse response = new ScanArticleFunction(service, Wiring.pages(settings, fetcher), null)
                    .handleRequest(event, null);

            assertEquals(List.of(), response.getBatchItemFailures());
            assertTrue(othersFirst.get(), "the slow page answered after the nine others were asked for");
            assertEquals(urls, stored, "stored in the batch's order, the slow site's article first");
            for (String url : urls) {
                Map<String, AttributeValue> item = aws.dynamo.getItem(r -> r.tableName("ArticlesTable")
                        .consistentRead(true).key(Map.of("articleId", AttributeValue.fromS(ArticleIds.of(url)))))
                        .item();
                assertEquals("page", item.get("textSource").s(), url);
            }
            assertEquals(10, PipelineState.all(aws.dynamo, "ArticlesTable").size());
            for (NewsSite site : fast) {
                assertEquals(1, site.mostPagesAtOnce(), "one page at a time from each site");
            }
        }
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(HOLD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The store, noting the URL of each article put, in the order they come. */
    private static ArticleStore recording(ArticleStore store, List<String> urls) {
        return new ArticleStore() {
            @Override
            public void put(Article article, List<Mention> mentions, String text) {
                urls.add(article.url());
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
