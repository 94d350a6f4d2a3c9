package sanctionswatch.local;

import sanctionswatch.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static sanctionswatch.local.Template.asMap;
import static sanctionswatch.local.Template.list;
import static sanctionswatch.local.Template.map;

/**
 * Creates on the emulators the buckets, tables, queues and topics that template.yaml defines, from its own definitions, named
 * by logical id as {@code bin/sanctions-watch invoke} resolves them.
 */
public final class TemplateResources {
    public static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    private final Template template;
    private final Emulators emulators;
    private final Resolver resolver;

    public TemplateResources(Emulators emulators) throws IOException {
        this.template = Template.read(ROOT.resolve("template.yaml"));
        this.emulators = emulators;
        this.resolver = new Resolver(template, template.parameterDefaults(), Emulators.REGION,
                emulators.messagingEndpoint().toString());
    }

    public Template template() {
        return template;
    }

    /** The environment the template gives {@code function}, resolved against these emulators. */
    public Map<String, String> environment(String function) throws IOException {
        return InvokeCommand.environment(template, function, null, emulators.awsEnvironment());
    }

    public void createAll(DynamoDbClient dynamo, SqsClient sqs, SnsClient sns, S3Client s3) {
        template.resources("AWS::S3::Bucket").keySet().forEach(id -> s3.createBucket(b -> b.bucket(Resolver.bucket(id))));
        template.resources("AWS::DynamoDB::Table").forEach((id, r) -> dynamo.createTable(table(id, map(r, "Properties"))));
        // Dead-letter queues first: the queues that redrive to them name their ARNs.
        Map<String, Map<String, Object>> queues = template.resources("AWS::SQS::Queue");
        queues.forEach((id, r) -> {
            if (!map(r, "Properties").containsKey("RedrivePolicy")) {
                createQueue(sqs, id, map(r, "Properties"));
            }
        });
        queues.forEach((id, r) -> {
            if (map(r, "Properties").containsKey("RedrivePolicy")) {
                createQueue(sqs, id, map(r, "Properties"));
            }
        });
        template.resources("AWS::SNS::Topic").keySet().forEach(id -> sns.createTopic(b -> b.name(id)));
        // A table is usable once ACTIVE, as on AWS; dynalite takes a moment to get there.
        template.resources("AWS::DynamoDB::Table").keySet()
                .forEach(id -> dynamo.waiter().waitUntilTableExists(b -> b.tableName(id)));
    }

    private CreateTableRequest table(String id, Map<String, Object> p) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (Object o : list(p, "AttributeDefinitions")) {
            Map<String, Object> a = asMap(o);
            attributes.add(AttributeDefinition.builder().attributeName(str(a, "AttributeName"))
                    .attributeType(str(a, "AttributeType")).build());
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Object o : list(p, "GlobalSecondaryIndexes")) {
            Map<String, Object> g = asMap(o);
            indexes.add(GlobalSecondaryIndex.builder().indexName(str(g, "IndexName")).keySchema(keys(g))
                    .projection(Projection.builder().projectionType(str(map(g, "Projection"), "ProjectionType")).build())
                    .build());
        }
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(id).attributeDefinitions(attributes)
                .keySchema(keys(p)).billingMode(str(p, "BillingMode"));
        if (!indexes.isEmpty()) {
            b.globalSecondaryIndexes(indexes);
        }
        return b.build();
    }

    private static List<KeySchemaElement> keys(Map<String, Object> p) {
        List<KeySchemaElement> keys = new ArrayList<>();
        for (Object o : list(p, "KeySchema")) {
            Map<String, Object> k = asMap(o);
            keys.add(KeySchemaElement.builder().attributeName(str(k, "AttributeName")).keyType(str(k, "KeyType")).build());
        }
        return keys;
    }

    private void createQueue(SqsClient sqs, String id, Map<String, Object> p) {
        Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
        p.forEach((name, value) -> {
            QueueAttributeName attribute = QueueAttributeName.fromValue(name);
            if (attribute == QueueAttributeName.UNKNOWN_TO_SDK_VERSION) {
                throw new IllegalStateException("queue " + id + " has property " + name + " that is no queue attribute");
            }
            attributes.put(attribute, value instanceof Map ? Json.write(resolveAll(value)) : resolver.resolve(value));
        });
        sqs.createQueue(b -> b.queueName(id).attributes(attributes));
    }

    /** What a resource of the template is called on the emulators: {@code AlertTopic}'s ARN, a queue's URL. */
    public String ref(String logicalId) {
        return resolver.resolve(Map.of("Ref", logicalId));
    }

    /** A subscription's filter policy, as a JSON document with its references resolved. */
    public String filterPolicy(String subscription) {
        return Json.write(resolveAll(template.properties(subscription).get("FilterPolicy")));
    }

    /** Resolves every reference inside a value; a comma-delimited list parameter becomes a list. */
    private Object resolveAll(Object value) {
        Map<String, Object> m = asMap(value);
        if (m.containsKey("Ref") || m.containsKey("Fn::GetAtt")) {
            String resolved = resolver.resolve(value);
            Object ref = m.get("Ref");
            boolean listParameter = ref != null
                    && "CommaDelimitedList".equals(asMap(template.parameters().get(String.valueOf(ref))).get("Type"));
            return listParameter ? List.of(resolved.split(",")) : resolved;
        }
        if (!m.isEmpty()) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, resolveAll(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(this::resolveAll).toList();
        }
        return value;
    }

    private static String str(Map<String, Object> m, String key) {
        return String.valueOf(m.get(key));
    }
}
