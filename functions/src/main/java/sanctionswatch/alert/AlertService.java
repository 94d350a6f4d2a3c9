package sanctionswatch.alert;

import sanctionswatch.retry.Backoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Delivers alerts exactly once: each is recorded before it is published and marked sent only after the publisher
 * accepted it. A redelivered article finds its alerts sent and publishes nothing; one whose publish failed is still
 * pending and is published on the next delivery. Against alert fatigue, the same watch and subject (entity, or
 * country pair) alerts once per window; what the window holds back goes out as one digest when it closes.
 */
public final class AlertService {
    private static final int MARK_ATTEMPTS = 8;
    private static final long MARK_BACKOFF_MS = 50;

    private final AlertStore store;
    private final AlertPublisher publisher;
    private final Duration window;
    private final Clock clock;
    private final AlertGate gate;

    /** No fatigue window: every alert is published. */
    public AlertService(AlertStore store, AlertPublisher publisher) {
        this(store, publisher, Duration.ZERO, Clock.systemUTC());
    }

    public AlertService(AlertStore store, AlertPublisher publisher, Duration window, Clock clock) {
        this(store, publisher, window, clock, AlertGate.OPEN);
    }

    /**
     * @param gate what keeps a held-back alert out of its digest: the analysts' decisions made after it was held back
     *             (the alerts delivered here passed the same check when they were raised)
     */
    public AlertService(AlertStore store, AlertPublisher publisher, Duration window, Clock clock, AlertGate gate) {
        this.store = store;
        this.publisher = publisher;
        this.window = window;
        this.clock = clock;
        this.gate = gate;
    }

    /** Publishes the alerts not yet sent nor held back; returns those it published. */
    public List<Alert> deliver(List<Alert> alerts) {
        return deliver(alerts, null);
    }

    /**
     * The same, for alerts of one article whose story is {@code story}: a watch that already alerted on the same
     * story under another URL does not alert again.
     */
    public List<Alert> deliver(List<Alert> alerts, Story story) {
        List<Alert> published = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            AlertStore.Status status = store.record(a);
            if (status == AlertStore.Status.SENT || status == AlertStore.Status.SUPPRESSED) {
                continue;
            }
            if (story != null && !store.claimStory(a.watchId(), story, a.id())) {
                store.markSuppressed(a.id());
                continue;
            }
            Instant now = clock.instant();
            if (window.isZero() || store.openWindow(windowKey(a), a.id(), now, now.plus(window))) {
                publishAndMarkSent(a);
                published.add(a);
            } else {
                store.addToDigest(windowKey(a), a);
                store.markSuppressed(a.id());
            }
        }
        return published;
    }

    /**
     * Publishes again the alerts still pending {@code age} after they were recorded: their message's retries ran out
     * (it went to the dead-letter queue) or stopped while SNS was down. Returns them.
     */
    public List<Alert> republishPending(Duration age) {
        List<Alert> sent = new ArrayList<>();
        for (Alert a : store.pendingSince(clock.instant().minus(age))) {
            publishAndMarkSent(a);
            sent.add(a);
        }
        return sent;
    }

    /**
     * Publishes the digest of every closed window that held alerts back; returns them. The alerts held back pass the
     * gate again first: one a decision keeps quiet now is left out of the digest (and of its page), and a digest left
     * with none is marked sent without being published.
     */
    public List<Alert> sendDueDigests() {
        List<Alert> sent = new ArrayList<>();
        for (AlertStore.Digest due : store.dueDigests(clock.instant())) {
            AlertStore.Digest d = stillDue(due);
            if (!d.alertIds().isEmpty()) {
                Alert digest = digestAlert(d);
                publisher.publish(digest);
                sent.add(digest);
            }
            Backoff.untilDone(() -> store.markDigestSent(d.id()), MARK_ATTEMPTS, MARK_BACKOFF_MS);
        }
        return sent;
    }

    /** The digest without the alerts the gate keeps quiet now; those are taken out of its record too. */
    private AlertStore.Digest stillDue(AlertStore.Digest d) {
        List<Alert> held = d.alertIds().stream().map(store::recorded).flatMap(Optional::stream).toList();
        List<Alert> kept = gate.stillDue(held);
        if (kept.size() == held.size()) {
            return d;
        }
        List<Alert> quiet = held.stream().filter(a -> !kept.contains(a)).toList();
        quiet.forEach(a -> store.dropFromDigest(d.id(), a));
        List<String> ids = d.alertIds().stream().filter(id -> quiet.stream().noneMatch(a -> a.id().equals(id)))
                .toList();
        List<String> links = kept.stream().map(Alert::url).distinct().sorted().toList();
        return new AlertStore.Digest(d.id(), d.watchId(), d.watchType(), d.key(), d.start(), d.end(), ids, links,
                d.subject(), d.entityIds(), d.countries());
    }

    /**
     * Once the publisher took an alert it cannot be taken back, so marking it sent is tried harder than the store
     * client's own retries: an alert left pending after a publish would go out again on the next delivery.
     */
    private void publishAndMarkSent(Alert a) {
        publisher.publish(a);
        Backoff.untilDone(() -> store.markSent(a.id()), MARK_ATTEMPTS, MARK_BACKOFF_MS);
    }

    /** The fatigue window of an alert: its watch and what it is about. */
    static String windowKey(Alert a) {
        TreeSet<String> subject = new TreeSet<>(a.entityIds());
        subject.addAll(a.countries());
        return a.watchId() + "|" + String.join(",", subject);
    }

    private static Alert digestAlert(AlertStore.Digest d) {
        int n = d.alertIds().size();
        String reason = n + " more " + (n == 1 ? "article" : "articles") + " about " + d.subject() + " ("
                + d.watchId() + ") between " + d.start() + " and " + d.end();
        String links = String.join("\n", d.links());
        List<Alert.AlertEntity> entities = d.entityIds().stream()
                .map(id -> new Alert.AlertEntity(id, id, List.of(), "", "digest")).toList();
        return Alert.builder().id(d.id()).kind(AlertKind.DIGEST).watchId(d.watchId()).watchType(d.watchType())
                .severity(Severity.LOW).articleId("").url(d.links().isEmpty() ? "" : d.links().get(0))
                .title("Digest: " + d.subject()).reason(reason).quote(links).entities(entities)
                .countries(d.countries()).correlationId(d.id()).build();
    }
}
