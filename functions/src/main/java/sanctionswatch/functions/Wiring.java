package sanctionswatch.functions;

import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.WatchApi;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.aws.DynamoAlertStore;
import sanctionswatch.aws.DynamoArticleStore;
import sanctionswatch.aws.DynamoFeedStateStore;
import sanctionswatch.aws.DynamoWatchStore;
import sanctionswatch.aws.SnsAlertPublisher;
import sanctionswatch.aws.SqsArticleQueue;
import sanctionswatch.country.Countries;
import sanctionswatch.feeds.ArticleQueue;
import sanctionswatch.feeds.FeedParser;
import sanctionswatch.feeds.FeedPoller;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.ScanService;
import sanctionswatch.watchlist.OfacSdnCsv;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the functions' parts from their settings. The AWS clients take region, credentials and endpoint from the
 * environment as the SDK does ({@code AWS_REGION}, {@code AWS_ENDPOINT_URL}, …), so the same code runs on Lambda and
 * against local emulators; they retry in the SDK's standard mode, stated here rather than left to the SDK's default,
 * and cut off an attempt after {@link #ATTEMPT_TIMEOUT}.
 */
public final class Wiring {
    private Wiring() {}

    /** Long enough for any single call these functions make; a hung connection is cut off and retried. */
    public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

    /** What every client of these functions is configured with: standard retries, a timeout per attempt. */
    public static ClientOverrideConfiguration.Builder overrides(ClientOverrideConfiguration.Builder o,
                                                                Duration attemptTimeout) {
        return o.retryStrategy(RetryMode.STANDARD).apiCallAttemptTimeout(attemptTimeout);
    }

    public static DynamoDbClient dynamo() {
        return DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> overrides(o, ATTEMPT_TIMEOUT)).build();
    }

    public static SqsClient sqs() {
        return SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> overrides(o, ATTEMPT_TIMEOUT)).build();
    }

    public static SnsClient sns() {
        return SnsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> overrides(o, ATTEMPT_TIMEOUT)).build();
    }

    public static HttpFetcher fetcher(Settings settings) {
        return new HttpFetcher(settings.fetchTimeout(), settings.maxFetchBytes(), settings.fetchPolicy());
    }

    public static FeedPoller poller(Settings settings, DynamoDbClient dynamo, SqsClient sqs) {
        return new FeedPoller(fetcher(settings), new FeedParser(),
                new DynamoFeedStateStore(dynamo, settings.required("FEEDS_TABLE"), settings.seenRetention()),
                queued(new SqsArticleQueue(sqs, settings.required("ARTICLE_QUEUE_URL"))));
    }

    /** The queue, with a log line per item sent, so the item's correlation id is followed from here. */
    private static ArticleQueue queued(ArticleQueue queue) {
        return item -> {
            queue.send(item);
            Log.info("item queued", Map.of("correlationId", item.correlationId(), "url", item.url(),
                    "feed", String.valueOf(item.feed())));
        };
    }

    public static ScanService scanner(Settings settings, ArticleScanner scanner, DynamoDbClient dynamo, SnsClient sns) {
        return new ScanService(scanner, fetcher(settings),
                new DynamoArticleStore(dynamo, settings.required("ARTICLES_TABLE"), settings.required("MENTIONS_TABLE")),
                new DynamoWatchStore(dynamo, settings.required("WATCHES_TABLE")),
                new WatchEvaluator(Countries.bundled()),
                alerts(settings, dynamo, sns));
    }

    public static AlertService alerts(Settings settings, DynamoDbClient dynamo, SnsClient sns) {
        return new AlertService(new DynamoAlertStore(dynamo, settings.required("ALERTS_TABLE")),
                new SnsAlertPublisher(sns, settings.required("ALERT_TOPIC_ARN")), settings.alertWindow(),
                Clock.systemUTC());
    }

    public static WatchApi watchApi(Settings settings, DynamoDbClient dynamo) {
        return new WatchApi(new DynamoWatchStore(dynamo, settings.required("WATCHES_TABLE")), Countries.bundled());
    }

    /** The scanner over the bundled OFAC SDN snapshot. */
    public static ArticleScanner bundledScanner() {
        return ArticleScanner.of(OfacSdnCsv.bundled());
    }
}
