package sanctionswatch.aws;

import sanctionswatch.feeds.FeedState;
import sanctionswatch.feeds.FeedStateStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static sanctionswatch.aws.Items.n;
import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.str;

/**
 * One table for feeds: key {@code feedUrl} and {@code itemKey}; {@code itemKey = "state"} holds the conditional-GET
 * state, {@code "seen#<guid>"} marks an item already sent on, expiring (TTL {@code expiresAt}) after the retention.
 */
public final class DynamoFeedStateStore implements FeedStateStore {
    private static final String STATE = "state";
    private final DynamoDbClient dynamo;
    private final String table;
    private final Duration seenRetention;

    public DynamoFeedStateStore(DynamoDbClient dynamo, String table, Duration seenRetention) {
        this.dynamo = dynamo;
        this.table = table;
        this.seenRetention = seenRetention;
    }

    @Override
    public Optional<FeedState> state(String feedUrl) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(feedUrl, STATE))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue failures = item.get("failures");
        AttributeValue notBefore = item.get("notBefore");
        return Optional.of(new FeedState(feedUrl, str(item, "etag"), str(item, "lastModified"),
                failures == null ? 0 : Integer.parseInt(failures.n()),
                notBefore == null ? null : Instant.ofEpochSecond(Long.parseLong(notBefore.n()))));
    }

    @Override
    public void saveState(FeedState state) {
        Map<String, AttributeValue> item = new HashMap<>(key(state.feedUrl(), STATE));
        if (state.etag() != null) {
            item.put("etag", s(state.etag()));
        }
        if (state.lastModified() != null) {
            item.put("lastModified", s(state.lastModified()));
        }
        item.put("polledAt", s(Instant.now().toString()));
        item.put("failures", n(state.failures()));
        if (state.notBefore() != null) {
            item.put("notBefore", n(state.notBefore().getEpochSecond()));
        }
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public boolean isSeen(String feedUrl, String guid) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(feedUrl, "seen#" + guid)).projectionExpression("feedUrl")).item();
        return item != null && !item.isEmpty();
    }

    @Override
    public void markSeen(String feedUrl, String guid) {
        Map<String, AttributeValue> item = new HashMap<>(key(feedUrl, "seen#" + guid));
        item.put("expiresAt", n(Instant.now().plus(seenRetention).getEpochSecond()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> key(String feedUrl, String itemKey) {
        return Map.of("feedUrl", s(feedUrl), "itemKey", s(itemKey));
    }
}
