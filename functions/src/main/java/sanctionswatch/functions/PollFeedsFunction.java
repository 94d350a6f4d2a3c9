package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import sanctionswatch.feeds.FeedOutcome;
import sanctionswatch.feeds.FeedPoller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scheduled: polls every configured feed and queues the items not seen before. */
public final class PollFeedsFunction implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private final FeedPoller poller;
    private final List<String> feeds;

    /** Lambda's constructor: clients and settings from the environment, once per container. */
    public PollFeedsFunction() {
        this(Settings.fromEnvironment());
    }

    private PollFeedsFunction(Settings settings) {
        this(Wiring.poller(settings, Wiring.dynamo(), Wiring.sqs()), settings.feedUrls());
    }

    public PollFeedsFunction(FeedPoller poller, List<String> feeds) {
        this.poller = poller;
        this.feeds = List.copyOf(feeds);
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        List<FeedOutcome> outcomes = poller.poll(feeds, o -> Log.info("feed polled", Map.of("feed", o.feedUrl(),
                "status", o.status().name(), "items", o.items(), "newItems", o.newItems(),
                "error", o.error() == null ? "" : o.error())));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("feeds", outcomes.size());
        report.put("failed", outcomes.stream().filter(o -> o.status() == FeedOutcome.Status.FAILED).count());
        report.put("notModified", outcomes.stream().filter(o -> o.status() == FeedOutcome.Status.NOT_MODIFIED).count());
        report.put("backingOff", outcomes.stream().filter(o -> o.status() == FeedOutcome.Status.BACKING_OFF).count());
        report.put("newItems", outcomes.stream().mapToInt(FeedOutcome::newItems).sum());
        Log.info("poll done", report);
        new Metrics("PollFeedsFunction").count("FeedsPolled", outcomes.size())
                .count("FeedFailures", (Long) report.get("failed"))
                .count("NewItems", (Integer) report.get("newItems")).emit();
        return report;
    }
}
