package sanctionswatch.functions;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertGate;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.WatchApi;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.aws.DynamoAlertStore;
import sanctionswatch.aws.DynamoArticleStore;
import sanctionswatch.aws.DynamoDecisionStore;
import sanctionswatch.aws.DynamoFeedStateStore;
import sanctionswatch.aws.DynamoReviewStore;
import sanctionswatch.aws.DynamoWatchStore;
import sanctionswatch.aws.ReviewKeySecret;
import sanctionswatch.aws.SnsAlertPublisher;
import sanctionswatch.aws.SqsArticleQueue;
import sanctionswatch.aws.StoredListVersions;
import sanctionswatch.country.Countries;
import sanctionswatch.feeds.ArticleQueue;
import sanctionswatch.feeds.FeedParser;
import sanctionswatch.feeds.FeedPoller;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.lists.refresh.HttpListDownloader;
import sanctionswatch.lists.refresh.ListGuard;
import sanctionswatch.lists.refresh.ListRefresh;
import sanctionswatch.lists.refresh.ListVersions;
import sanctionswatch.match.EntityMatcher;
import sanctionswatch.review.DecisionGate;
import sanctionswatch.review.ReviewApi;
import sanctionswatch.review.ReviewKeys;
import sanctionswatch.review.ReviewLinks;
import sanctionswatch.scan.ArticlePages;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.LiveScanner;
import sanctionswatch.scan.NewDesignations;
import sanctionswatch.scan.RetroScan;
import sanctionswatch.scan.ScanService;
import sanctionswatch.text.Lazy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the functions' parts from their settings. The AWS clients are made by one recipe ({@link AwsClients}): region,
 * credentials and endpoints read from the environment ({@code AWS_REGION}, {@code AWS_ACCESS_KEY_ID},
 * {@code AWS_ENDPOINT_URL_DYNAMODB}, …) without the SDK's provider chains, so the same code runs on Lambda and against
 * local emulators; one HTTP client for every client of the container.
 */
public final class Wiring {
    private Wiring() {}

    /** The container's recipe, made when the first client is: one HTTP client for them all. */
    private static final class Container {
        static final AwsClients CLIENTS = AwsClients.fromEnvironment(System.getenv());
    }

    public static DynamoDbClient dynamo() {
        return Container.CLIENTS.dynamo();
    }

    public static SqsClient sqs() {
        return Container.CLIENTS.sqs();
    }

    /** The S3 client, built when first asked for: a scanner reads a file only once a version is published. */
    public static Supplier<S3Client> lazyS3(Settings settings) {
        return Lazy.of(() -> s3(settings));
    }

    /** The SNS client, built when first asked for: most invocations publish nothing. */
    public static Supplier<SnsClient> lazySns() {
        return Lazy.of(Wiring::sns);
    }

    public static SnsClient sns() {
        return Container.CLIENTS.sns();
    }

    public static S3Client s3(Settings settings) {
        return Container.CLIENTS.s3(settings.s3PathStyle());
    }

    public static HttpFetcher fetcher(Settings settings) {
        return new HttpFetcher(settings.fetchTimeout(), settings.maxFetchBytes(), settings.fetchPolicy());
    }

    public static FeedPoller poller(Settings settings, DynamoDbClient dynamo, SqsClient sqs) {
        return new FeedPoller(fetcher(settings), new FeedParser(),
                new DynamoFeedStateStore(dynamo, settings.feedsTable(), settings.seenRetention()),
                queued(new SqsArticleQueue(sqs, settings.articleQueueUrl())));
    }

    /** The queue, with a log line per item sent, so the item's correlation id is followed from here. */
    private static ArticleQueue queued(ArticleQueue queue) {
        return item -> {
            queue.send(item);
            Log.info("item queued", Map.of("correlationId", item.correlationId(), "url", item.url(),
                    "feed", String.valueOf(item.feed())));
        };
    }

