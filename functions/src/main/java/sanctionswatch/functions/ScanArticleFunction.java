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
import sanctionswatch.text.Lazy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
            Priming.register(LISTS, sns::get);
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

    /**
     * The batch: the lists brought up to date while every page is fetched side by side, then each message scanned on
     * its own ({@link #scan}) in the batch's order. A batch of ten where the third message is not a feed item answers
     * {@code batchItemFailures: [{itemIdentifier: <third messageId>}]} and the other nine are done.
     */
    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        Batch batch = new Batch(received(event), System.nanoTime());
        CompletableFuture<Void> listsReady = listsAlongside();
        batch.fetchPages();
        listsReady.join();
        for (Received message : batch.messages) {
            batch.process(message);
        }
        batch.metrics().emit();
        return batch.response();
    }

    private static List<Received> received(SQSEvent event) {
        List<SQSEvent.SQSMessage> records = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        return records.stream().map(Received::of).toList();
    }

    /**
     * The lists checked ({@link #checkLists}) and their scanner made ready on a thread of their own, while the batch's
     * pages are fetched: the pages wait on other sites, the check on DynamoDB, and on a cold start the scanner of the
     * lists (the bundled one, when no version is published) is built, 350 ms of work that no page needs. Nothing
     * else touches the lists until {@code join()}, which also makes what the thread did visible to the handler's.
     * Building the scanner may fail (a corrupt bundled list); it is then left to the first scan, which reports each
     * article as failed as it always did.
     */
    private CompletableFuture<Void> listsAlongside() {
        if (lists == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            checkLists();
            try {
                lists.get();
            } catch (RuntimeException e) {
                // Reported by the first scan that needs it, per article.
            }
        }, task -> {
            Thread t = new Thread(task, "list-check");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Before a batch, at most every {@code LIST_CHECK_SECONDS}: a newer version of the lists swapped in, or why not. */
    private void checkLists() {
        if (lists == null) {
            return;
        }
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

    /** One invocation's batch: its messages, their pages, what failed and the counts its metrics report. */
    private final class Batch {
        final List<Received> messages;
        final long started;
        final List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        // Once per batch, not per article, when the first article needs them (read again by the next article if
        // reading them failed); a watch added now applies from the next batch.
        final Supplier<List<Watch>> watches = Lazy.of(service::watches);
        // The analysts' decisions likewise, read only when an article of the batch first sets off an alert.
        final Supplier<List<Decision>> decided = Lazy.of(service::decisions);
        Iterator<ArticlePages.Page> pages;
        int scanned;
        int mentions;
        int published;

        Batch(List<Received> messages, long started) {
            this.messages = messages;
            this.started = started;
        }

        /** Every page of the batch first, side by side; the articles are then scanned one by one. */
        void fetchPages() {
            pages = ScanArticleFunction.this.pages.fetch(messages.stream().map(Received::item)
                    .filter(Objects::nonNull).toList()).iterator();
        }

        /** A message scanned, or reported as failed with the others going on. */
        void process(Received message) {
            ArticlePages.Page page = message.item() == null ? null : pages.next();
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

        Metrics metrics() {
            return new Metrics("ScanArticleFunction").count("ArticlesScanned", scanned).count("Mentions", mentions)
                    .count("AlertsSent", published).count("Failures", failures.size())
                    .millis("ScanTime", (System.nanoTime() - started) / 1_000_000);
        }

        SQSBatchResponse response() {
            return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
        }
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
        fields.put("textSource", o.article().textSource().wire());
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
