package sanctionswatch.feeds;

import sanctionswatch.http.FetchException;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.http.HttpResponse;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Polls feeds with conditional GET and sends each item not seen before to the article queue. An item is marked seen
 * only after the queue took it, so a crash in between sends it again rather than never; the scanner is idempotent.
 * One feed failing never stops the others, and a failing feed backs off: until its {@code Retry-After} on 429 and
 * 503, a day when it is gone (410), otherwise exponentially from 5 minutes to 6 hours.
 */
public final class FeedPoller {
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final FeedStateStore state;
    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(5);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final Duration GONE_BACKOFF = Duration.ofDays(1);
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final ArticleQueue queue;
    private final Clock clock;

    public FeedPoller(HttpFetcher fetcher, FeedParser parser, FeedStateStore state, ArticleQueue queue) {
        this(fetcher, parser, state, queue, Clock.systemUTC());
    }

    public FeedPoller(HttpFetcher fetcher, FeedParser parser, FeedStateStore state, ArticleQueue queue, Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.state = state;
        this.queue = queue;
        this.clock = clock;
    }

    /** Polls each feed in turn, reporting each outcome to {@code progress} as it comes. */
    public List<FeedOutcome> poll(List<String> feedUrls, Consumer<FeedOutcome> progress) {
        List<FeedOutcome> outcomes = new ArrayList<>(feedUrls.size());
        for (String url : feedUrls) {
            FeedOutcome outcome;
            Optional<FeedState> before = Optional.empty();
            try {
                before = state.state(url);
                Instant now = clock.instant();
                if (before.isPresent() && before.get().notBefore() != null && now.isBefore(before.get().notBefore())) {
                    outcome = new FeedOutcome(url, FeedOutcome.Status.BACKING_OFF, 0, 0,
                            "backing off until " + before.get().notBefore() + " after " + before.get().failures()
                                    + " failure" + (before.get().failures() == 1 ? "" : "s"));
                } else {
                    outcome = pollOne(url, before);
                }
            } catch (FetchException | FeedFormatException e) {
                outcome = failed(url, before, e.getMessage(), null, 0);
            } catch (RuntimeException e) {
                // The feed state or the queue failed, not the feed: no backoff, the next poll tries it again.
                outcome = new FeedOutcome(url, FeedOutcome.Status.FAILED, 0, 0, "not polled: " + e);
            }
            progress.accept(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** Records the failure with the feed's next allowed poll, and reports it. */
    private FeedOutcome failed(String url, Optional<FeedState> before, String error, String retryAfter, int status) {
        int failures = before.map(FeedState::failures).orElse(0) + 1;
        Instant now = clock.instant();
        Duration wait = status == 410 ? GONE_BACKOFF : backoff(failures);
        Duration told = retryAfter == null ? null : RetryAfter.parse(retryAfter, now);
        if (told != null && (status == 429 || status == 503)) {
            wait = told.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : told;
        }
        Instant notBefore = now.plus(wait);
        try {
            state.saveState(new FeedState(url, before.map(FeedState::etag).orElse(null),
                    before.map(FeedState::lastModified).orElse(null), failures, notBefore));
        } catch (RuntimeException e) {
            error = error + " (and its backoff could not be saved: " + e.getMessage() + ")";
        }
        return new FeedOutcome(url, FeedOutcome.Status.FAILED, 0, 0, error + "; next poll after " + notBefore);
    }

    /** 5 minutes after the first failure, doubling, at most 6 hours. */
    static Duration backoff(int failures) {
        Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 10));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private FeedOutcome pollOne(String url, Optional<FeedState> before) throws FetchException, FeedFormatException {
        Map<String, String> headers = new LinkedHashMap<>();
        before.ifPresent(s -> {
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
            return failed(url, before, "HTTP " + response.status(), response.retryAfter(), response.status());
        }
        if (!response.isFeedType()) {
            return failed(url, before, "content type " + response.mediaType() + " is not a feed", null, 0);
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
        state.saveState(FeedState.fetched(url, response.etag(), response.lastModified()));
        return new FeedOutcome(url, FeedOutcome.Status.FETCHED, items.size(), sent, null);
    }
}
