package sanctionswatch.aws;

import sanctionswatch.match.Mention;
import sanctionswatch.store.Article;
import sanctionswatch.store.ArticleStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static sanctionswatch.aws.Items.n;
import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.ss;

/**
 * Articles in one table (key {@code articleId}) and mentions in another (key {@code articleId}, {@code mentionKey}),
 * so storing an article again overwrites the same items and never adds one.
 */
public final class DynamoArticleStore implements ArticleStore {
    private final DynamoDbClient dynamo;
    private final String articlesTable;
    private final String mentionsTable;

    public DynamoArticleStore(DynamoDbClient dynamo, String articlesTable, String mentionsTable) {
        this.dynamo = dynamo;
        this.articlesTable = articlesTable;
        this.mentionsTable = mentionsTable;
    }

    @Override
    public void put(Article a, List<Mention> mentions) {
        // Mentions first: an article item then always has its mentions stored.
        List<WriteRequest> writes = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("articleId", s(a.id()));
            item.put("mentionKey", s(ArticleStore.mentionKey(m)));
            item.put("entityId", s(m.entity().id()));
            item.put("name", s(m.entity().name()));
            item.put("matched", s(m.matched()));
            item.put("start", n(m.start()));
            item.put("end", n(m.end()));
            item.put("score", n(m.score()));
            item.put("rule", s(m.rule().label()));
            if (!m.entity().programs().isEmpty()) {
                item.put("programs", ss(m.entity().programs()));
            }
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        BatchWriter.writeAll(dynamo, mentionsTable, writes);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("articleId", s(a.id()));
        item.put("url", s(a.url()));
        item.put("title", s(a.title()));
        item.put("textSource", s(a.textSource()));
        item.put("mentions", n(a.mentions()));
        if (a.published() != null) {
            item.put("published", s(a.published()));
        }
        if (a.feed() != null) {
            item.put("feed", s(a.feed()));
        }
        if (!a.countries().isEmpty()) {
            item.put("countries", ss(a.countries()));
        }
        dynamo.putItem(b -> b.tableName(articlesTable).item(item));
    }
}
