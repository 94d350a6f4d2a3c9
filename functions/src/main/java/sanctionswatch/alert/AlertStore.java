package sanctionswatch.alert;

/**
 * Alerts as recorded before they are published. Recording is conditional on the alert's id, so a redelivered
 * article finds its alert already there.
 */
public interface AlertStore {
    enum Status { NEW, PENDING, SENT }

    /** Records the alert unless one with its id exists; returns NEW, or the status of the one already there. */
    Status record(Alert alert);

    /** Marks the alert as accepted by the publisher. */
    void markSent(String alertId);
}
