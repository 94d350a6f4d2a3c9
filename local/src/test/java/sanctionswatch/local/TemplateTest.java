package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import org.junit.jupiter.api.Test;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.WatchlistRefreshFunction;
import sanctionswatch.functions.Wiring;
import sanctionswatch.review.ReviewKeys;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        assertEquals(Set.of("PollFeedsFunction", "ScanArticleFunction", "DigestFunction", "WatchesFunction",
                        "WatchlistRefreshFunction", "ReviewFunction"),
                Set.copyOf(TEMPLATE.functions()));
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
                "scan-article.json", SQSEvent.class, "digest.json", ScheduledEvent.class,
                "watchlist-refresh.json", ScheduledEvent.class,
                "watches-create.json", APIGatewayV2HTTPEvent.class, "watches-list.json", APIGatewayV2HTTPEvent.class,
                "watches-delete.json", APIGatewayV2HTTPEvent.class, "review-page.json", APIGatewayV2HTTPEvent.class);
        Map<String, String> functionOf = Map.of("poll-feeds.json", "PollFeedsFunction",
                "scan-article.json", "ScanArticleFunction", "digest.json", "DigestFunction",
                "watchlist-refresh.json", "WatchlistRefreshFunction",
                "watches-create.json", "WatchesFunction", "watches-list.json", "WatchesFunction",
                "watches-delete.json", "WatchesFunction", "review-page.json", "ReviewFunction");
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
            } else if (event instanceof APIGatewayV2HTTPEvent http) {
                assertTrue(http.getRawPath().startsWith(file.startsWith("review") ? "/alerts/" : "/watches"), file);
                assertNotNull(http.getRequestContext().getHttp().getMethod(), file);
            } else {
                assertEquals("Scheduled Event", ((ScheduledEvent) event).getDetailType());
            }
        }
    }

    /**
     * The checks a linter makes that matter here: every reference resolves, every condition exists, every resource
     * type and event type is one the project means, every function has a handler and every IAM statement names its
     * actions and resources (no wildcard, but for the objects under one prefix of the template's own bucket).
     */
    @Test
    void templateIsStructurallySound() throws Exception {
        Set<String> resources = TEMPLATE.section("Resources").keySet();
        Set<String> parameters = TEMPLATE.section("Parameters").keySet();
        Set<String> conditions = TEMPLATE.section("Conditions").keySet();
        Set<String> known = Set.of("AWS::Serverless::Function", "AWS::Serverless::HttpApi", "AWS::DynamoDB::Table",
                "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::SNS::Subscription", "AWS::CloudWatch::Alarm",
                "AWS::S3::Bucket", "AWS::SecretsManager::Secret");
        List<String> problems = new ArrayList<>();
        TEMPLATE.section("Resources").forEach((id, r) -> {
            Map<String, Object> resource = Template.asMap(r);
            if (!known.contains(String.valueOf(resource.get("Type")))) {
                problems.add(id + ": unexpected type " + resource.get("Type"));
            }
            Object condition = resource.get("Condition");
            if (condition != null && !conditions.contains(String.valueOf(condition))) {
                problems.add(id + ": unknown condition " + condition);
            }
            if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
                Map<String, Object> p = Template.map(resource, "Properties");
                if (!p.containsKey("Handler")) {
                    problems.add(id + ": no Handler");
                }
                Template.map(p, "Events").forEach((name, e) -> {
                    String type = String.valueOf(Template.asMap(e).get("Type"));
                    if (!Set.of("Schedule", "SQS", "HttpApi").contains(type)) {
                        problems.add(id + "." + name + ": unexpected event type " + type);
                    }
                });
                for (Object policy : Template.list(p, "Policies")) {
                    for (Object st : Template.list(Template.asMap(policy), "Statement")) {
                        Map<String, Object> statement = Template.asMap(st);
                        // The one wildcard allowed: the objects under one prefix of a bucket of this template.
                        String target = String.valueOf(statement.get("Resource"));
                        boolean objectsUnderPrefix = target.matches("\\{Fn::Sub=\\$\\{\\w+\\.Arn}/[a-z]+/\\*}");
                        if (String.valueOf(statement.get("Action")).contains("*")
                                || target.contains("*") && !objectsUnderPrefix) {
                            problems.add(id + ": wildcard in " + statement);
                        }
                    }
                }
            }
        });
        for (String section : List.of("Conditions", "Globals", "Resources", "Outputs")) {
            references(TEMPLATE.section(section), problems, resources, parameters, section);
        }
        assertEquals(List.of(), problems);
        TEMPLATE.section("Parameters").forEach((name, p) -> {
            assertNotNull(Template.asMap(p).get("Type"), name);
            assertNotNull(Template.asMap(p).get("Description"), name);
        });
    }

    private static void references(Object node, List<String> problems, Set<String> resources,
                                   Set<String> parameters, String path) {
        Map<String, Object> m = Template.asMap(node);
        if (m.containsKey("Ref")) {
            String ref = String.valueOf(m.get("Ref"));
            if (!resources.contains(ref) && !parameters.contains(ref) && !ref.startsWith("AWS::")) {
                problems.add(path + ": Ref to unknown " + ref);
            }
        }
        if (m.containsKey("Fn::GetAtt")) {
            String target = String.valueOf(Template.list(m, "Fn::GetAtt").get(0));
            if (!resources.contains(target)) {
                problems.add(path + ": GetAtt of unknown " + target);
            }
        }
        if (m.containsKey("Fn::Sub")) {
            Matcher v = Pattern.compile("\\$\\{([^}.]+)").matcher(String.valueOf(m.get("Fn::Sub")));
            while (v.find()) {
                String ref = v.group(1);
                if (!resources.contains(ref) && !parameters.contains(ref) && !ref.startsWith("AWS::")) {
                    problems.add(path + ": Sub of unknown " + ref);
                }
            }
        }
        m.forEach((k, v) -> references(v, problems, resources, parameters, path + "." + k));
        if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                references(l.get(i), problems, resources, parameters, path + "[" + i + "]");
            }
        }
    }

    @Test
    void aScheduledEventWithFieldsItDoesNotKnowStillReads() throws Exception {
        String json = Files.readString(TemplateResources.ROOT.resolve("events/poll-feeds.json"))
                .replace("\"detail\": {}", "\"detail\": {\"unexpected\": [1, 2]}, \"newField\": true");
        assertTrue(json.contains("newField"));
        ScheduledEvent event = LambdaEventSerializers.serializerFor(ScheduledEvent.class, getClass().getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
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
                Wiring.scanner(new Settings(env), null, d, () -> s);
                Wiring.pages(new Settings(env));
                Wiring.listVersions(new Settings(env), () -> null, d);
                new Settings(env).listCheckInterval();
            }
        }), "WatchlistRefreshFunction", recorded(env -> {
            try (DynamoDbClient d = offline(DynamoDbClient.builder()); SnsClient s = offline(SnsClient.builder())) {
                new WatchlistRefreshFunction(new Settings(env), Wiring.listVersions(new Settings(env), () -> null, d),
                        d, s);
            }
        }), "DigestFunction", recorded(env -> {
            try (DynamoDbClient d = offline(DynamoDbClient.builder()); SnsClient s = offline(SnsClient.builder())) {
                Wiring.alerts(new Settings(env), d, () -> s);
            }
        }), "WatchesFunction", recorded(env -> {
            try (DynamoDbClient d = offline(DynamoDbClient.builder())) {
                Wiring.watchApi(new Settings(env), d);
            }
        }), "ReviewFunction", recorded(env -> {
            try (DynamoDbClient d = offline(DynamoDbClient.builder())) {
                Settings settings = new Settings(env);
                Wiring.reviewApi(settings, d, Wiring.reviewLists(Wiring.listVersions(settings, () -> null, d)),
                        ReviewKeys.parse(ReviewPageTest.KEY));
                // What Wiring.reviewKeys reads before it asks Secrets Manager.
                settings.reviewKeyJson();
                settings.reviewKeySecretArn();
            }
        }));
        for (var e : read.entrySet()) {
            Set<String> set = new TreeSet<>(TEMPLATE.environment(e.getKey()).keySet());
            // Admits loopback hosts to the fetcher: for local runs only, never set on AWS.
            set.add("FETCH_ADMIT");
            // The review links' key given directly: for local runs and tests; on AWS it is the generated secret.
            set.add("REVIEW_KEY");
            set.add("REVIEW_KEY_FILE");
            assertTrue(set.containsAll(e.getValue()), e.getKey() + " reads " + e.getValue() + ", template sets " + set);
        }
    }

    /**
     * Settings owns every name the template sets: each one is read by one of its accessors (JAVA_TOOL_OPTIONS is the
     * JVM's), so a new variable in the template comes with its accessor rather than a name spelled in the wiring.
     */
    @Test
    void everyVariableTheTemplateSetsHasItsAccessorInSettings() throws Exception {
        Set<String> set = new TreeSet<>();
        for (String f : TEMPLATE.functions()) {
            set.addAll(TEMPLATE.environment(f).keySet());
        }
        set.remove("JAVA_TOOL_OPTIONS");
        Set<String> read = recorded(env -> {
            Settings settings = new Settings(env);
            for (Method m : Settings.class.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
                        && !Modifier.isStatic(m.getModifiers())) {
                    try {
                        m.invoke(settings);
                    } catch (ReflectiveOperationException e) {
                        // A placeholder value that does not parse (a number, a URL list) was still asked for by name.
                    }
                }
            }
        });
        set.removeAll(read);
        assertEquals(Set.of(), set, "set by the template, read by no accessor of Settings");
    }

    private static <T extends AwsClientBuilder<T, C>, C> C offline(T builder) {
        return builder.region(Region.US_EAST_1).credentialsProvider(
                AnonymousCredentialsProvider.create()).build();
    }

    /** The names a piece of wiring reads from its environment (each answered with a placeholder). */
    private static Set<String> recorded(Consumer<Map<String, String>> wiring) {
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
