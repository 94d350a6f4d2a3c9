package sanctionswatch.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * Delivers alerts exactly once: each is recorded before it is published and marked sent only after the publisher
 * accepted it. A redelivered article finds its alerts sent and publishes nothing; one whose publish failed is still
 * pending and is published on the next delivery.
 */
public final class AlertService {
    private final AlertStore store;
    private final AlertPublisher publisher;

    public AlertService(AlertStore store, AlertPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** Publishes the alerts not yet sent; returns those it published. */
    public List<Alert> deliver(List<Alert> alerts) {
        List<Alert> published = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            if (store.record(a) == AlertStore.Status.SENT) {
                continue;
            }
            publisher.publish(a);
            store.markSent(a.id());
            published.add(a);
        }
        return published;
    }
}
