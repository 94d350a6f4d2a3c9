package sanctionswatch.aws;

import sanctionswatch.retry.Backoff;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes items 25 at a time (the BatchWriteItem limit) and retries the unprocessed ones with exponential backoff and
 * full jitter, as AWS recommends; gives up with an exception rather than drop an item.
 */
final class BatchWriter {
    private static final int BATCH = 25;
    private static final int MAX_ATTEMPTS = 8;
    private static final long BASE_DELAY_MS = 25;

    private BatchWriter() {}

    static void writeAll(DynamoDbClient dynamo, String table, List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += BATCH) {
            List<WriteRequest> pending = new ArrayList<>(writes.subList(from, Math.min(writes.size(), from + BATCH)));
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException(pending.size() + " items of " + table
                            + " still unprocessed after " + MAX_ATTEMPTS + " attempts");
                }
                if (attempt > 0) {
                    Backoff.pause(attempt, BASE_DELAY_MS);
                }
                List<WriteRequest> batch = pending;
                BatchWriteItemResponse r = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, batch)));
                pending = new ArrayList<>(r.unprocessedItems().getOrDefault(table, List.of()));
            }
        }
    }
}
