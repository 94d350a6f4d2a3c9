package sanctionswatch.aws;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertMessages;
import sanctionswatch.alert.AlertPublisher;
import sanctionswatch.json.Json;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Publishes each alert once to the topic, a text per protocol ({@code MessageStructure=json}), with message attributes
 * subscribers filter on: {@code kind}, {@code watchId}, {@code watchType}, {@code severity}, {@code correlationId} and,
 * where the alert has them, {@code entityIds} and {@code countries} (String.Array).
 */
public final class SnsAlertPublisher implements AlertPublisher {
    private final Supplier<SnsClient> sns;
    private final String topicArn;
    private final Function<Alert, String> reviewLink;

    public SnsAlertPublisher(SnsClient sns, String topicArn) {
        this(() -> sns, topicArn);
    }

    /** @param sns gives the client when an alert is first published (it may build it then) */
    public SnsAlertPublisher(Supplier<SnsClient> sns, String topicArn) {
        this(sns, topicArn, a -> null);
    }

    /**
     * @param reviewLink the signed link to an alert's review page, made when its message is written (null: none), so
     *                   the link is valid for its full term from the moment it is sent
     */
    public SnsAlertPublisher(Supplier<SnsClient> sns, String topicArn, Function<Alert, String> reviewLink) {
        this.sns = sns;
        this.topicArn = topicArn;
        this.reviewLink = reviewLink;
    }

    @Override
    public void publish(Alert alert) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put("kind", string(alert.kind().wire()));
        attributes.put("watchId", string(alert.watchId()));
        attributes.put("watchType", string(alert.watchType().wire()));
        attributes.put("severity", string(alert.severity().wire()));
        attributes.put("correlationId", string(alert.correlationId()));
        if (!alert.entityIds().isEmpty()) {
            attributes.put("entityIds", array(alert.entityIds()));
        }
        if (!alert.countries().isEmpty()) {
            attributes.put("countries", array(alert.countries()));
        }
        sns.get().publish(b -> b.topicArn(topicArn).subject(AlertMessages.subject(alert))
                .messageStructure("json").message(AlertMessages.structure(alert, reviewLink.apply(alert))).messageAttributes(attributes));
    }

    private static MessageAttributeValue string(String v) {
        return MessageAttributeValue.builder().dataType("String").stringValue(v).build();
    }

    private static MessageAttributeValue array(List<String> values) {
        return MessageAttributeValue.builder().dataType("String.Array").stringValue(Json.write(values)).build();
    }
}
