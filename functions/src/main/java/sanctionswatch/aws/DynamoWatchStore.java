package sanctionswatch.aws;

import sanctionswatch.alert.CountryPairWatch;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.NameWatch;
import sanctionswatch.alert.Watch;
import sanctionswatch.alert.WatchStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
        item.put("type", s(watch.type()));
        if (watch instanceof NameWatch n) {
            item.put("name", s(n.name()));
        } else if (watch instanceof EntityWatch e) {
            item.put("entityId", s(e.entityId()));
            if (!e.lists().isEmpty()) {
                item.put("lists", AttributeValue.fromSs(e.lists()));
            }
        } else if (watch instanceof CountryPairWatch p) {
            item.put("first", s(p.first()));
            item.put("second", s(p.second()));
            item.put("scope", s(p.scopeName()));
        }
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
        String type = str(item, "type");
        return switch (type == null ? "" : type) {
            case "name" -> new NameWatch(id, str(item, "name"));
            case "entity" -> new EntityWatch(id, str(item, "entityId"),
                    item.containsKey("lists") ? item.get("lists").ss() : List.of());
            case "country-pair" -> new CountryPairWatch(id, str(item, "first"), str(item, "second"),
                    CountryPairWatch.Scope.valueOf(str(item, "scope").toUpperCase(Locale.ROOT)));
            default -> throw new IllegalStateException("watch " + id + " has unknown type '" + type + "'");
        };
    }
}
