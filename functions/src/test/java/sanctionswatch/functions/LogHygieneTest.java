package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.junit.jupiter.api.Test;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.InMemoryAlerts;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.article.InMemoryArticleStore;
import sanctionswatch.country.Countries;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.scan.ArticlePages;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.ScanService;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner's logs are JSON lines that never carry article text, e-mail addresses or phone numbers. */
class LogHygieneTest {
    @Test
    void logsNameTheArticleNotItsText() {
        InMemoryAlerts alerts = new InMemoryAlerts();
        ArticleScanner scanner = Wiring.bundledScanner();
        HttpFetcher fetcher = HttpFetcher.defaults();
        ScanService service = new ScanService(() -> scanner, fetcher,
                new InMemoryArticleStore(), alerts, new WatchEvaluator(Countries.bundled()),
                new AlertService(alerts, a -> { }));
        SQSEvent.SQSMessage good = new SQSEvent.SQSMessage();
        good.setMessageId("m1");
        good.setBody("{\"url\":\"http://127.0.0.1/x\",\"title\":\"Secret title\",\"summary\":\"Write to "
                + "leaker@example.org or call +15555550100: Russia and North Korea met Kim Jong Un.\"}");
        SQSEvent.SQSMessage bad = new SQSEvent.SQSMessage();
        bad.setMessageId("m2");
        bad.setBody("{\"url\": leaker@example.org +15555550100 confidential body");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(good, bad));

        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        SQSBatchResponse response;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            response = new ScanArticleFunction(service, new ArticlePages(fetcher, 10), null)
                    .handleRequest(event, null);
        } finally {
            System.setOut(stdout);
        }
        assertEquals(List.of("m2"), response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        String logs = captured.toString(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(logs.lines().filter(l -> !l.startsWith("{\"_aws\"")).toList());
        assertEquals(2, lines.size(), logs);
        assertEquals(3, logs.lines().count(), "two log lines and one metrics line: " + logs);
        for (String forbidden : List.of("leaker@example.org", "15555550100", "Write to", "Secret title",
                "confidential")) {
            assertFalse(logs.contains(forbidden), forbidden + " in " + logs);
        }
        assertTrue(lines.get(0).contains("\"entities\":[\"ofac-sdn:20157\"]"), lines.get(0));
        assertTrue(lines.get(1).contains("\"level\":\"ERROR\""), lines.get(1));
    }
}
