package sanctionswatch.aws;

import sanctionswatch.lists.refresh.RefreshReport;
import sanctionswatch.scan.RetroScan;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /**
     * Publishes the report, with what the retro-scan found, if either is worth telling: the lists changed, a list was
     * not taken, or stored articles name new entries. Says whether it did.
     */
    public boolean tell(RefreshReport report, Optional<RetroScan.Report> retro) {
        boolean retroFound = retro.isPresent() && !retro.get().found().isEmpty();
        if (!report.worthTelling() && !retroFound) {
            return false;
        }
        String subject = report.worthTelling() ? report.subject()
                : "Sanctions lists: " + retro.get().found().size() + " stored articles name new entries";
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 4) + "...";
        }
        String finalSubject = subject;
        String text = report.text() + retro.map(r -> "\n" + r.text()).orElse("");
        sns.publish(b -> b.topicArn(topicArn).subject(finalSubject).message(text).messageAttributes(Map.of(
                "outcome", string(report.outcome().name().toLowerCase(Locale.ROOT)),
                "problems", string(String.valueOf(!report.problems().isEmpty())))));
        return true;
    }

    private static MessageAttributeValue string(String v) {
        return MessageAttributeValue.builder().dataType("String").stringValue(v).build();
    }
}
