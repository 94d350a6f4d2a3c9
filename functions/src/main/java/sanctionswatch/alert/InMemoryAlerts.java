package sanctionswatch.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Watches and alerts kept in memory, for the local runner and tests of the pure core. */
public final class InMemoryAlerts implements AlertStore, WatchStore {
    private final Map<String, Status> alerts = new LinkedHashMap<>();
    private final Map<String, Alert> recorded = new LinkedHashMap<>();
    private final Map<String, Instant> recordedAt = new LinkedHashMap<>();
    private final java.time.Clock clock;
    private final Map<String, Watch> watches = new LinkedHashMap<>();
    private final Map<String, Window> windows = new LinkedHashMap<>();
    private final Map<String, DigestBuilder> digests = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> stories = new LinkedHashMap<>();
    private boolean seeded;

    public InMemoryAlerts() {
        this(java.time.Clock.systemUTC());
    }

    public InMemoryAlerts(java.time.Clock clock) {
        this.clock = clock;
    }

    private record Window(String openedBy, Instant start, Instant end) {}

    private static final class DigestBuilder {
        final Alert first;
        final String key;
        final Window window;
        final Set<String> alertIds = new LinkedHashSet<>();
        final Set<String> links = new LinkedHashSet<>();
        boolean sent;

        DigestBuilder(Alert first, String key, Window window) {
            this.first = first;
            this.key = key;
            this.window = window;
        }
    }

    @Override
    public synchronized Status record(Alert alert) {
        Status existing = alerts.putIfAbsent(alert.id(), Status.PENDING);
        if (existing == null) {
            recorded.put(alert.id(), alert);
            recordedAt.put(alert.id(), clock.instant());
        }
        return existing == null ? Status.NEW : existing;
    }

    @Override
    public synchronized boolean claimStory(String watchId, Story story, String alertId) {
        Map<String, Long> claims = stories.computeIfAbsent(watchId + "#" + story.titleKey(), k -> new LinkedHashMap<>());
        if (claims.containsKey(alertId)) {
            return true;
        }
        if (claims.values().stream().anyMatch(story::nearlySame)) {
            return false;
        }
        claims.put(alertId, story.fingerprint());
        return true;
    }

    @Override
    public synchronized List<Alert> pendingSince(Instant before) {
        List<Alert> pending = new ArrayList<>();
        alerts.forEach((id, status) -> {
            if (status == Status.PENDING && recordedAt.get(id).isBefore(before)) {
                pending.add(recorded.get(id));
            }
        });
        return pending;
    }

    @Override
    public synchronized void markSent(String alertId) {
        alerts.put(alertId, Status.SENT);
    }

    @Override
    public synchronized void markSuppressed(String alertId) {
        alerts.put(alertId, Status.SUPPRESSED);
    }

    @Override
    public synchronized boolean openWindow(String key, String alertId, Instant now, Instant until) {
        Window w = windows.get(key);
        if (w == null || !w.end().isAfter(now) || w.openedBy().equals(alertId)) {
            windows.put(key, w != null && w.openedBy().equals(alertId) ? w : new Window(alertId, now, until));
            return true;
        }
        return false;
    }

    @Override
    public synchronized void addToDigest(String key, Alert alert) {
        Window w = windows.get(key);
        String id = Digest.id(key, w.start());
        DigestBuilder d = digests.computeIfAbsent(id, k -> new DigestBuilder(alert, key, w));
        d.alertIds.add(alert.id());
        d.links.add(alert.url());
    }

    @Override
    public synchronized Optional<Alert> recorded(String alertId) {
        return Optional.ofNullable(recorded.get(alertId));
    }

    @Override
    public synchronized void dropFromDigest(String digestId, Alert alert) {
        DigestBuilder d = digests.get(digestId);
        d.alertIds.remove(alert.id());
        d.links.remove(alert.url());
    }

    @Override
    public synchronized List<Digest> dueDigests(Instant now) {
        List<Digest> due = new ArrayList<>();
        digests.forEach((id, d) -> {
            if (!d.sent && !d.window.end().isAfter(now)) {
                due.add(new Digest(id, d.first.watchId(), d.first.watchType(), d.key, d.window.start(),
                        d.window.end(), List.copyOf(d.alertIds), List.copyOf(d.links), DigestSubjects.of(d.first),
                        d.first.entityIds(), d.first.countries()));
            }
        });
        return due;
    }

    @Override
    public synchronized void markDigestSent(String digestId) {
        digests.get(digestId).sent = true;
    }

    public synchronized Map<String, Status> alerts() {
        return Map.copyOf(alerts);
    }

    @Override
    public synchronized List<Watch> list() {
        return new ArrayList<>(watches.values());
    }

    @Override
    public synchronized void put(Watch watch) {
        watches.put(watch.id(), watch);
    }

    @Override
    public synchronized boolean remove(String watchId) {
        return watches.remove(watchId) != null;
    }

    @Override
    public synchronized boolean defaultsSeeded() {
        return seeded;
    }

    @Override
    public synchronized void markDefaultsSeeded() {
        seeded = true;
    }
}
