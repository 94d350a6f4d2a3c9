package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code serve}'s subscriber to the alert topic, standing in for the deployment's e-mail: a queue subscribed to the
 * topic, read while {@code serve} runs, each alert printed with its review link, so the link an invoked scan made is
 * there to open:
 * <pre>
 * # alert ru-kp (medium): Russia (Russia) and North Korea (N Korea) named in the same paragraph
 * #   http://127.0.0.1:3000/alerts/ru-kp%3A6f1c…?e=1767225600&amp;k=local&amp;s=…
 * </pre>
 */
final class AlertPrinter implements AutoCloseable {
    static final String QUEUE = "ServeAlertsQueue";

    private final SqsClient sqs;
    private final String queueUrl;
    private final PrintStream out;
    private volatile boolean closed;

    private AlertPrinter(SqsClient sqs, String queueUrl, PrintStream out) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.out = out;
    }

    /** Subscribes {@link #QUEUE} to {@code topicArn} and prints what arrives on {@code out}, from a thread of its own. */
    static AlertPrinter start(SqsClient sqs, SnsClient sns, String topicArn, PrintStream out) {
        String url = sqs.createQueue(b -> b.queueName(QUEUE)).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(arn)
                .attributes(Map.of("RawMessageDelivery", "false")));
        AlertPrinter printer = new AlertPrinter(sqs, url, out);
        Thread t = new Thread(printer::run, "alert-printer");
        t.setDaemon(true);
        t.start();
        return printer;
    }

    private void run() {
        String failing = null;
        while (!closed) {
            try {
                // A long poll well inside the clients' 5-second attempt timeout, which a busy machine's emulator
                // answers late enough to reach when the poll itself takes 5.
                for (Message m : sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                        .waitTimeSeconds(1)).messages()) {
                    print(machineDocument(m.body()));
                    sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                }
                failing = null;
            } catch (RuntimeException e) {
                // Said once per kind of failure, then tried again: what was not read stays in the queue.
                if (!closed && !Main.oneLine(e).equals(failing)) {
                    failing = Main.oneLine(e);
                    out.println("# alerts not read (trying again): " + failing);
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void print(JsonNode alert) {
        String what = alert.path("kind").asText("alert") + " " + alert.path("watchId").asText("?")
                + (alert.has("severity") ? " (" + alert.get("severity").asText() + ")" : "");
        out.println("# " + what + ": " + alert.path("reason").asText());
        out.println("#   " + (alert.has("reviewUrl") ? alert.get("reviewUrl").asText() : "(no review link)"));
        out.flush();
    }

    /**
     * The JSON document of an alert as an SQS subscriber of the topic receives it: SNS delivers the {@code sqs}
     * entry of a {@code MessageStructure=json} message inside its envelope; fauxqs delivers the whole structure, so
     * the entry is taken here.
     */
    static JsonNode machineDocument(String delivered) {
        try {
            JsonNode message = Json.mapper().readTree(Json.mapper().readTree(delivered).get("Message").asText());
            return message.has("sqs") ? Json.mapper().readTree(message.get("sqs").asText()) : message;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
