package sanctionswatch.aws;

import sanctionswatch.alert.WatchType;
import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertMessages;
import sanctionswatch.alert.AlertStore;
import sanctionswatch.alert.DigestSubjects;
import sanctionswatch.alert.Story;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static sanctionswatch.aws.Items.n;
import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.scanAll;
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
        item.put("watchType", s(a.watchType().wire()));
        item.put("articleId", s(a.articleId()));
        item.put("url", s(a.url()));
        item.put("reason", s(a.reason()));
        item.put("status", s(Status.PENDING.name()));
        item.put("recordedAt", s(Instant.now().toString()));
        item.put("recordedAtEpoch", n(Instant.now().getEpochSecond()));
        // The whole alert, so a sweeper can publish it again without the article.
        item.put("document", s(AlertMessages.toJson(a)));
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
        setStatus(alertId, Status.SENT, "sentAt");
    }

    /**
     * Story items: {@code alertId = story#<watchId>#<titleKey>}, a map of the claiming alerts' fingerprints and a
     * claim count, so two scanners racing on two copies of a story cannot both claim it.
     */
    @Override
    public boolean claimStory(String watchId, Story story, String alertId) {
        Map<String, AttributeValue> key = Map.of("alertId", s("story#" + watchId + "#" + story.titleKey()));
        dynamo.updateItem(b -> b.tableName(table).key(key)
                .updateExpression("SET kind = :kind, claims = if_not_exists(claims, :empty), "
                        + "claimCount = if_not_exists(claimCount, :zero)")
                .expressionAttributeValues(Map.of(":kind", s("story"), ":empty", AttributeValue.fromM(Map.of()),
                        ":zero", n(0))));
        for (int attempt = 0; attempt < 5; attempt++) {
            Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key))
                    .item();
            Map<String, AttributeValue> claims = item.get("claims").m();
            if (claims.containsKey(alertId)) {
                return true;
            }
            for (AttributeValue fingerprint : claims.values()) {
                if (story.nearlySame(Long.parseLong(fingerprint.n()))) {
                    return false;
                }
            }
            long seen = Long.parseLong(item.get("claimCount").n());
            try {
                // One conditional write adds the claim, so two scanners racing on two copies cannot both claim.
                dynamo.updateItem(b -> b.tableName(table).key(key)
                        .conditionExpression("claimCount = :seen")
                        .updateExpression("SET claimCount = :next, claims.#me = :fp")
                        .expressionAttributeNames(Map.of("#me", alertId))
                        .expressionAttributeValues(Map.of(":seen", n(seen), ":next", n(seen + 1),
                                ":fp", n(story.fingerprint()))));
                return true;
            } catch (ConditionalCheckFailedException raced) {
                // Another scanner claimed meanwhile: read its claim and decide again.
            }
        }
        throw new IllegalStateException("could not claim story " + story.titleKey() + " for " + watchId);
    }

    @Override
    public List<Alert> pendingSince(Instant before) {
        List<Alert> pending = new ArrayList<>();
        for (Map<String, AttributeValue> item : scanAll(dynamo, ScanRequest.builder().tableName(table)
                .consistentRead(true).filterExpression("#st = :pending AND recordedAtEpoch < :before")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":pending", s(Status.PENDING.name()),
                        ":before", n(before.getEpochSecond())))
                .build())) {
            pending.add(AlertMessages.fromJson(str(item, "document")));
        }
        return pending;
    }

    @Override
    public void markSuppressed(String alertId) {
        setStatus(alertId, Status.SUPPRESSED, "suppressedAt");
    }

    private void setStatus(String alertId, Status status, String when) {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("alertId", s(alertId)))
                .updateExpression("SET #st = :st, " + when + " = :now")
                .expressionAttributeNames(Map.of("#st", "status"))
                .expressionAttributeValues(Map.of(":st", s(status.name()), ":now", s(Instant.now().toString()))));
    }

    /** Window items: {@code alertId = window#<key>}, who opened it and until when (epoch seconds). */
    @Override
    public boolean openWindow(String key, String alertId, Instant now, Instant until) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("alertId", s("window#" + key));
        item.put("kind", s("window"));
        item.put("openedBy", s(alertId));
        item.put("windowStart", n(now.getEpochSecond()));
        item.put("windowEnd", n(until.getEpochSecond()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(alertId) OR windowEnd <= :now OR openedBy = :me")
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()), ":me", s(alertId))));
            return true;
        } catch (ConditionalCheckFailedException open) {
            return false;
        }
    }

    /**
     * Digest items: {@code alertId = digest#<key>#<window start>}, the held-back alert ids and links as string sets,
     * so adding the same alert twice changes nothing.
     */
    @Override
    public void addToDigest(String key, Alert alert) {
        Map<String, AttributeValue> window = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("alertId", s("window#" + key)))).item();
        String start = window.get("windowStart").n();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":id", ss(List.of(alert.id())));
        values.put(":link", ss(List.of(alert.url())));
        values.put(":kind", s("digest"));
        values.put(":key", s(key));
        values.put(":watch", s(alert.watchId()));
        values.put(":type", s(alert.watchType().wire()));
        values.put(":start", n(Long.parseLong(start)));
        values.put(":end", window.get("windowEnd"));
        values.put(":subject", s(DigestSubjects.of(alert)));
        values.put(":open", s("OPEN"));
        String entities = alert.entityIds().isEmpty() ? "" : ", entityIds = :entities";
        if (!alert.entityIds().isEmpty()) {
            values.put(":entities", ss(alert.entityIds()));
        }
        String countries = alert.countries().isEmpty() ? "" : ", countries = :countries";
        if (!alert.countries().isEmpty()) {
            values.put(":countries", ss(alert.countries()));
        }
        String id = Digest.id(key, Instant.ofEpochSecond(Long.parseLong(start)));
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("alertId", s(id)))
                .updateExpression("ADD alertIds :id, links :link SET kind = :kind, windowKey = :key, watchId = :watch, "
                        + "watchType = :type, windowStart = :start, windowEnd = :end, subject = :subject, "
                        + "digestStatus = if_not_exists(digestStatus, :open)" + entities + countries)
                .expressionAttributeValues(values));
    }

    @Override
    public Optional<Alert> recorded(String alertId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("alertId", s(alertId)))).item();
        return item == null || str(item, "document") == null ? Optional.empty()
                : Optional.of(AlertMessages.fromJson(str(item, "document")));
    }

    /** The reverse of {@link #addToDigest}: the id and link taken out of the digest item's sets. */
    @Override
    public void dropFromDigest(String digestId, Alert alert) {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("alertId", s(digestId)))
                .updateExpression("DELETE alertIds :id, links :link")
                .expressionAttributeValues(Map.of(":id", ss(List.of(alert.id())), ":link", ss(List.of(alert.url())))));
    }

    /** Reads the whole table with a filter: digests are few, and run on a schedule, not per article. */
    @Override
    public List<Digest> dueDigests(Instant now) {
        List<Digest> due = new ArrayList<>();
        for (Map<String, AttributeValue> item : scanAll(dynamo, ScanRequest.builder().tableName(table)
                .consistentRead(true)
                .filterExpression("kind = :digest AND digestStatus = :open AND windowEnd <= :now")
                .expressionAttributeValues(Map.of(":digest", s("digest"), ":open", s("OPEN"),
                        ":now", n(now.getEpochSecond())))
                .build())) {
            due.add(digest(item));
        }
        return due;
    }

    /** A digest item as the digest it records, or null when the item is none (an alert, a window). */
    static Digest digest(Map<String, AttributeValue> item) {
        if (item == null || !"digest".equals(str(item, "kind")) || !item.containsKey("windowStart")) {
            return null;
        }
        return new Digest(str(item, "alertId"), str(item, "watchId"), WatchType.of(str(item, "watchType")),
                str(item, "windowKey"), Instant.ofEpochSecond(Long.parseLong(item.get("windowStart").n())),
                Instant.ofEpochSecond(Long.parseLong(item.get("windowEnd").n())), strings(item, "alertIds"),
                strings(item, "links"), str(item, "subject"), strings(item, "entityIds"),
                strings(item, "countries"));
    }

    @Override
    public void markDigestSent(String digestId) {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("alertId", s(digestId)))
                .updateExpression("SET digestStatus = :sent, sentAt = :now")
                .expressionAttributeValues(Map.of(":sent", s("SENT"), ":now", s(Instant.now().toString()))));
    }

    private static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasSs() ? List.of() : v.ss().stream().sorted().toList();
    }
}
