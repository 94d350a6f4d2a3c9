package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import sanctionswatch.alert.Watch;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.review.Decision;
import sanctionswatch.scan.ArticlePages;
import sanctionswatch.scan.LiveScanner;
import sanctionswatch.scan.ScanService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * SQS batches of feed items: fetches their pages side by side ({@link ArticlePages}), then scans, stores and alerts
 * on each article in the batch's order. Reports only the messages that failed, so the rest of the batch is not
 * delivered again.
 */
public final class ScanArticleFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {
    /** Built once per container (the SDK clients and the lists are most of a cold start); primed for SnapStart. */
    private static final class Default {
        static final LiveScanner LISTS;
        static final ScanService SERVICE;
        static final ArticlePages PAGES;

        static {
            Settings settings = Settings.fromEnvironment();
            DynamoDbClient dynamo = Wiring.dynamo();
            LISTS = Wiring.liveScanner(settings, Wiring.listVersions(settings, Wiring.lazyS3(settings), dynamo));
            Supplier<SnsClient> sns = Wiring.lazySns();
            // Before a SnapStart snapshot the SNS client is built too, so a restored function has it.
            Priming.register(LISTS.get(), sns::get);
            HttpFetcher fetcher = Wiring.fetcher(settings);
            SERVICE = Wiring.scanner(settings, fetcher, LISTS, dynamo, sns);
            PAGES = Wiring.pages(settings, fetcher);
        }
    }

    private final ScanService service;
    private final ArticlePages pages;
    private final LiveScanner lists;

    public ScanArticleFunction() {
        this(Default.SERVICE, Default.PAGES, Default.LISTS);
    }

    /**
     * @param pages fetches the pages of a batch's items
     * @param lists the lists the service scans with, checked for a newer version before each batch; null: fixed
     */
    public ScanArticleFunction(ScanService service, ArticlePages pages, LiveScanner lists) {
        this.service = service;
        this.pages = pages;
        this.lists = lists;
    }

    /** A message of the batch: its feed item, or why its body is not one. */
    private record Received(SQSEvent.SQSMessage message, FeedItem item, RuntimeException unreadable) {
        static Received of(SQSEvent.SQSMessage message) {
            try {
                return new Received(message, FeedItems.fromJson(message.getBody()), null);
            } catch (RuntimeException e) {
                return new Received(message, null, e);
            }
        }
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        long started = System.nanoTime();
        int scanned = 0;
        int mentions = 0;
        int published = 0;
        List<SQSEvent.SQSMessage> records = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        if (lists != null) {
            lists.checkIfDue().ifPresent(check -> {
                if (check.error() != null) {
                    Log.error("lists not loaded", Map.of("inUse", check.version(), "error", check.error()));
                } else if (check.loaded() && check.indexError() != null) {
                    Log.error("lists loaded without their index", Map.of("version", check.version(),
                            "indexError", check.indexError()));
                } else if (check.loaded()) {
                    Log.info("lists loaded", Map.of("version", check.version()));
                }
            });
        }
        List<Received> batch = records.stream().map(Received::of).toList();
        // Every page of the batch first, side by side; then the articles one by one in the batch's order.
        Iterator<ArticlePages.Page> texts = pages.fetch(batch.stream().map(Received::item).filter(Objects::nonNull)
                .toList()).iterator();
        // Once per batch, not per article, when the first article needs them (read again by the next article if
        // reading them failed); a watch added now applies from the next batch.
        Supplier<List<Watch>> watches = Lazy.of(service::watches);
        // The analysts' decisions likewise, read only when an article of the batch first sets off an alert.
        Supplier<List<Decision>> decided = Lazy.of(service::decisions);
        for (Received message : batch) {
            ArticlePages.Page page = message.item() == null ? null : texts.next();
            try {
                ScanService.Outcome o = scan(message, page, watches, decided);
                scanned++;
                mentions += o.scan().mentions().size();
                published += o.published().size();
            } catch (RuntimeException e) {
                Log.error("article failed", Map.of("messageId", String.valueOf(message.message().getMessageId()),
                        "error", String.valueOf(e)));
                failures.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(message.message().getMessageId()).build());
            }
        }
        new Metrics("ScanArticleFunction").count("ArticlesScanned", scanned).count("Mentions", mentions)
                .count("AlertsSent", published).count("Failures", failures.size())
                .millis("ScanTime", (System.nanoTime() - started) / 1_000_000).emit();
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    /**
     * One message: its article scanned, stored and alerted on, and logged. Throws what fails this message alone: a
     * body that is not a feed item, a failure with its text other than the page, the stores' or SNS's errors.
     */
    private ScanService.Outcome scan(Received message, ArticlePages.Page page, Supplier<List<Watch>> watches,
                                     Supplier<List<Decision>> decided) {
        if (message.item() == null) {
            throw message.unreadable();
        }
        FeedItem item = message.item();
        ScanService.Outcome o = service.scan(item, page.textOrThrow(), watches.get(), decided);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("messageId", message.message().getMessageId());
        fields.put("correlationId", item.correlationId());
        fields.put("articleId", o.article().id());
        fields.put("url", o.article().url());
        fields.put("textSource", o.article().textSource());
        if (lists != null) {
            fields.put("lists", lists.version());
        }
        fields.put("mentions", o.scan().mentions().size());
        fields.put("entities", o.scan().mentions().stream().map(m -> m.entity().id()).distinct().toList());
        fields.put("countries", o.scan().countries());
        fields.put("alerts", o.alerts().stream().map(a -> a.id()).toList());
        fields.put("published", o.published().size());
        if (o.textError() != null) {
            fields.put("pageError", o.textError());
        }
        Log.info("article scanned", fields);
        return o;
    }
}