    /** The retro-scan a new list version owes, over the scanner's tables and the alert topic. */
    public static NewDesignations newDesignations(Settings settings, ListVersions versions, DynamoDbClient dynamo,
                                                  Supplier<SnsClient> sns) {
        RetroScan retro = new RetroScan(articleStore(settings, dynamo),
                new DynamoWatchStore(dynamo, settings.watchesTable()), new WatchEvaluator(Countries.bundled()),
                alerts(settings, dynamo, sns), new DecisionGate(decisions(settings, dynamo), Clock.systemUTC()));
        return new NewDesignations(versions, CompiledWatchlist.bundled(), retro, settings.retroScanLookBack(),
                Clock.systemUTC());
    }

    private static DynamoArticleStore articleStore(Settings settings, DynamoDbClient dynamo) {
        return new DynamoArticleStore(dynamo, settings.articlesTable(), settings.mentionsTable());
    }

    /**
     * The scanner over the published lists, checked for a newer version every {@code LIST_CHECK_SECONDS}; the first
     * check is the first batch's, and the bundled list is read only if no version is loaded by the first scan.
     */
    public static LiveScanner liveScanner(Settings settings, ListVersions versions) {
        return LiveScanner.deferred(versions, settings.listCheckInterval(), Clock.systemUTC(), Wiring::bundledScanner);
    }

    public static ScanService scanner(Settings settings, Supplier<ArticleScanner> scanner, DynamoDbClient dynamo,
                                      Supplier<SnsClient> sns) {
        return scanner(settings, fetcher(settings), scanner, dynamo, sns);
    }

    /** @param fetcher shared with {@link #pages}: one HTTP client (and its selector thread) per container */
    public static ScanService scanner(Settings settings, HttpFetcher fetcher, Supplier<ArticleScanner> scanner,
                                      DynamoDbClient dynamo, Supplier<SnsClient> sns) {
        return new ScanService(scanner, fetcher,
                articleStore(settings, dynamo),
                new DynamoWatchStore(dynamo, settings.watchesTable()),
                new WatchEvaluator(Countries.bundled()),
                alerts(settings, dynamo, sns), decisions(settings, dynamo), Clock.systemUTC());
    }

    /** A batch's pages, fetched from {@code FETCH_CONCURRENCY} sites at once, with a fetcher of their own. */
    public static ArticlePages pages(Settings settings) {
        return pages(settings, fetcher(settings));
    }

    /** A batch's pages, fetched from {@code FETCH_CONCURRENCY} sites at once. */
    public static ArticlePages pages(Settings settings, HttpFetcher fetcher) {
        return new ArticlePages(fetcher, settings.fetchConcurrency());
    }

    /** @param sns gives the SNS client when an alert is first published */
    public static AlertService alerts(Settings settings, DynamoDbClient dynamo, Supplier<SnsClient> sns) {
        return new AlertService(new DynamoAlertStore(dynamo, settings.alertsTable()),
                new SnsAlertPublisher(sns, settings.alertTopicArn(), reviewLink(settings)), settings.alertWindow(),
                Clock.systemUTC());
    }

    /**
     * The alerts as {@link #alerts} delivers them, whose digests leave out the alerts a decision made since they were
     * held back keeps quiet (what their articles wrote read from the mentions table): DigestFunction's.
     */
    public static AlertService digests(Settings settings, DynamoDbClient dynamo, Supplier<SnsClient> sns) {
        AlertGate gate = new DecisionGate(decisions(settings, dynamo), Clock.systemUTC()).forDigests(
                new DynamoReviewStore(dynamo, settings.alertsTable(), settings.articlesTable(), settings.mentionsTable()));
        return new AlertService(new DynamoAlertStore(dynamo, settings.alertsTable()),
                new SnsAlertPublisher(sns, settings.alertTopicArn(), reviewLink(settings)), settings.alertWindow(),
                Clock.systemUTC(), gate);
    }

