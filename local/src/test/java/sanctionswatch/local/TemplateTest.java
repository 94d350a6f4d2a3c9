package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.junit.jupiter.api.Test;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.Wiring;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** template.yaml against the code: handlers, events and environment agree. */
class TemplateTest {
    private static final Template TEMPLATE = read();

    private static Template read() {
        try {
            return Template.read(TemplateResources.ROOT.resolve("template.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyHandlerResolvesToAClassAndMethod() throws Exception {
        assertEquals(Set.of("PollFeedsFunction", "ScanArticleFunction"), Set.copyOf(TEMPLATE.functions()));
        for (String f : TEMPLATE.functions()) {
            var parts = Template.handlerParts(TEMPLATE.handler(f));
            Method m = LambdaRunner.handlerMethod(Class.forName(parts.get(0)), parts.get(1));
            assertNotNull(m);
            assertEquals("functions", TEMPLATE.codeUri(f));
        }
    }

    @Test
    void everyEventFileDeserialisesIntoItsFunctionsEventType() throws Exception {
        Map<String, Class<?>> expected = Map.of("poll-feeds.json", ScheduledEvent.class,
                "scan-article.json", SQSEvent.class);
        Map<String, String> functionOf = Map.of("poll-feeds.json", "PollFeedsFunction",
                "scan-article.json", "ScanArticleFunction");
        Set<String> files = new TreeSet<>();
        try (var list = Files.list(TemplateResources.ROOT.resolve("events"))) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(files::add);
        }
        assertEquals(expected.keySet(), files);
        for (String file : files) {
            var parts = Template.handlerParts(TEMPLATE.handler(functionOf.get(file)));
            Class<?> eventType = LambdaRunner.handlerMethod(Class.forName(parts.get(0)), parts.get(1))
                    .getParameterTypes()[0];
            assertEquals(expected.get(file), eventType);
            Object event;
            try (InputStream in = Files.newInputStream(TemplateResources.ROOT.resolve("events").resolve(file))) {
                event = LambdaEventSerializers.serializerFor(eventType, getClass().getClassLoader()).fromJson(in);
            }
            if (event instanceof SQSEvent sqs) {
                assertEquals(1, sqs.getRecords().size());
                assertTrue(sqs.getRecords().get(0).getBody().contains("\"url\""));
            } else {
                assertEquals("Scheduled Event", ((ScheduledEvent) event).getDetailType());
            }
        }
    }

    @Test
    void aScheduledEventWithFieldsItDoesNotKnowStillReads() throws Exception {
        String json = Files.readString(TemplateResources.ROOT.resolve("events/poll-feeds.json"))
                .replace("\"detail\": {}", "\"detail\": {\"unexpected\": [1, 2]}, \"newField\": true");
        assertTrue(json.contains("newField"));
        ScheduledEvent event = LambdaEventSerializers.serializerFor(ScheduledEvent.class, getClass().getClassLoader())
                .fromJson(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("aws.events", event.getSource());
    }

    @Test
    void everyVariableAHandlerReadsIsSetByTheTemplate() throws Exception {
        Map<String, Set<String>> read = Map.of("PollFeedsFunction", recorded(env -> {
            try (DynamoDbClient d = offline(DynamoDbClient.builder()); SqsClient q = offline(SqsClient.builder())) {
                Wiring.poller(new Settings(env), d, q);
                new Settings(env).feedUrls();
            }
        }), "ScanArticleFunction", recorded(env -> {
            try (DynamoDbClient d = offline(DynamoDbClient.builder()); SnsClient s = offline(SnsClient.builder())) {
                Wiring.scanner(new Settings(env), null, d, s);
            }
        }));
        for (var e : read.entrySet()) {
            Set<String> set = new TreeSet<>(TEMPLATE.environment(e.getKey()).keySet());
            // Admits loopback hosts to the fetcher: for local runs only, never set on AWS.
            set.add("FETCH_ADMIT");
            assertTrue(set.containsAll(e.getValue()), e.getKey() + " reads " + e.getValue() + ", template sets " + set);
        }
    }

    private static <T extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<T, C>, C> C offline(T builder) {
        return builder.region(Region.US_EAST_1).credentialsProvider(
                software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create()).build();
    }

    /** The names a piece of wiring reads from its environment (each answered with a placeholder). */
    private static Set<String> recorded(java.util.function.Consumer<Map<String, String>> wiring) {
        Set<String> names = new TreeSet<>();
        Map<String, String> env = new HashMap<>() {
            @Override
            public String get(Object key) {
                names.add(String.valueOf(key));
                return "http://placeholder.example/" + key;
            }

            @Override
            public String getOrDefault(Object key, String fallback) {
                names.add(String.valueOf(key));
                return fallback;
            }
        };
        wiring.accept(env);
        return names;
    }
}
