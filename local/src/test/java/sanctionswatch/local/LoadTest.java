package sanctionswatch.local;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.NameWatch;
import sanctionswatch.alert.Watch;
import sanctionswatch.aws.DynamoAlertStore;
import sanctionswatch.aws.SnsAlertPublisher;
import sanctionswatch.functions.DigestFunction;
import sanctionswatch.functions.PollFeedsFunction;
import sanctionswatch.functions.ScanArticleFunction;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.Wiring;
import sanctionswatch.scan.ArticleScanner;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10,000 articles (100 feeds of 100) through poll → scan → alert on the emulators, with {@code load.workers}
 * concurrent pollers and scanners as Lambda would run them; the final state is compared with the same feeds run in
 * memory. Not in the default test run: {@code mvn -B -Pload -pl local verify} (README, "Load").
 */
@Tag("load")
class LoadTest {
    private static final int ARTICLES = Integer.getInteger("load.articles", 10_000);
    private static final int WORKERS = Integer.getInteger("load.workers", 4);
    private static final List<Watch> WATCHES = List.of(new EntityWatch("lazarus", "ofac-sdn:27307"),
            new NameWatch("putin", "Vladimir Putin"));

    @Test
    void tenThousandArticlesEndWithEveryMentionOnceAndEveryAlertOnce() throws Exception {
        ArticleScanner scanner = Wiring.bundledScanner();
        try (NewsSite site = new NewsSite(NewsSite.generate(2026, ARTICLES), 100);
             Deployment aws = Deployment.start(site, WATCHES)) {
            long oracleStart = System.nanoTime();
            PipelineState expected = PipelineState.inMemory(site, WATCHES, scanner);
            System.out.printf("load: the same feeds in memory in %.1f s%n", (System.nanoTime() - oracleStart) / 1e9);
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
            RequestCounts.start();
            try {
                long t0 = System.nanoTime();
                List<Callable<Integer>> polls = new ArrayList<>();
                List<String> feeds = site.feedUrls();
                for (int w = 0; w < WORKERS; w++) {
                    List<String> share = new ArrayList<>();
                    for (int f = w; f < feeds.size(); f += WORKERS) {
                        share.add(feeds.get(f));
                    }
                    PollFeedsFunction poll = new PollFeedsFunction(Wiring.poller(new Settings(aws.pollEnv), aws.dynamo,
                            aws.sqs), share);
                    polls.add(() -> (Integer) poll.handleRequest(null, null).get("newItems"));
                }
                int queued = sum(workers.invokeAll(polls));
                long t1 = System.nanoTime();

                List<Callable<Integer>> scans = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    ScanArticleFunction scan = new ScanArticleFunction(Wiring.scanner(new Settings(aws.scanEnv),
                            () -> scanner, aws.dynamo, () -> aws.sns), Wiring.pages(new Settings(aws.scanEnv)), null);
                    scans.add(() -> Queues.deliverAll(aws.sqs, aws.articleQueue, scan));
                }
                int invocations = sum(workers.invokeAll(scans));
                long t2 = System.nanoTime();
                // What the functions asked of AWS (the event source's receives and deletes included), for the cost.
                RequestCounts.stop();
                Map<String, Long> requests = RequestCounts.requests();
                Map<String, Double> units = RequestCounts.dynamoUnits();

                Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(16)), ZoneOffset.UTC);
                Object republished = new DigestFunction(new AlertService(new DynamoAlertStore(aws.dynamo, "AlertsTable"),
                        new SnsAlertPublisher(aws.sns, aws.topicArn), Duration.ZERO, later))
                        .handleRequest(null, null).get("republished");

                assertEquals(ARTICLES, queued);
                assertEquals(List.of(), Queues.drain(aws.sqs, aws.deadLetterQueue()).stream().map(Message::body)
                        .toList(), "nothing in the dead-letter queue");
                PipelineState stored = PipelineState.stored(aws.dynamo, aws.sqs, aws.subscriber);
                assertEquals(ARTICLES, stored.mentions().size());
                assertEquals(expected.mentions(), stored.mentions(), "every article and mention, once");
                assertEquals(expected.alertIds(), stored.alertIds(), "every alert delivered once");
                assertEquals(List.of(), PipelineState.pendingAlerts(aws.dynamo));
                assertEquals(0, republished, "no alert was left pending");

                double pollSeconds = (t1 - t0) / 1e9;
                double scanSeconds = (t2 - t1) / 1e9;
                String report = String.format("load: %d articles, %d feeds, %d workers on %d cores; poll %.1f s "
                                + "(%.0f items/s), scan %.1f s in %d invocations (%.0f articles/s), end to end %.0f "
                                + "articles/s; %d mentions, %d alerts, each once; dead-letter queue empty%n",
                        ARTICLES, feeds.size(), WORKERS, Runtime.getRuntime().availableProcessors(), pollSeconds,
                        queued / pollSeconds, scanSeconds, invocations, ARTICLES / scanSeconds,
                        ARTICLES / (pollSeconds + scanSeconds), stored.mentionCount(), stored.alertIds().size());
                StringBuilder counts = new StringBuilder(String.format("load: poll and scan, %d scan invocations "
                        + "busy %.1f s in all (%d workers × %.1f s), %d poll invocations %.1f s%n", invocations,
                        WORKERS * scanSeconds, WORKERS, scanSeconds, WORKERS, WORKERS * pollSeconds));
                requests.forEach((k, v) -> counts.append(String.format("load: requests %s %d%n", k, v)));
                units.forEach((k, v) -> counts.append(String.format("load: DynamoDB %s units %s %.1f%n",
                        RequestCounts.reads(k) ? "read" : "write", k, v)));
                report += counts;
                System.out.print(report);
                Path out = Path.of("target/load-report.txt");
                Files.writeString(out, report, StandardCharsets.UTF_8);
                assertTrue(Files.size(out) > 0);
            } finally {
                RequestCounts.stop();
                workers.shutdownNow();
            }
        }
    }

    private static int sum(List<Future<Integer>> results) throws Exception {
        int total = 0;
        for (Future<Integer> r : results) {
            total += r.get();
        }
        return total;
    }
}
