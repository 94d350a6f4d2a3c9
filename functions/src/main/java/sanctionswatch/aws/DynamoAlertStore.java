package sanctionswatch.aws;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.ss;
import static sanctionswatch.aws.Items.str;

/** Alerts, key {@code alertId}, recorded with a conditional put and marked {@code SENT} after publishing. */
public final class DynamoAlertStore implements AlertStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAlertStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Status record(Alert a) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("alertId", s(a.id()));
        item.put("watchId", s(a.watchId()));
        item.put("watchType", s(a.watchType()));
        item.put("articleId", s(a.articleId()));
        item.put("url", s(a.url()));
        item.put("reason", s(a.reason()));
        item.put("status", s(Status.PENDING.name()));
        item.put("recordedAt", s(Instant.now().toString()));
        if (!a.entityIds().isEmpty()) {
            item.put("entityIds", ss(a.entityIds()));
        }
        if (!a.countries().isEmpty()) {
            item.put("countries", ss(a.countries()));
        }
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(alertId)"));
            return Status.NEW;
        } catch (ConditionalCheckFailedException exists) {
            Map<String, AttributeValue> old = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                    .key(Map.of("alertId", s(a.id())))).item();
            return Status.valueOf(str(old, "status"));
        }
    }

    @Override
    public void markSent(String alertId) {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("alertId", s(alertId)))
                .updateExpression("SET #st = :sent, sentAt = :now")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":sent", s(Status.SENT.name()), ":now", s(Instant.now().toString()))));
    }
}
