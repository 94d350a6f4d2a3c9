package sanctionswatch.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Watches and alerts kept in memory, for the local runner and tests of the pure core. */
public final class InMemoryAlerts implements AlertStore, WatchStore {
    private final Map<String, Status> alerts = new LinkedHashMap<>();
    private final Map<String, Watch> watches = new LinkedHashMap<>();
    private boolean seeded;

    @Override
    public synchronized Status record(Alert alert) {
        Status existing = alerts.putIfAbsent(alert.id(), Status.PENDING);
        return existing == null ? Status.NEW : existing;
    }

    @Override
    public synchronized void markSent(String alertId) {
        alerts.put(alertId, Status.SENT);
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
