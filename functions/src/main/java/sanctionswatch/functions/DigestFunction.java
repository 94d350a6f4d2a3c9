package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertService;

import java.util.List;
import java.util.Map;

/** Scheduled: sends the digest of every fatigue window that closed holding alerts back. */
public final class DigestFunction implements RequestHandler<ScheduledEvent, Map<String, Object>> {
    private final AlertService alerts;

    public DigestFunction() {
        this(Settings.fromEnvironment());
    }

    private DigestFunction(Settings settings) {
        this(Wiring.alerts(settings, Wiring.dynamo(), Wiring.sns()));
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
        new Metrics("DigestFunction").count("DigestsSent", sent.size()).emit();
        return Map.of("digests", sent.size());
    }
}
