package sanctionswatch.feeds;

import sanctionswatch.http.FetchException;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.http.HttpResponse;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Polls feeds with conditional GET and sends each item not seen before to the article queue. An item is marked seen
 * only after the queue took it, so a crash in between sends it again rather than never; the scanner is idempotent.
 * One feed failing never stops the others.
 */
public final class FeedPoller {
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final FeedStateStore state;
    private final ArticleQueue queue;

    public FeedPoller(HttpFetcher fetcher, FeedParser parser, FeedStateStore state, ArticleQueue queue) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.state = state;
        this.queue = queue;
    }

    /** Polls each feed in turn, reporting each outcome to {@code progress} as it comes. */
    public List<FeedOutcome> poll(List<String> feedUrls, Consumer<FeedOutcome> progress) {
        List<FeedOutcome> outcomes = new ArrayList<>(feedUrls.size());
        for (String url : feedUrls) {
            FeedOutcome outcome;
            try {
                outcome = pollOne(url);
            } catch (FetchException | FeedFormatException | RuntimeException e) {
                outcome = new FeedOutcome(url, FeedOutcome.Status.FAILED, 0, 0, e.getMessage());
            }
            progress.accept(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private FeedOutcome pollOne(String url) throws FetchException, FeedFormatException {
        Map<String, String> headers = new LinkedHashMap<>();
        state.state(url).ifPresent(s -> {
            if (s.etag() != null) {
                headers.put("If-None-Match", s.etag());
            }
            if (s.lastModified() != null) {
                headers.put("If-Modified-Since", s.lastModified());
            }
        });
        HttpResponse response = fetcher.get(URI.create(url), headers);
        if (response.notModified()) {
            return new FeedOutcome(url, FeedOutcome.Status.NOT_MODIFIED, 0, 0, null);
        }
        if (!response.ok()) {
            return new FeedOutcome(url, FeedOutcome.Status.FAILED, 0, 0, "HTTP " + response.status());
        }
        if (!response.isFeedType()) {
            return new FeedOutcome(url, FeedOutcome.Status.FAILED, 0, 0,
                    "content type " + response.mediaType() + " is not a feed");
        }
        List<FeedItem> items = parser.parse(response.body(), url);
        int sent = 0;
        for (FeedItem item : items) {
            if (!state.isSeen(url, item.guid())) {
                queue.send(item);
                state.markSeen(url, item.guid());
                sent++;
            }
        }
        // Saved last: if anything above failed, the next poll fetches the feed whole again.
        state.saveState(new FeedState(url, response.etag(), response.lastModified()));
        return new FeedOutcome(url, FeedOutcome.Status.FETCHED, items.size(), sent, null);
    }
}
