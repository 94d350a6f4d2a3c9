package sanctionswatch.aws;

import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.refresh.ListVersion;
import sanctionswatch.lists.refresh.ListVersions;
import sanctionswatch.text.Digests;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static sanctionswatch.aws.Items.n;
import static sanctionswatch.aws.Items.s;
import static sanctionswatch.aws.Items.str;

/**
 * Compiled lists as S3 objects ({@code lists/<version>.swl}) and their records in a DynamoDB table (key {@code id}):
 * {@code current} names the version in use, {@code version#<version>} keeps each one published. The current record
 * moves only from the version a refresh started from (a conditional write), so two refreshes cannot both win.
 */
public final class StoredListVersions implements ListVersions {
    private static final String CURRENT = "current";

    private final Supplier<S3Client> s3;
    private final String bucket;
    private final DynamoDbClient dynamo;
    private final String table;

    /**
     * @param s3 gives the S3 client when a file is read or written (the functions' wiring builds it then, once): a
     *           scanner that finds no published version never pays for it at cold start
     */
    public StoredListVersions(Supplier<S3Client> s3, String bucket, DynamoDbClient dynamo, String table) {
        this.s3 = s3;
        this.bucket = bucket;
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<ListVersion> current() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("id", s(CURRENT)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(version(item));
    }

    @Override
    public Optional<ListVersion> find(String version) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("id", s("version#" + version)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(version(item));
    }

    @Override
    public Watchlist load(ListVersion version) throws IOException {
        byte[] bytes = stored(version.key(), version.sha256(), "list");
        return CompiledWatchlist.read(new ByteArrayInputStream(bytes), "s3://" + bucket + "/" + version.key());
    }

    @Override
    public Optional<byte[]> index(ListVersion version) throws IOException {
        if (version.indexSha256() == null) {
            return Optional.empty();
        }
        return Optional.of(stored(version.indexKey(), version.indexSha256(), "index"));
    }

    /** The stored file {@code key} ({@code what}: list or index), checked against the digest its record keeps. */
    private byte[] stored(String key, String sha256, String what) {
        String where = "s3://" + bucket + "/" + key;
        byte[] bytes;
        try {
            bytes = s3.get().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (NoSuchKeyException e) {
            throw new ListFormatException(where, 0, "no such stored " + what);
        }
        if (!Digests.sha256(bytes).equals(sha256)) {
            throw new ListFormatException(where, 0, "stored " + what + " does not match its digest");
        }
        return bytes;
    }

    /** The files first, then the version record, then the current record: no record names a file not there. */
    @Override
    public void publish(ListVersion version, byte[] compiled, byte[] index, String previous) {
        s3.get().putObject(b -> b.bucket(bucket).key(version.key()).contentType("application/octet-stream"),
                RequestBody.fromBytes(compiled));
        if (index != null) {
            s3.get().putObject(b -> b.bucket(bucket).key(version.indexKey()).contentType("application/octet-stream"),
                    RequestBody.fromBytes(index));
        }
        Map<String, AttributeValue> item = item(version);
        item.put("id", s("version#" + version.version()));
        dynamo.putItem(b -> b.tableName(table).item(item));
        Map<String, AttributeValue> current = item(version);
        current.put("id", s(CURRENT));
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table).item(current);
        if (previous == null) {
            put.conditionExpression("attribute_not_exists(id)");
        } else {
            put.conditionExpression("version = :previous")
                    .expressionAttributeValues(Map.of(":previous", s(previous)));
        }
        try {
            dynamo.putItem(put.build());
        } catch (ConditionalCheckFailedException e) {
            throw new Conflict("another version became current while refreshing from " + previous);
        }
    }

    /** Only while it is still current: a newer version has its own retro-scan to run. */
    @Override
    public void markRetroScanned(String version) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Map.of("id", s(CURRENT)))
                    .updateExpression("SET retroScanned = :true").conditionExpression("version = :version")
                    .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true), ":version", s(version))));
        } catch (ConditionalCheckFailedException e) {
            // Another version became current meanwhile.
        }
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("id", s("version#" + version)))
                .updateExpression("SET retroScanned = :true")
                .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true))));
    }

    private static Map<String, AttributeValue> item(ListVersion v) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("version", s(v.version()));
        item.put("key", s(v.key()));
        item.put("sha256", s(v.sha256()));
        item.put("bytes", n(v.bytes()));
        item.put("entities", n(v.entities()));
        Map<String, AttributeValue> sources = new HashMap<>();
        v.sources().forEach((source, count) -> sources.put(source, n(count)));
        item.put("sources", AttributeValue.fromM(sources));
        item.put("createdAt", s(v.createdAt()));
        item.put("summary", s(v.summary()));
        if (v.previous() != null) {
            item.put("previous", s(v.previous()));
        }
        item.put("retroScanned", AttributeValue.fromBool(v.retroScanned()));
        if (v.indexSha256() != null) {
            item.put("indexSha256", s(v.indexSha256()));
        }
        return item;
    }

    private static ListVersion version(Map<String, AttributeValue> item) {
        Map<String, Integer> sources = new LinkedHashMap<>();
        AttributeValue m = item.get("sources");
        if (m != null && m.hasM()) {
            m.m().forEach((source, count) -> sources.put(source, Integer.parseInt(count.n())));
        }
        return new ListVersion(str(item, "version"), str(item, "key"), str(item, "sha256"),
                Long.parseLong(item.get("bytes").n()), Integer.parseInt(item.get("entities").n()), sources,
                str(item, "createdAt"), str(item, "summary"), str(item, "previous"),
                item.containsKey("retroScanned") && Boolean.TRUE.equals(item.get("retroScanned").bool()),
                str(item, "indexSha256"));
    }
}
