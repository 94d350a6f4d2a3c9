package sanctionswatch.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline with every DynamoDB, SQS and SNS call going through {@link FaultProxy}: poll, scan (redelivered as
 * Lambda's event source does), and the sweeper. The final state is checked item by item against the same feeds run
 * in memory without faults: every mention stored once, every alert delivered once to a subscribed queue, nothing in
 * the dead-letter queue.
 */
class FaultInjectionTest {
    /** Short, so slow answers cost little test time; long enough that a loaded CI machine's real answers beat it. */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(800);
    private static final Duration SLOWNESS = Duration.ofMillis(1100);
    private static final List<Watch> WATCHES = List.of(new EntityWatch("lazarus", "ofac-sdn:27307"),
            new NameWatch("putin", "Vladimir Putin"));

    private static NewsSite site;
    private static ArticleScanner scanner;
    private static PipelineState expected;

    @BeforeAll
    static void expectations() throws Exception {
        site = new NewsSite(NewsSite.generate(11, 30), 15);
        scanner = Wiring.bundledScanner();
        expected = PipelineState.inMemory(site, WATCHES, scanner);
        assertEquals(30, expected.mentions().size());
        assertTrue(expected.alertIds().size() >= 10, "the stories set off alerts of every watch: " + expected);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest(name = "{0} of requests faulty")
    @ValueSource(doubles = {0.10, 0.30})
    void everyMentionStoredOnceAndEveryAlertDeliveredOnce(double rate) throws Exception {
        try (Deployment aws = Deployment.start(site, WATCHES);
             FaultProxy dynamoProxy = new FaultProxy(aws.emulators.dynamoEndpoint(), rate, SLOWNESS, 1);
             FaultProxy messagingProxy = new FaultProxy(aws.emulators.messagingEndpoint(), rate, SLOWNESS, 2)) {
            DynamoDbClient faultyDynamo = Emulators.dynamo(dynamoProxy.endpoint(), ATTEMPT_TIMEOUT);
            SqsClient faultySqs = Emulators.sqs(messagingProxy.endpoint(), ATTEMPT_TIMEOUT);
            SnsClient faultySns = Emulators.sns(messagingProxy.endpoint(), ATTEMPT_TIMEOUT);
            long started = System.nanoTime();

            // The schedule polls again until a poll went through whole.
            PollFeedsFunction poll = new PollFeedsFunction(
                    Wiring.poller(new Settings(aws.pollEnv), faultyDynamo, faultySqs), site.feedUrls());
            int polls = 0;
            for (Map<String, Object> report = Map.of("failed", 1L); (Long) report.get("failed") > 0; polls++) {
                assertTrue(polls < 30, "polls never went through: " + report);
                report = poll.handleRequest(null, null);
            }
            ScanArticleFunction scan = new ScanArticleFunction(Wiring.scanner(new Settings(aws.scanEnv), () -> scanner,
                    faultyDynamo, () -> faultySns), Wiring.pages(new Settings(aws.scanEnv)), null);
            int invocations = Queues.deliverAll(aws.sqs, aws.articleQueue, scan);

            // The sweeper's schedule, a quarter of an hour on: what a scan left pending goes out.
            Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(16)), ZoneOffset.UTC);
            DigestFunction sweeper = new DigestFunction(new AlertService(new DynamoAlertStore(faultyDynamo, "AlertsTable"),
                    new SnsAlertPublisher(faultySns, aws.topicArn), Duration.ZERO, later));
            int sweeps = 0;
            for (boolean swept = false; !swept; sweeps++) {
                assertTrue(sweeps < 30, "the sweeper never went through");
                try {
                    sweeper.handleRequest(null, null);
                    swept = PipelineState.pendingAlerts(aws.dynamo).isEmpty();
                } catch (RuntimeException failedRun) {
                    // The next scheduled run tries again.
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            dynamoProxy.faults(false);
            messagingProxy.faults(false);

            assertEquals(List.of(), Queues.drain(aws.sqs, aws.deadLetterQueue()).stream().map(Message::body).toList(),
                    "nothing in the dead-letter queue");
            PipelineState stored = PipelineState.stored(aws.dynamo, aws.sqs, aws.subscriber);
            assertEquals(expected.mentions(), stored.mentions(), "every article and mention, once");
            assertEquals(expected.alertIds(), stored.alertIds(), "every alert delivered once");
            assertEquals(List.of(), PipelineState.pendingAlerts(aws.dynamo));

            System.out.printf("fault rate %.0f%%: %d DynamoDB and %d SNS/SQS requests, faults %s and %s; %d polls, "
                            + "%d scan invocations, %d sweeps, %.1f s; %d articles, %d mentions, %d alerts%n",
                    rate * 100, dynamoProxy.requests(), messagingProxy.requests(), dynamoProxy.injected(),
                    messagingProxy.injected(), polls, invocations, sweeps, seconds, stored.mentions().size(),
                    stored.mentionCount(), stored.alertIds().size());
            assertTrue(dynamoProxy.faultsInjected() > 0 && messagingProxy.faultsInjected() > 0, "faults were injected");
        }
    }
}
