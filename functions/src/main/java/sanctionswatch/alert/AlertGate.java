package sanctionswatch.alert;

import java.util.List;

/**
 * What may keep an alert quiet between the moment it was raised and the moment it goes out: for an alert a fatigue
 * window held back at 10:05, an analyst's decision made at 10:20 on another alert's page (review's
 * {@code DecisionGate}), before the digest goes out at 11:00.
 */
@FunctionalInterface
public interface AlertGate {
    /** Keeps every alert: where no decisions are kept (the command line, the pure core's tests). */
    AlertGate OPEN = held -> held;

    /** Of the alerts held back, those that still go out now, in their order. */
    List<Alert> stillDue(List<Alert> held);
}
