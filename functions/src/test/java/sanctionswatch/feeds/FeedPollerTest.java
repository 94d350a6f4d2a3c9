package sanctionswatch.feeds;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sanctionswatch.TestClock;
import sanctionswatch.http.FetchPolicy;
import sanctionswatch.http.HttpFetcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Polling over real HTTP on loopback, with conditional GET, against the real feed files. */
class FeedPollerTest {
    private HttpServer server;
    private final AtomicInteger conditionalHits = new AtomicInteger();
    private final AtomicInteger busyAnswers = new AtomicInteger(1);
    private final List<FeedItem> queued = new ArrayList<>();
    private final InMemoryFeedStateStore state = new InMemoryFeedStateStore();
    private FeedPoller poller;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feeds/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/feeds/".length());
            byte[] body;
            try {
                body = FeedParserTest.feed(name);
            } catch (NullPointerException missing) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String etag = "\"" + name.hashCode() + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                conditionalHits.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", "Fri, 31 Mar 2023 09:15:00 GMT");
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/broken", exchange -> {
            byte[] body = "<rss><channel><item>".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/busy", exchange -> {
            if (busyAnswers.getAndDecrement() > 0) {
                exchange.getResponseHeaders().add("Retry-After", "120");
                exchange.sendResponseHeaders(503, -1);
            } else {
                byte[] body = FeedParserTest.feed("index.rss");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(410, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        poller = new FeedPoller(new HttpFetcher(Duration.ofSeconds(5), 1 << 20,
                FetchPolicy.standard().admitting("127.0.0.1", server.getAddress().getPort())), new FeedParser(), state,
                queued::add);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void queuesNewItemsOnceAndAsksWithTheEtagNextTime() {
        String feed = base + "/feeds/tpm.atom";
        List<FeedOutcome> first = poller.poll(List.of(feed), o -> { });
        assertEquals(FeedOutcome.Status.FETCHED, first.get(0).status());
        assertEquals(20, first.get(0).newItems());
        assertEquals(20, queued.size());
        assertTrue(queued.stream().allMatch(i -> i.feed().equals(feed)));

        List<FeedOutcome> second = poller.poll(List.of(feed), o -> { });
        assertEquals(FeedOutcome.Status.NOT_MODIFIED, second.get(0).status());
        assertEquals(1, conditionalHits.get());
        assertEquals(20, queued.size());
    }

    @Test
    void itemsSeenBeforeAreNotQueuedAgainWhenTheFeedChanges() {
        String feed = base + "/feeds/slashdot.xml";
        poller.poll(List.of(feed), o -> { });
        state.saveState(FeedState.fetched(feed, null, null));
        List<FeedOutcome> again = poller.poll(List.of(feed), o -> { });
        assertEquals(FeedOutcome.Status.FETCHED, again.get(0).status());
        assertEquals(10, again.get(0).items());
        assertEquals(0, again.get(0).newItems());
        assertEquals(10, queued.size());
    }

    @Test
    void oneBadFeedDoesNotStopTheOthersAndEachOutcomeIsReported() {
        List<FeedOutcome> progress = new ArrayList<>();
        List<FeedOutcome> outcomes = poller.poll(List.of(base + "/broken", base + "/feeds/missing.xml",
                "ftp://127.0.0.1/x", base + "/feeds/index.rss"), progress::add);
        assertEquals(outcomes, progress);
        assertEquals(FeedOutcome.Status.FAILED, outcomes.get(0).status());
        assertTrue(outcomes.get(0).error().contains("not well-formed"), outcomes.get(0).error());
        assertTrue(outcomes.get(1).error().startsWith("HTTP 404; next poll after "), outcomes.get(1).error());
        assertTrue(outcomes.get(2).error().contains("only http and https"), outcomes.get(2).error());
        assertEquals(FeedOutcome.Status.FETCHED, outcomes.get(3).status());
        assertEquals(4, queued.size());
    }

    @Test
    void aQueueOutageFailsThePollWithoutBackingTheFeedOffAndTheNextPollSendsEverything() {
        String feed = base + "/feeds/tpm.atom";
        FeedPoller outage = new FeedPoller(new HttpFetcher(Duration.ofSeconds(5), 1 << 20,
                FetchPolicy.standard().admitting("127.0.0.1", server.getAddress().getPort())), new FeedParser(), state,
                item -> {
                    throw new IllegalStateException("queue unavailable");
                });
        FeedOutcome failed = outage.poll(List.of(feed), o -> { }).get(0);
        assertEquals(FeedOutcome.Status.FAILED, failed.status());
        assertTrue(failed.error().contains("queue unavailable"), failed.error());
        assertTrue(state.state(feed).isEmpty(), "no backoff recorded: the feed did nothing wrong");

        FeedOutcome next = poller.poll(List.of(feed), o -> { }).get(0);
        assertEquals(FeedOutcome.Status.FETCHED, next.status());
        assertEquals(20, queued.size());
    }

    @Test
    void aBusyFeedIsLeftAloneUntilItsRetryAfterAndAGoneFeedForADay() {
        java.time.Instant t0 = java.time.Instant.parse("2026-11-28T12:00:00Z");
        TestClock now = new TestClock(t0);
        FeedPoller timed = new FeedPoller(new HttpFetcher(Duration.ofSeconds(5), 1 << 20,
                FetchPolicy.standard().admitting("127.0.0.1", server.getAddress().getPort())), new FeedParser(), state,
                queued::add, now);
        String busy = base + "/busy";
        String gone = base + "/gone";

        List<FeedOutcome> first = timed.poll(List.of(busy, gone), o -> { });
        assertEquals(FeedOutcome.Status.FAILED, first.get(0).status());
        assertEquals("HTTP 503; next poll after 2026-11-28T12:02:00Z", first.get(0).error());
        assertEquals("HTTP 410; next poll after 2026-11-29T12:00:00Z", first.get(1).error());

        now.set(t0.plusSeconds(60));
        List<FeedOutcome> early = timed.poll(List.of(busy, gone), o -> { });
        assertEquals(FeedOutcome.Status.BACKING_OFF, early.get(0).status());
        assertEquals("backing off until 2026-11-28T12:02:00Z after 1 failure", early.get(0).error());
        assertEquals(FeedOutcome.Status.BACKING_OFF, early.get(1).status());

        now.set(t0.plusSeconds(121));
        List<FeedOutcome> later = timed.poll(List.of(busy), o -> { });
        assertEquals(FeedOutcome.Status.FETCHED, later.get(0).status());
        assertEquals(4, later.get(0).newItems());
        assertEquals(0, state.state(busy).orElseThrow().failures(), "a success clears the backoff");
    }

    @Test
    void backoffDoublesFromFiveMinutesToSixHours() {
        assertEquals(Duration.ofMinutes(5), FeedPoller.backoff(1));
        assertEquals(Duration.ofMinutes(10), FeedPoller.backoff(2));
        assertEquals(Duration.ofMinutes(160), FeedPoller.backoff(6));
        assertEquals(Duration.ofHours(6), FeedPoller.backoff(8));
        assertEquals(Duration.ofHours(6), FeedPoller.backoff(40));
    }
}
