package sanctionswatch.aws;

import sanctionswatch.feeds.ArticleQueue;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import software.amazon.awssdk.services.sqs.SqsClient;

/** New feed items as SQS messages, one JSON feed item each. */
public final class SqsArticleQueue implements ArticleQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsArticleQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(FeedItem item) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(FeedItems.toJson(item)));
    }
}
