package sanctionswatch.aws;

import sanctionswatch.watchlist.RefreshReport;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

import java.util.Locale;
import java.util.Map;

/**
 * Tells the list-changes topic what a refresh did, when it is worth telling: the lists changed, or a source could
 * not be taken. Attributes {@code outcome} ({@code updated} / {@code unchanged}) and {@code problems}
 * ({@code true} / {@code false}) let a subscriber take only failures, say.
 */
public final class SnsListNotices {
    /** SNS takes a subject of ASCII under 100 characters. */
    private static final int MAX_SUBJECT = 100;

    private final SnsClient sns;
    private final String topicArn;

    public SnsListNotices(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    /** Publishes the report if it is worth telling; says whether it did. */
    public boolean tell(RefreshReport report) {
        if (!report.worthTelling()) {
            return false;
        }
        String subject = report.subject();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 4) + "...";
        }
        String finalSubject = subject;
        sns.publish(b -> b.topicArn(topicArn).subject(finalSubject).message(report.text()).messageAttributes(Map.of(
                "outcome", string(report.outcome().name().toLowerCase(Locale.ROOT)),
                "problems", string(String.valueOf(!report.problems().isEmpty())))));
        return true;
    }

    private static MessageAttributeValue string(String v) {
        return MessageAttributeValue.builder().dataType("String").stringValue(v).build();
    }
}
