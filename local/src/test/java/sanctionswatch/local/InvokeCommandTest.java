package sanctionswatch.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.article.ArticleIds;
import sanctionswatch.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bin/sanctions-watch invoke}: a fresh JVM per invocation, environment from the template, on the emulators. */
class InvokeCommandTest {
    private static NewsSite site;
    private static Deployment aws;
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void start() throws Exception {
        site = NewsSite.empty();
        aws = Deployment.start(site, List.of());
        dynamo = aws.dynamo;
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (aws != null) {
            aws.close();
        }
    }

    private static String invoke(List<String> args, Path envFile) throws Exception {
        Map<String, String> caller = new HashMap<>(System.getenv());
        caller.putAll(aws.emulators.awsEnvironment());
        ArrayList<String> all = new ArrayList<>(args);
        all.addAll(List.of("--template", TemplateResources.ROOT.resolve("template.yaml").toString()));
        if (envFile != null) {
            all.addAll(List.of("--env-vars", envFile.toString()));
        }
        Path out = Files.createTempFile("invoke", ".out");
        Path err = Files.createTempFile("invoke", ".err");
        Process p = InvokeCommand.process(all, caller).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "invoke did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        return Files.readString(out);
    }

    @Test
    void scanArticleFunctionOnItsSampleEvent() throws Exception {
        String result = invoke(List.of("ScanArticleFunction", "-e",
                TemplateResources.ROOT.resolve("events/scan-article.json").toString()), null);
        assertEquals(0, Json.mapper().readTree(result).get("batchItemFailures").size(), result);
        String id = ArticleIds.of("https://news.example/afp/2023/03/31/russia-seeking-arms-from-n-korea-for-ukraine-war-w-house");
        var article = dynamo.getItem(b -> b.tableName("ArticlesTable").key(Map.of("articleId", AttributeValue.fromS(id)))).item();
        assertEquals("9", article.get("mentions").n());
        var alert = dynamo.getItem(b -> b.tableName("AlertsTable").key(Map.of("alertId", AttributeValue.fromS("ru-kp:" + id)))).item();
        assertEquals("SENT", alert.get("status").s());
    }

    @Test
    void reviewFunctionRefusesTheSampleEventsLinkWhoseSignatureIsNone() throws Exception {
        Path env = Files.createTempFile("env", ".json");
        Files.writeString(env, "{\"ReviewFunction\": {\"REVIEW_KEY\": " + Json.write(ReviewDeployment.KEY) + "}}");
        var answer = Json.mapper().readTree(invoke(List.of("ReviewFunction", "-e",
                TemplateResources.ROOT.resolve("events/review-page.json").toString()), env));
        assertEquals(403, answer.get("statusCode").asInt(), answer.toString());
        assertEquals("no-store", answer.get("headers").get("Cache-Control").asText());
        assertTrue(answer.get("body").asText().contains("<h1>Link not valid</h1>"), answer.toString());
    }

    @Test
    void pollFeedsFunctionTakesItsFeedsFromTheEnvFile() throws Exception {
        Path env = Files.createTempFile("env", ".json");
        Files.writeString(env, "{\"PollFeedsFunction\": {\"FEED_URLS\": \"http://127.0.0.1:1/feed.xml\"}}");
        String result = invoke(List.of("PollFeedsFunction", "-e",
                TemplateResources.ROOT.resolve("events/poll-feeds.json").toString()), env);
        var report = Json.mapper().readTree(result);
        assertEquals(1, report.get("feeds").asInt(), result);
        assertEquals(1, report.get("failed").asInt(), result);
    }