    /**
     * The signed review link of an alert, or null: none when no review address is set, and none, with one log line
     * saying why, when the key cannot be had (an alert without its link is better than no alert). The key is read
     * when the first alert is published, once per container.
     */
    public static Function<Alert, String> reviewLink(Settings settings) {
        String base = settings.reviewBaseUrl();
        if (base == null || settings.reviewKeyJson() == null && settings.reviewKeySecretArn() == null) {
            return a -> null;
        }
        Supplier<ReviewLinks> links = Lazy.of(() -> {
            try {
                return new ReviewLinks(reviewKeys(settings), base, settings.reviewLinkValidity(), Clock.systemUTC());
            } catch (RuntimeException e) {
                Log.error("review links off", Map.of("error", String.valueOf(e.getMessage()),
                        "fix", "set REVIEW_KEY_SECRET_ARN to the deployment's ReviewKeySecret, or REVIEW_KEY locally"));
                return null;
            }
        });
        return a -> links.get() == null ? null : links.get().linkFor(a.id());
    }

    /** The review links' keys: from the setting or file when given (local runs), else from the generated secret. */
    public static ReviewKeys reviewKeys(Settings settings) {
        String json = settings.reviewKeyJson();
        if (json != null) {
            return ReviewKeys.parse(json);
        }
        String arn = settings.reviewKeySecretArn();
        if (arn == null) {
            throw new IllegalStateException("no review key: REVIEW_KEY_SECRET_ARN names the deployment's secret "
                    + "(template.yaml sets it); for local runs set REVIEW_KEY or REVIEW_KEY_FILE");
        }
        try (SecretsManagerClient secrets = AwsClients.fromEnvironment(settings.env()).secretsManager()) {
            return ReviewKeySecret.read(secrets, arn);
        }
    }

    /** The review routes over the alerts, articles, mentions and decisions tables, checking links with {@code keys}. */
    public static ReviewApi reviewApi(Settings settings, DynamoDbClient dynamo, Supplier<Watchlist> lists,
                                      ReviewKeys keys) {
        // Only checks links, never writes one: no address needed (and the API's own would make the template circular).
        ReviewLinks links = new ReviewLinks(keys, "", settings.reviewLinkValidity(), Clock.systemUTC());
        return new ReviewApi(new DynamoReviewStore(dynamo, settings.alertsTable(),
                settings.articlesTable(), settings.mentionsTable()), decisions(settings, dynamo),
                links, id -> lists.get().find(id), Countries.bundled(), Clock.systemUTC());
    }

    public static DynamoDecisionStore decisions(Settings settings, DynamoDbClient dynamo) {
        return new DynamoDecisionStore(dynamo, settings.decisionsTable());
    }

    /**
     * The list entries a review page shows: the published version in use, read when first asked for, or the
     * bundled snapshot until one is published.
     */
    public static Supplier<Watchlist> reviewLists(ListVersions versions) {
        return Lazy.of(() -> {
            try {
                var current = versions.current();
                return current.isPresent() ? versions.load(current.get()) : CompiledWatchlist.bundled();
            } catch (java.io.IOException | RuntimeException e) {
                Log.error("list version not read; the bundled list serves", Map.of("error", String.valueOf(e.getMessage())));
                return CompiledWatchlist.bundled();
            }
        });
    }

    public static WatchApi watchApi(Settings settings, DynamoDbClient dynamo) {
        return new WatchApi(new DynamoWatchStore(dynamo, settings.watchesTable()), Countries.bundled());
    }

    public static ListVersions listVersions(Settings settings, Supplier<S3Client> s3, DynamoDbClient dynamo) {
        return new StoredListVersions(s3, settings.listsBucket(), dynamo, settings.listsTable());
    }

    public static ListRefresh listRefresh(Settings settings, ListVersions versions) {
        HttpFetcher lists = new HttpFetcher(settings.fetchTimeout().multipliedBy(6), settings.listMaxBytes(),
                settings.fetchPolicy());
        return new ListRefresh(settings.listSources(), new HttpListDownloader(lists), new ListFiles(Countries.bundled()),
                versions, new ListGuard(settings.listMaxLoss()), CompiledWatchlist.bundled(), EntityMatcher::indexOf,
                Clock.systemUTC());
    }

    /** The scanner over the bundled OFAC SDN snapshot, read from its compiled form and its index. */
    public static ArticleScanner bundledScanner() {
        return ArticleScanner.bundled();
    }
}
