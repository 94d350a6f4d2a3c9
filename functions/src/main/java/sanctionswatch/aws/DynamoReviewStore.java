package sanctionswatch.aws;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertMessages;
import sanctionswatch.alert.AlertStore;
import sanctionswatch.article.StoredArticle;
import sanctionswatch.review.ReviewStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.str;

/**
 * What a review page reads: the alert's document (or a digest's item) in the alerts table, the article and its text in the articles
 * table, its mentions by article, and the articles naming an entry through the mentions table's {@code byEntity}
 * index. Reads only.
 */
public final class DynamoReviewStore implements ReviewStore {
    /** The articles naming an entry are read up to this many mention items, then the newest are kept. */
    static final int NAMING_ITEMS = 200;

    private final DynamoDbClient dynamo;
    private final String alertsTable;
    private final String articlesTable;
    private final String mentionsTable;

    public DynamoReviewStore(DynamoDbClient dynamo, String alertsTable, String articlesTable, String mentionsTable) {
        this.dynamo = dynamo;
        this.alertsTable = alertsTable;
        this.articlesTable = articlesTable;
        this.mentionsTable = mentionsTable;
    }

    @Override
    public Optional<Alert> alert(String alertId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(alertsTable)
                .key(Map.of("alertId", s(alertId)))).item();
        if (item == null || item.isEmpty() || str(item, "document") == null) {
            return Optional.empty();
        }
        return Optional.of(AlertMessages.fromJson(str(item, "document")));
    }

    @Override
    public Optional<AlertStore.Digest> digest(String digestId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(alertsTable)
                .key(Map.of("alertId", s(digestId)))).item();
        return Optional.ofNullable(item == null || item.isEmpty() ? null : DynamoAlertStore.digest(item));
    }

    @Override
    public Optional<StoredArticle> article(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(articlesTable)
                .key(Map.of("articleId", s(articleId)))).item();
        return item == null || item.isEmpty() || !item.containsKey("text") ? Optional.empty()
                : Optional.of(DynamoArticleStore.stored(item));
    }

    @Override
    public List<StoredMention> mentions(String articleId) {
        List<StoredMention> out = new ArrayList<>();
        QueryRequest q = QueryRequest.builder().tableName(mentionsTable).keyConditionExpression("articleId = :a")
                .expressionAttributeValues(Map.of(":a", s(articleId))).build();
        for (QueryResponse page : dynamo.queryPaginator(q)) {
            for (Map<String, AttributeValue> m : page.items()) {
                out.add(new StoredMention(str(m, "entityId"), str(m, "name"), str(m, "matched"),
                        Integer.parseInt(m.get("start").n()), Integer.parseInt(m.get("end").n()),
                        Double.parseDouble(m.get("score").n()), str(m, "rule"), str(m, "evidence")));
            }
        }
        return out;
    }

    /**
     * The index is keyed by entry and article id, which says nothing of age: the articles of the first
     * {@link #NAMING_ITEMS} mention items are read (their titles and times, not their texts) and the newest kept.
     */
    @Override
    public List<NamedIn> naming(String entityId, int limit) {
        Set<String> articleIds = new LinkedHashSet<>();
        QueryRequest q = QueryRequest.builder().tableName(mentionsTable).indexName("byEntity")
                .keyConditionExpression("entityId = :e").expressionAttributeValues(Map.of(":e", s(entityId)))
                .projectionExpression("articleId").limit(NAMING_ITEMS).build();
        for (QueryResponse page : dynamo.queryPaginator(q)) {
            page.items().forEach(m -> articleIds.add(str(m, "articleId")));
            if (articleIds.size() >= NAMING_ITEMS) {
                break;
            }
        }
        List<NamedIn> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(articleIds);
        // BatchGetItem takes 100 keys at a time; keys it leaves unprocessed are asked for again.
        for (int from = 0; from < ids.size(); from += 100) {
            List<Map<String, AttributeValue>> keys = ids.subList(from, Math.min(ids.size(), from + 100)).stream()
                    .map(id -> Map.of("articleId", s(id))).toList();
            Map<String, KeysAndAttributes> request = Map.of(articlesTable, KeysAndAttributes.builder().keys(keys)
                    .projectionExpression("articleId, #u, title, published, storedAt")
                    .expressionAttributeNames(Map.of("#u", "url")).build());
            for (int attempt = 0; !request.isEmpty() && attempt < 8; attempt++) {
                Map<String, KeysAndAttributes> asked = request;
                var response = dynamo.batchGetItem(b -> b.requestItems(asked));
                for (Map<String, AttributeValue> a : response.responses().getOrDefault(articlesTable, List.of())) {
                    out.add(new NamedIn(str(a, "articleId"), entityId, str(a, "url"), str(a, "title"),
                            str(a, "published"), a.containsKey("storedAt")
                            ? Instant.ofEpochSecond(Long.parseLong(a.get("storedAt").n())) : Instant.EPOCH));
                }
                request = new HashMap<>(response.unprocessedKeys());
            }
        }
        return out.stream().sorted(Comparator.comparing(NamedIn::storedAt).reversed()).limit(limit).toList();
    }
}
