package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertService;

import java.util.List;
import java.util.Map;

/**
 * Scheduled: sends the digest of every fatigue window that closed holding alerts back (but those an analyst's decision
 * made since keeps quiet), and publishes again the alerts
 * left pending for {@link #STALE} (their message ran out of retries while SNS failed), so an outage delays alerts but
 * loses none.
 */
public final class DigestFunction implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    /** Longer than a scan's whole life (visibility timeout 6 min), so a sweep never races a live delivery. */
    static final java.time.Duration STALE = java.time.Duration.ofMinutes(15);

    private final AlertService alerts;

    public DigestFunction() {
        this(Settings.fromEnvironment());
    }

    private DigestFunction(Settings settings) {
        this(Wiring.digests(settings, Wiring.dynamo(), Wiring.lazySns()));
    }

    public DigestFunction(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        List<Alert> sent = alerts.sendDueDigests();
        for (Alert d : sent) {
            Log.info("digest sent", Map.of("alertId", d.id(), "watchId", d.watchId(), "correlationId", d.correlationId()));
        }
        List<Alert> swept = alerts.republishPending(STALE);
        for (Alert a : swept) {
            Log.info("pending alert published", Map.of("alertId", a.id(), "watchId", a.watchId(),
                    "correlationId", a.correlationId()));
        }
        new Metrics("DigestFunction").count("DigestsSent", sent.size()).count("PendingAlertsPublished", swept.size())
                .emit();
        return Map.of("digests", sent.size(), "republished", swept.size());
    }
}
