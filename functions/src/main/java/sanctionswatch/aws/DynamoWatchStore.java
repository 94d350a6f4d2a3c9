package sanctionswatch.aws;

import sanctionswatch.alert.Watch;
import sanctionswatch.alert.WatchFields;
import sanctionswatch.alert.WatchStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.scanAll;
import static sanctionswatch.aws.Items.str;

/** Watches, one item each, key {@code watchId}; the item {@code #defaults} records that the defaults were seeded. */
public final class DynamoWatchStore implements WatchStore {
    private static final String SEEDED = "#defaults";
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoWatchStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<Watch> list() {
        List<Watch> watches = new ArrayList<>();
        for (Map<String, AttributeValue> item : scanAll(dynamo,
                ScanRequest.builder().tableName(table).consistentRead(true).build())) {
            if (!str(item, "watchId").startsWith("#")) {
                watches.add(fromItem(item));
            }
        }
        watches.sort((a, b) -> a.id().compareTo(b.id()));
        return watches;
    }

    @Override
    public void put(Watch watch) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("watchId", s(watch.id()));
        WatchFields.of(watch).forEach((name, value) -> item.put(name, value instanceof List<?> list
                ? AttributeValue.fromSs(list.stream().map(Object::toString).toList()) : s(value.toString())));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public boolean remove(String watchId) {
        Map<String, AttributeValue> old = dynamo.deleteItem(b -> b.tableName(table)
                .key(Map.of("watchId", s(watchId))).returnValues("ALL_OLD")).attributes();
        return old != null && !old.isEmpty();
    }

    @Override
    public boolean defaultsSeeded() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("watchId", s(SEEDED)))).item();
        return item != null && !item.isEmpty();
    }

    @Override
    public void markDefaultsSeeded() {
        dynamo.putItem(b -> b.tableName(table).item(Map.of("watchId", s(SEEDED))));
    }

    private static Watch fromItem(Map<String, AttributeValue> item) {
        String id = str(item, "watchId");
        try {
            return WatchFields.watch(id, field -> item.containsKey(field) && item.get(field).hasSs()
                    ? item.get(field).ss() : str(item, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("watch " + id + " cannot be read: " + e.getMessage(), e);
        }
    }
}
