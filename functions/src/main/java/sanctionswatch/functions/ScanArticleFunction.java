package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import sanctionswatch.alert.Watch;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import sanctionswatch.scan.LiveScanner;
import sanctionswatch.scan.ScanService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * SQS batches of feed items: scans each, stores it, alerts. Reports only the messages that failed, so the rest of
 * the batch is not delivered again.
 */
public final class ScanArticleFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {
    /** Built once per container (the SDK clients and the lists are most of a cold start); primed for SnapStart. */
    private static final class Default {
        static final LiveScanner LISTS;
        static final ScanService SERVICE;

        static {
            Settings settings = Settings.fromEnvironment();
            DynamoDbClient dynamo = Wiring.dynamo();
            LISTS = Wiring.liveScanner(settings, Wiring.listVersions(settings, Wiring.lazyS3(settings), dynamo));
            Supplier<SnsClient> sns = Wiring.lazySns();
            // Before a SnapStart snapshot the SNS client is built too, so a restored function has it.
            Priming.register(LISTS.get(), sns::get);
            SERVICE = Wiring.scanner(settings, LISTS, dynamo, sns);
        }
    }

    private final ScanService service;
    private final LiveScanner lists;

    public ScanArticleFunction() {
        this(Default.SERVICE, Default.LISTS);
    }

    /** @param lists the lists the service scans with, checked for a newer version before each batch; null: fixed */
    public ScanArticleFunction(ScanService service, LiveScanner lists) {
        this.service = service;
        this.lists = lists;
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
        List<Watch> watches = null;
        for (SQSEvent.SQSMessage message : records) {
            try {
                FeedItem item = FeedItems.fromJson(message.getBody());
                if (watches == null) {
                    // Once per batch, not per article; a watch added now applies from the next batch.
                    watches = service.watches();
                }
                ScanService.Outcome o = service.scan(item, watches);
                Map<String, Object> fields = new LinkedHashMap<>();
                scanned++;
                mentions += o.scan().mentions().size();
                published += o.published().size();
                fields.put("messageId", message.getMessageId());
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
            } catch (RuntimeException e) {
                Log.error("article failed", Map.of("messageId", String.valueOf(message.getMessageId()),
                        "error", String.valueOf(e)));
                failures.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(message.getMessageId()).build());
            }
        }
        new Metrics("ScanArticleFunction").count("ArticlesScanned", scanned).count("Mentions", mentions)
                .count("AlertsSent", published).count("Failures", failures.size())
                .millis("ScanTime", (System.nanoTime() - started) / 1_000_000).emit();
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }
}
