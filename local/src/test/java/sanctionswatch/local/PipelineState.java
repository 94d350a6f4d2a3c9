package sanctionswatch.local;

import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.AlertStore;
import sanctionswatch.alert.InMemoryAlerts;
import sanctionswatch.alert.Watch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.article.InMemoryArticleStore;
import sanctionswatch.country.Countries;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedParser;
import sanctionswatch.feeds.FeedPoller;
import sanctionswatch.feeds.InMemoryFeedStateStore;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.Wiring;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.ScanService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the pipeline leaves behind, to compare item by item: each article's mention keys, and the alert ids delivered
 * to a subscriber (in order of arrival, duplicates kept, so a doubled alert shows).
 */
record PipelineState(Map<String, Set<String>> mentions, List<String> alertIds) {
    int mentionCount() {
        return mentions.values().stream().mapToInt(Set::size).sum();
    }

    /** The site's feeds polled and scanned in memory, without AWS and without faults: what must come out. */
    static PipelineState inMemory(NewsSite site, List<Watch> watches, ArticleScanner scanner) {
        Settings settings = new Settings(Map.of("FETCH_ADMIT", site.admit()));
        List<FeedItem> items = new ArrayList<>();
        new FeedPoller(Wiring.fetcher(settings), new FeedParser(), new InMemoryFeedStateStore(), items::add)
                .poll(site.feedUrls(), o -> { });
        InMemoryArticleStore articles = new InMemoryArticleStore();
        InMemoryAlerts alerts = new InMemoryAlerts();
        watches.forEach(alerts::put);
        ScanService service = new ScanService(() -> scanner, Wiring.fetcher(settings), articles, alerts,
                new WatchEvaluator(Countries.bundled()), new AlertService(alerts, a -> { }));
        items.forEach(service::scan);
        Map<String, Set<String>> mentions = new TreeMap<>();
        articles.articles().keySet().forEach(id -> mentions.put(id, articles.mentionKeys(id)));
        List<String> sent = alerts.alerts().entrySet().stream().filter(e -> e.getValue() == AlertStore.Status.SENT)
                .map(Map.Entry::getKey).sorted().toList();
        return new PipelineState(mentions, sent);
    }

    /** The tables' articles and mentions, and the alerts waiting in {@code subscriberQueue} (drained). */
    static PipelineState stored(DynamoDbClient dynamo, SqsClient sqs, String subscriberQueue) {
        Map<String, Set<String>> mentions = new TreeMap<>();
        for (Map<String, AttributeValue> article : all(dynamo, "ArticlesTable")) {
            mentions.put(article.get("articleId").s(), new HashSet<>());
        }
        for (Map<String, AttributeValue> m : all(dynamo, "MentionsTable")) {
            mentions.computeIfAbsent(m.get("articleId").s(), id -> new HashSet<>()).add(m.get("mentionKey").s());
        }
        List<String> delivered = Queues.drain(sqs, subscriberQueue).stream()
                .map(m -> Queues.machineDocument(m).get("alertId").asText()).sorted().toList();
        return new PipelineState(mentions, delivered);
    }

    /** Alerts recorded but not yet accepted by SNS. */
    static List<String> pendingAlerts(DynamoDbClient dynamo) {
        return all(dynamo, "AlertsTable").stream()
                .filter(a -> a.containsKey("status") && a.get("status").s().equals("PENDING"))
                .map(a -> a.get("alertId").s()).toList();
    }

    /** A whole table, read consistently. */
    static List<Map<String, AttributeValue>> all(DynamoDbClient dynamo, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build()).items()
                .forEach(items::add);
        return items;
    }
}
