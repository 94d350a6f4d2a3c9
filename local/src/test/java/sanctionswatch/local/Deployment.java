package sanctionswatch.local;

import sanctionswatch.alert.Watch;
import sanctionswatch.aws.DynamoWatchStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The template's resources on fresh emulators, set up to read {@code site}: the functions' environments, one queue
 * subscribed to every alert, and the given watches. The clients here are clean; a test builds its own faulty ones.
 * An integration test starts one for its class: {@code Deployment.start(NewsSite.empty(), List.of())}, then
 * {@code new ScanArticleFunction(Wiring.scanner(new Settings(aws.scanEnv), ...))}.
 */
final class Deployment implements AutoCloseable {
    final Emulators emulators;
    final DynamoDbClient dynamo;
    final SqsClient sqs;
    final SnsClient sns;
    final S3Client s3;
    final TemplateResources resources;
    final Map<String, String> pollEnv;
    final Map<String, String> scanEnv;
    final Map<String, String> refreshEnv;
    final String topicArn;
    final String articleQueue;
    final String subscriber;

    private Deployment(Emulators emulators, NewsSite site, List<Watch> watches) throws IOException {
        this.emulators = emulators;
        this.dynamo = emulators.dynamo();
        this.sqs = emulators.sqs();
        this.sns = emulators.sns();
        this.s3 = emulators.s3();
        this.resources = new TemplateResources(emulators);
        resources.createAll(dynamo, sqs, sns, s3);
        pollEnv = new HashMap<>(resources.environment("PollFeedsFunction"));
        pollEnv.put("FETCH_ADMIT", site.admit());
        scanEnv = new HashMap<>(resources.environment("ScanArticleFunction"));
        scanEnv.put("FETCH_ADMIT", site.admit());
        // Every alert goes out, so the run compares with the in-memory one alert for alert.
        scanEnv.put("ALERT_WINDOW_MINUTES", "0");
        refreshEnv = new HashMap<>(resources.environment("WatchlistRefreshFunction"));
        refreshEnv.put("FETCH_ADMIT", site.admit());
        topicArn = scanEnv.get("ALERT_TOPIC_ARN");
        articleQueue = pollEnv.get("ARTICLE_QUEUE_URL");
        subscriber = Queues.subscribe(sqs, sns, topicArn, "EverySubscriberQueue", null);
        DynamoWatchStore store = new DynamoWatchStore(dynamo, "WatchesTable");
        watches.forEach(store::put);
    }

    static Deployment start(NewsSite site, List<Watch> watches) throws IOException, InterruptedException {
        Emulators emulators = Emulators.start();
        try {
            return new Deployment(emulators, site, watches);
        } catch (IOException | RuntimeException e) {
            emulators.close();
            throw e;
        }
    }

    String deadLetterQueue() {
        return sqs.getQueueUrl(b -> b.queueName("ArticleDeadLetterQueue")).queueUrl();
    }

    @Override
    public void close() {
        emulators.close();
    }
}
