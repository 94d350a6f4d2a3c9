package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import sanctionswatch.aws.SnsListNotices;
import sanctionswatch.lists.refresh.ListRefresh;
import sanctionswatch.lists.refresh.ListVersions;
import sanctionswatch.lists.refresh.RefreshReport;
import sanctionswatch.scan.NewDesignations;
import sanctionswatch.scan.RetroScan;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Scheduled (daily by default): downloads the lists, checks them, and publishes a new compiled version when they
 * changed; tells the list-changes topic what changed or what could not be taken. A source that fails keeps its
 * previous entries, so the function returns normally and reports the failure (log, metric, message) rather than
 * having Lambda retry the whole refresh.
 */
public final class WatchlistRefreshFunction implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private final ListRefresh refresh;
    private final NewDesignations designations;
    private final SnsListNotices notices;

    /** Lambda's constructor: clients and settings from the environment, once per container. */
    public WatchlistRefreshFunction() {
        this(Settings.fromEnvironment());
    }

    private WatchlistRefreshFunction(Settings settings) {
        this(settings, Wiring.dynamo(), Wiring.sns());
    }

    private WatchlistRefreshFunction(Settings settings, DynamoDbClient dynamo, SnsClient sns) {
        this(settings, Wiring.listVersions(settings, Wiring.lazyS3(settings), dynamo), dynamo, sns);
    }

    /** Wired from {@code settings} with the given clients (tests point them at local endpoints). */
    public WatchlistRefreshFunction(Settings settings, ListVersions versions, DynamoDbClient dynamo, SnsClient sns) {
        this(Wiring.listRefresh(settings, versions), Wiring.newDesignations(settings, versions, dynamo, () -> sns),
                new SnsListNotices(sns, settings.listChangesTopicArn()));
    }

    public WatchlistRefreshFunction(ListRefresh refresh, NewDesignations designations, SnsListNotices notices) {
        this.refresh = refresh;
        this.designations = designations;
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
        // The retro-scan a new version owes runs after the version is in use; if it fails, the version record still
        // owes it, the message goes out without it, and the function fails so that Lambda tries again.
        Optional<RetroScan.Report> retro = Optional.empty();
        RuntimeException retroFailure = null;
        try {
            retro = designations.scanIfOwed();
        } catch (IOException e) {
            retroFailure = new UncheckedIOException(e);
        } catch (RuntimeException e) {
            retroFailure = e;
        }
        boolean told = notices.tell(report, retro);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcome", report.outcome().name());
        out.put("version", report.version() == null ? null : report.version().version());
        out.put("entities", report.version() == null ? 0 : report.version().entities());
        out.put("changes", report.diff().summary());
        out.put("problems", report.problems().stream().map(p -> p.name() + ": " + p.detail()).toList());
        retro.ifPresent(r -> {
            out.put("retroScanned", r.articles());
            out.put("retroFound", r.found().size());
            out.put("retroAlerts", r.alerts().size());
        });
        out.put("notified", told);
        Log.info("lists refreshed", out);
        new Metrics("WatchlistRefreshFunction")
                .count("ListsUpdated", report.outcome() == RefreshReport.Outcome.UPDATED ? 1 : 0)
                .count("ListsNotTaken", report.problems().size())
                .count("EntriesAdded", report.diff().added().size())
                .count("EntriesRemoved", report.diff().removed().size())
                .count("RetroArticlesFound", retro.map(r -> r.found().size()).orElse(0))
                .count("RetroScanFailures", retroFailure == null ? 0 : 1)
                .millis("RefreshTime", (System.nanoTime() - started) / 1_000_000).emit();
        if (retroFailure != null) {
            Log.error("retro-scan failed", Map.of("error", String.valueOf(retroFailure)));
            throw retroFailure;
        }
        return out;
    }
}
