package sanctionswatch.alert;

/** Sends an alert to its subscribers (SNS, or the console locally). */
public interface AlertPublisher {
    void publish(Alert alert);
}