    @Test
    void watchesFunctionCreatesListsAndDeletesThroughItsEvents() throws Exception {
        var created = Json.mapper().readTree(invoke(List.of("WatchesFunction", "-e",
                TemplateResources.ROOT.resolve("events/watches-create.json").toString()), null));
        assertEquals(201, created.get("statusCode").asInt(), created.toString());
        assertEquals("cn-kp", Json.mapper().readTree(created.get("body").asText()).get("id").asText());
        var listed = Json.mapper().readTree(invoke(List.of("WatchesFunction", "-e",
                TemplateResources.ROOT.resolve("events/watches-list.json").toString()), null));
        var ids = new ArrayList<String>();
        Json.mapper().readTree(listed.get("body").asText()).get("watches").forEach(w -> ids.add(w.get("id").asText()));
        assertEquals(List.of("cn-kp", "ru-kp"), ids);
        var deleted = Json.mapper().readTree(invoke(List.of("WatchesFunction", "-e",
                TemplateResources.ROOT.resolve("events/watches-delete.json").toString()), null));
        assertEquals(204, deleted.get("statusCode").asInt(), deleted.toString());
        var again = Json.mapper().readTree(invoke(List.of("WatchesFunction", "-e",
                TemplateResources.ROOT.resolve("events/watches-create.json").toString()), null));
        assertEquals(201, again.get("statusCode").asInt(), "deleted for good: " + again);
    }

    @Test
    void watchlistRefreshFunctionReadsTheListsItIsGiven() throws Exception {
        Path trio = TemplateResources.ROOT.resolve("functions/src/main/resources/sanctionswatch/lists/ofac_sdn");
        for (String file : List.of("sdn.csv", "alt.csv", "add.csv")) {
            site.serve("/" + file, NewsSite.File.of(Files.readAllBytes(trio.resolve(file))));
        }
        String base = site.base() + "/";
        Path env = Files.createTempFile("env", ".json");
        Files.writeString(env, Json.write(Map.of("WatchlistRefreshFunction", Map.of(
                "LIST_SOURCES", "ofac-sdn=" + base + "sdn.csv " + base + "alt.csv " + base + "add.csv",
                "FETCH_ADMIT", site.admit()))));
        var report = Json.mapper().readTree(invoke(List.of("WatchlistRefreshFunction", "-e",
                TemplateResources.ROOT.resolve("events/watchlist-refresh.json").toString()), env));
        assertEquals("UPDATED", report.get("outcome").asText(), report.toString());
        assertEquals(13821, report.get("entities").asInt());
        var current = dynamo.getItem(b -> b.tableName("ListVersionsTable")
                .key(Map.of("id", AttributeValue.fromS("current")))).item();
        assertEquals(report.get("version").asText(), current.get("version").s());
    }

    @Test
    void digestFunctionRunsOnItsScheduleEvent() throws Exception {
        var report = Json.mapper().readTree(invoke(List.of("DigestFunction", "-e",
                TemplateResources.ROOT.resolve("events/digest.json").toString()), null));
        assertEquals(0, report.get("digests").asInt(), report.toString());
    }

    @Test
    void theShellFillsWhatTheTemplateLeavesEmptyAndNothingElse() throws Exception {
        Template template = Template.read(TemplateResources.ROOT.resolve("template.yaml"));
        Map<String, String> env = InvokeCommand.environment(template, "ScanArticleFunction", null, Map.of(
                "REVIEW_BASE_URL", "http://127.0.0.1:3000", "ALERTS_TABLE", "SomeoneElsesTable", "REVIEW_KEY", "{}"));
        assertEquals("http://127.0.0.1:3000", env.get("REVIEW_BASE_URL"), "ReviewBaseUrl has no default");
        assertEquals("AlertsTable", env.get("ALERTS_TABLE"), "the template's own value stands");
        assertEquals("{}", env.get("REVIEW_KEY"), "not in the template: the shell's");
        assertEquals("", InvokeCommand.environment(template, "ScanArticleFunction", null, Map.of())
                .get("REVIEW_BASE_URL"));
    }

    @Test
    void anUnknownFunctionIsAClearError() {
        Main.UsageException e = assertThrows(Main.UsageException.class,
                () -> InvokeCommand.process(List.of("NoSuchFunction", "-e",
                        TemplateResources.ROOT.resolve("events/poll-feeds.json").toString(), "--template",
                        TemplateResources.ROOT.resolve("template.yaml").toString()), Map.of()));
        assertTrue(e.getMessage().contains("has no function NoSuchFunction"), e.getMessage());
    }
}
