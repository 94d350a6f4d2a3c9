package sanctionswatch.aws;

import sanctionswatch.review.Decision;
import sanctionswatch.review.DecisionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.scanAll;
import static sanctionswatch.aws.Items.str;

/** Decisions, key {@code decisionId} ({@link Decision#id()}): deciding the same again overwrites the item. */
public final class DynamoDecisionStore implements DecisionStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDecisionStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void put(Decision d) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("decisionId", s(d.id()));
        item.put("alertId", s(d.alertId()));
        item.put("watchId", s(d.watchId()));
        item.put("articleId", s(d.articleId()));
        item.put("site", s(d.site()));
        item.put("action", s(d.action().code()));
        item.put("entityId", s(d.entityId()));
        item.put("words", s(d.words()));
        item.put("at", s(d.at().toString()));
        if (d.until() != null) {
            item.put("until", s(d.until().toString()));
        }
        item.put("holder", s(d.holder()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Override
    public List<Decision> all() {
        return scanAll(dynamo, ScanRequest.builder().tableName(table).consistentRead(true).build()).stream()
                .map(DynamoDecisionStore::decision).sorted(Comparator.comparing(Decision::at)).toList();
    }

    private static Decision decision(Map<String, AttributeValue> i) {
        String until = str(i, "until");
        return new Decision(str(i, "alertId"), str(i, "watchId"), str(i, "articleId"), str(i, "site"),
                Decision.Action.of(str(i, "action")), str(i, "entityId"), str(i, "words"),
                Instant.parse(str(i, "at")), until == null ? null : Instant.parse(until), str(i, "holder"));
    }
}
