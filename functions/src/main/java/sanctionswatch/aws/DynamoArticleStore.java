package sanctionswatch.aws;

import sanctionswatch.article.TextSource;
import sanctionswatch.article.Article;
import sanctionswatch.article.ArticleStore;
import sanctionswatch.article.StoredArticle;
import sanctionswatch.match.Mention;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static sanctionswatch.aws.Items.n;
import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.ss;
import static sanctionswatch.aws.Items.str;

/**
 * Articles in one table (key {@code articleId}) and mentions in another (key {@code articleId}, {@code mentionKey}),
 * so storing an article again overwrites the same items and never adds one. The text an article was scanned on is
 * kept gzipped in its item ({@code text}, with {@code storedAt} in epoch seconds) for later scans against new list
 * entries.
 */
public final class DynamoArticleStore implements ArticleStore {
    /**
     * DynamoDB takes items up to 400 KB; a text that does not fit gzipped in this much is kept cut short (its start,
     * where news puts what matters) and marked {@code textCut}.
     */
    static final int MAX_TEXT_BYTES = 300_000;

    private final DynamoDbClient dynamo;
    private final String articlesTable;
    private final String mentionsTable;
    private final Clock clock;

    public DynamoArticleStore(DynamoDbClient dynamo, String articlesTable, String mentionsTable) {
        this(dynamo, articlesTable, mentionsTable, Clock.systemUTC());
    }

    public DynamoArticleStore(DynamoDbClient dynamo, String articlesTable, String mentionsTable, Clock clock) {
        this.dynamo = dynamo;
        this.articlesTable = articlesTable;
        this.mentionsTable = mentionsTable;
        this.clock = clock;
    }

    @Override
    public void put(Article a, List<Mention> mentions, String text) {
        // Mentions first: an article item then always has its mentions stored.
        addMentions(a.id(), mentions);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("articleId", s(a.id()));
        item.put("url", s(a.url()));
        item.put("title", s(a.title()));
        item.put("textSource", s(a.textSource().wire()));
        item.put("mentions", n(a.mentions()));
        item.put("correlationId", s(a.correlationId()));
        item.put("storedAt", n(clock.instant().getEpochSecond()));
        if (a.published() != null) {
            item.put("published", s(a.published()));
        }
        if (a.feed() != null) {
            item.put("feed", s(a.feed()));
        }
        if (!a.countries().isEmpty()) {
            item.put("countries", ss(a.countries()));
        }
        String kept = text == null ? "" : text;
        byte[] packed = gzip(kept);
        while (packed.length > MAX_TEXT_BYTES) {
            kept = kept.substring(0, kept.length() / 2);
            packed = gzip(kept);
            item.put("textCut", AttributeValue.fromBool(true));
        }
        item.put("text", AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(packed)));
        dynamo.putItem(b -> b.tableName(articlesTable).item(item));
    }

    @Override
    public void addMentions(String articleId, List<Mention> mentions) {
        List<WriteRequest> writes = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Map<String, AttributeValue> item = new HashMap<>();
            item.put("articleId", s(articleId));
            item.put("mentionKey", s(ArticleStore.mentionKey(m)));
            item.put("entityId", s(m.entity().id()));
            item.put("name", s(m.entity().name()));
            item.put("matched", s(m.matched()));
            item.put("start", n(m.start()));
            item.put("end", n(m.end()));
            item.put("score", n(m.score()));
            item.put("rule", s(m.rule().label()));
            if (!m.evidence().isEmpty()) {
                // What decided it, for the review page's analyst.
                item.put("evidence", s(m.evidence()));
            }
            if (!m.entity().programs().isEmpty()) {
                item.put("programs", ss(m.entity().programs()));
            }
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        BatchWriter.writeAll(dynamo, mentionsTable, writes);
    }

    /** Sets {@code flagged} on each mention's item; the item stays as it was otherwise. */
    @Override
    public void flag(String articleId, List<Mention> mentions, String flag) {
        for (Mention m : mentions) {
            dynamo.updateItem(b -> b.tableName(mentionsTable)
                    .key(Map.of("articleId", s(articleId), "mentionKey", s(ArticleStore.mentionKey(m))))
                    .updateExpression("SET flagged = :f").expressionAttributeValues(Map.of(":f", s(flag))));
        }
    }

    /** Pages through the table (a filtered scan: fine for the days of news a retro-scan reads). */
    @Override
    public void forEachSince(Instant since, Consumer<StoredArticle> action) {
        ScanRequest request = ScanRequest.builder().tableName(articlesTable).consistentRead(true)
                .filterExpression("storedAt >= :since AND attribute_exists(#text)")
                .expressionAttributeNames(Map.of("#text", "text"))
                .expressionAttributeValues(Map.of(":since", n(since.getEpochSecond()))).build();
        for (ScanResponse page : dynamo.scanPaginator(request)) {
            for (Map<String, AttributeValue> item : page.items()) {
                action.accept(stored(item));
            }
        }
    }

    /** An article item as stored, with its text. */
    static StoredArticle stored(Map<String, AttributeValue> item) {
        AttributeValue countries = item.get("countries");
        Article article = new Article(str(item, "articleId"), str(item, "url"), str(item, "title"),
                str(item, "published"), str(item, "feed"), TextSource.of(str(item, "textSource")),
                countries == null ? List.of() : countries.ss().stream().sorted().toList(),
                Integer.parseInt(item.get("mentions").n()), str(item, "correlationId"));
        return new StoredArticle(article, gunzip(item.get("text").b().asByteArrayUnsafe()),
                Instant.ofEpochSecond(Long.parseLong(item.get("storedAt").n())));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String gunzip(byte[] packed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
