package sanctionswatch.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.functions.ScanArticleFunction;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** SQS as the tests use it: subscriber queues, draining them, and Lambda's part of the event source mapping. */
final class Queues {
    private Queues() {}

    /** A queue subscribed to {@code topicArn} with {@code filterPolicy}; returns its URL. */
    static String subscribe(SqsClient sqs, SnsClient sns, String topicArn, String queue, String filterPolicy) {
        String url = sqs.createQueue(b -> b.queueName(queue)).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        Map<String, String> attributes = filterPolicy == null ? Map.of("RawMessageDelivery", "false")
                : Map.of("FilterPolicy", filterPolicy, "RawMessageDelivery", "false");
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(arn).attributes(attributes));
        return url;
    }

    /** Every message now in the queue, deleted from it. */
    static List<Message> drain(SqsClient sqs, String queueUrl) {
        List<Message> all = new ArrayList<>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).messageAttributeNames("All")).messages();
            if (batch.isEmpty()) {
                return all;
            }
            all.addAll(batch);
            for (Message m : batch) {
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
        }
    }

    static SQSEvent asEvent(List<Message> messages) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message m : messages) {
            SQSEvent.SQSMessage r = new SQSEvent.SQSMessage();
            r.setMessageId(m.messageId());
            r.setReceiptHandle(m.receiptHandle());
            r.setBody(m.body());
            r.setEventSource("aws:sqs");
            r.setAttributes(Map.of("ApproximateReceiveCount", m.attributes()
                    .getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1")));
            records.add(r);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    /** The machine document of a delivered alert ({@link AlertPrinter#machineDocument}). */
    static JsonNode machineDocument(Message delivered) {
        return AlertPrinter.machineDocument(delivered.body());
    }

    /**
     * What Lambda's SQS event source does for {@code function}, until the queue is empty: receives batches of 10,
     * invokes the function, deletes what succeeded and makes the reported failures visible again at once (in place
     * of their visibility timeout). The queue's redrive policy moves a message that keeps failing to its
     * dead-letter queue. Returns the number of invocations.
     */
    static int deliverAll(SqsClient sqs, String queueUrl, ScanArticleFunction function) {
        int invocations = 0;
        while (true) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                    .messages();
            if (batch.isEmpty()) {
                return invocations;
            }
            invocations++;
            SQSBatchResponse response;
            try {
                response = function.handleRequest(asEvent(batch), null);
            } catch (RuntimeException | Error crashed) {
                // A failed invocation: the whole batch comes back.
                response = SQSBatchResponse.builder().withBatchItemFailures(batch.stream().map(m ->
                        SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(m.messageId()).build())
                        .toList()).build();
            }
            Set<String> failed = response.getBatchItemFailures().stream()
                    .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
            for (Message m : batch) {
                if (failed.contains(m.messageId())) {
                    sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle())
                            .visibilityTimeout(0));
                } else {
                    sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                }
            }
        }
    }
}
