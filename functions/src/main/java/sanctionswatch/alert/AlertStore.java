package sanctionswatch.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Alerts as recorded before they are published, and the fatigue windows that hold back repeats. Recording is
 * conditional on the alert's id, so a redelivered article finds its alert already there.
 */
public interface AlertStore {
    enum Status { NEW, PENDING, SENT, SUPPRESSED }

    /** Records the alert unless one with its id exists; returns NEW, or the status of the one already there. */
    Status record(Alert alert);

    /** Marks the alert as accepted by the publisher. */
    void markSent(String alertId);

    /** Alerts recorded before {@code before} and still pending: their publish failed and was not retried since. */
    List<Alert> pendingSince(Instant before);

    /**
     * Claims {@code story} for the watch's alert {@code alertId}: true when the alert may go out, false when an
     * earlier alert of the same watch was about the same story under another URL (a syndicated copy).
     */
    boolean claimStory(String watchId, Story story, String alertId);

    /** Marks the alert as held back by a fatigue window, so a redelivery does not count it twice. */
    void markSuppressed(String alertId);

    /**
     * Opens the fatigue window {@code key} for {@code alertId} until {@code until}, unless a window that another alert
     * opened is still open at {@code now}; true when the alert may be published.
     */
    boolean openWindow(String key, String alertId, Instant now, Instant until);

    /** The alert {@code alertId} as recorded, whatever became of it (sent, pending, held back), if it is stored. */
    Optional<Alert> recorded(String alertId);

    /** Adds an alert held back by the open window {@code key} to that window's digest (idempotent by alert id). */
    void addToDigest(String key, Alert alert);

    /** Takes an alert out of a digest (a decision keeps it quiet now); the digest is as if it had never held it. */
    void dropFromDigest(String digestId, Alert alert);

    /** Digests of windows closed by {@code now} that hold alerts and were not sent yet. */
    List<Digest> dueDigests(Instant now);

    /** Marks a digest sent. */
    void markDigestSent(String digestId);

    /**
     * The alerts a fatigue window held back.
     *
     * @param id        {@code digest#<key>#<window start>}
     * @param watchId   the watch
     * @param watchType its type
     * @param key       the window: watch and subject
     * @param start     when the window opened
     * @param end       when it closed
     * @param alertIds  the alerts held back
     * @param links     their articles
     * @param subject   who or what they were about, as a person reads it
     * @param entityIds list entries involved
     * @param countries countries involved
     */
    record Digest(String id, String watchId, WatchType watchType, String key, Instant start, Instant end,
                  List<String> alertIds, List<String> links, String subject, List<String> entityIds,
                  List<String> countries) {
        /** What a digest's id starts with, and no alert's: {@code digest#ru-kp|KP,RU#1680220800}. */
        public static final String ID_PREFIX = "digest#";

        /** The id of the digest of window {@code key} opened at {@code start}: {@code digest#ru-kp|KP,RU#1680220800}. */
        public static String id(String key, Instant start) {
            return ID_PREFIX + key + "#" + start.getEpochSecond();
        }

        /** Whether {@code alertId} names a digest rather than an alert. */
        public static boolean isDigest(String alertId) {
            return alertId.startsWith(ID_PREFIX);
        }

        public Digest {
            alertIds = List.copyOf(alertIds);
            links = List.copyOf(links);
            entityIds = List.copyOf(entityIds);
            countries = List.copyOf(countries);
        }
    }
}
