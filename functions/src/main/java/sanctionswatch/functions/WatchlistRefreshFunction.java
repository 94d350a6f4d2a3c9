package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import sanctionswatch.aws.SnsListNotices;
import sanctionswatch.watchlist.ListRefresh;
import sanctionswatch.watchlist.RefreshReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scheduled (daily by default): downloads the lists, checks them, and publishes a new compiled version when they
 * changed; tells the list-changes topic what changed or what could not be taken. A source that fails keeps its
 * previous entries, so the function returns normally and reports the failure (log, metric, message) rather than
 * having Lambda retry the whole refresh.
 */
public final class WatchlistRefreshFunction implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private final ListRefresh refresh;
    private final SnsListNotices notices;

    /** Lambda's constructor: clients and settings from the environment, once per container. */
    public WatchlistRefreshFunction() {
        this(Settings.fromEnvironment());
    }

    private WatchlistRefreshFunction(Settings settings) {
        this(Wiring.listRefresh(settings, Wiring.listVersions(settings, () -> Wiring.s3(settings), Wiring.dynamo())),
                new SnsListNotices(Wiring.sns(), settings.required("LIST_CHANGES_TOPIC_ARN")));
    }

    public WatchlistRefreshFunction(ListRefresh refresh, SnsListNotices notices) {
        this.refresh = refresh;
        this.notices = notices;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        long started = System.nanoTime();
        RefreshReport report;
        try {
            report = refresh.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (RefreshReport.SourceResult s : report.sources()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("source", s.name());
            fields.put("status", s.status().name());
            fields.put("entities", s.entities());
            fields.put("detail", s.detail());
            if (s.status() == RefreshReport.Status.ACCEPTED) {
                Log.info("list read", fields);
            } else {
                Log.error("list not taken", fields);
            }
        }
        boolean told = notices.tell(report);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcome", report.outcome().name());
        out.put("version", report.version() == null ? null : report.version().version());
        out.put("entities", report.version() == null ? 0 : report.version().entities());
        out.put("changes", report.diff().summary());
        out.put("problems", report.problems().stream().map(p -> p.name() + ": " + p.detail()).toList());
        out.put("notified", told);
        Log.info("lists refreshed", out);
        new Metrics("WatchlistRefreshFunction")
                .count("ListsUpdated", report.outcome() == RefreshReport.Outcome.UPDATED ? 1 : 0)
                .count("ListsNotTaken", report.problems().size())
                .count("EntriesAdded", report.diff().added().size())
                .count("EntriesRemoved", report.diff().removed().size())
                .millis("RefreshTime", (System.nanoTime() - started) / 1_000_000).emit();
        return out;
    }
}
