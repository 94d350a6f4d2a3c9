package sanctionswatch.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sanctionswatch.article.TextSource;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.http.FetchException;
import sanctionswatch.http.Fetcher;
import sanctionswatch.http.HttpResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch's pages against a fetcher that answers when the test lets it: latches decide what is in flight and what
 * finishes first, so nothing here depends on how fast the machine is.
 */
// Pages fetched one at a time would leave these tests waiting for a second arrival that never comes; the limit turns
// that hang into a failure. It is no measure of speed: every test ends as soon as its latches let it.
@Timeout(60)
class ArticlePagesTest {

    @Test
    void atMostFetchConcurrencySitesAtOnce() throws Exception {
        HeldPages fetcher = new HeldPages();
        CountDownLatch release = new CountDownLatch(1);
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(item("http://site" + i + ".example/story"));
            fetcher.hold(items.get(i).url(), release);
        }
        CountingThreads threads = new CountingThreads();
        FutureTask<List<ArticlePages.Page>> batch = inBackground(() ->
                new ArticlePages(fetcher, 3, threads).fetch(items));

        for (int i = 0; i < 3; i++) {
            fetcher.arrived.take();
        }
        // Three pages are waiting for their answers at the same time: they are fetched side by side.
        assertEquals(3, fetcher.inFlight.get());
        release.countDown();
        List<ArticlePages.Page> pages = batch.get();

        assertEquals(3, threads.made.get(), "a pool of FETCH_CONCURRENCY threads for eight sites");
        assertEquals(3, fetcher.mostInFlight.get(), "never more than three pages in flight");
        assertEquals(8, pages.size());
        for (int i = 0; i < 8; i++) {
            assertEquals(TextSource.PAGE, pages.get(i).text().source());
            assertTrue(pages.get(i).text().text().contains("Story at http://site" + i + ".example/story"));
        }
    }

    @Test
    void textsComeInTheItemsOrderWhateverOrderThePagesAnswerIn() throws Exception {
        HeldPages fetcher = new HeldPages();
        List<FeedItem> items = new ArrayList<>();
        List<CountDownLatch> gates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item("https://news" + i + ".example/2024/story-" + i));
            gates.add(fetcher.hold(items.get(i).url(), new CountDownLatch(1)));
        }
        FutureTask<List<ArticlePages.Page>> batch = inBackground(() ->
                new ArticlePages(fetcher, 10, new CountingThreads()).fetch(items));
        for (int i = 0; i < 5; i++) {
            fetcher.arrived.take();
        }

        // The last item's page answers first, the first item's last.
        List<String> answered = new ArrayList<>();
        for (int i = 4; i >= 0; i--) {
            gates.get(i).countDown();
            answered.add(fetcher.answered.take());
        }
        assertEquals(items.stream().map(FeedItem::url).toList(), reversed(answered));

        List<ArticlePages.Page> pages = batch.get();
        for (int i = 0; i < 5; i++) {
            assertTrue(pages.get(i).text().text().contains("Story at " + items.get(i).url()),
                    i + ": " + pages.get(i));
        }
    }

    @Test
    void aFailureStaysWithItsItem() {
        HeldPages fetcher = new HeldPages();
        List<FeedItem> items = List.of(
                item("http://a.example/fine"),
                item("http://b.example/refused"),
                item("http://c.example/broken"),
                item("http://bad host.example/x"),
                item("http://d.example/gone"),
                item("http://a.example/also-fine"));

        List<ArticlePages.Page> pages = new ArticlePages(fetcher, 10, new CountingThreads()).fetch(items);

        assertEquals(6, pages.size());
        assertEquals(TextSource.PAGE, pages.get(0).text().source());
        // A page that cannot be had falls back to the item's summary, with the reason, as a fetch on its own does.
        assertEquals(TextSource.SUMMARY, pages.get(1).text().source());
        assertTrue(pages.get(1).text().error().contains("address refused"), pages.get(1).text().error());
        assertTrue(pages.get(1).text().text().contains("Summary of http://b.example/refused"));
        // Anything else is that item's failure alone, thrown when its text is asked for.
        assertNull(pages.get(2).text());
        assertEquals("fetcher broke", pages.get(2).failure().getMessage());
        RuntimeException thrown = assertThrows(RuntimeException.class, pages.get(2)::textOrThrow);
        assertSame(pages.get(2).failure(), thrown);
        assertEquals(TextSource.SUMMARY, pages.get(3).text().source());
        assertEquals(TextSource.SUMMARY, pages.get(4).text().source());
        assertEquals("HTTP 410", pages.get(4).text().error());
        assertEquals(TextSource.PAGE, pages.get(5).text().source());
        assertTrue(pages.get(5).text().text().contains("Story at http://a.example/also-fine"));
    }

    @Test
    void pagesOfOneSiteOneAfterAnotherInTheBatchsOrder() throws Exception {
        HeldPages fetcher = new HeldPages();
        List<FeedItem> items = List.of(item("http://a.example/1"), item("http://A.example:80/2"),
                item("http://b.example/1"), item("http://a.example/3"));
        Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
        for (FeedItem i : items) {
            gates.put(i.url(), fetcher.hold(i.url(), new CountDownLatch(1)));
        }
        CountingThreads threads = new CountingThreads();
        FutureTask<List<ArticlePages.Page>> batch = inBackground(() ->
                new ArticlePages(fetcher, 10, threads).fetch(items));

        // Every page held: each site has its first page in flight, and only that one.
        assertEquals(Set.of("http://a.example/1", "http://b.example/1"),
                Set.of(fetcher.arrived.take(), fetcher.arrived.take()));
        gates.get("http://a.example/1").countDown();
        assertEquals("http://A.example:80/2", fetcher.arrived.take(), "a's second page once its first answered");
        gates.values().forEach(CountDownLatch::countDown);
        assertEquals(4, batch.get().size());

        assertEquals(2, threads.made.get(), "one thread per site, not per page");
        assertEquals(List.of("http://a.example/1", "http://A.example:80/2", "http://a.example/3"),
                fetcher.requested.stream().filter(u -> u.toLowerCase().contains("a.example")).toList());
    }

    @Test
    void aBatchFromOneSiteStartsNoThread() {
        HeldPages fetcher = new HeldPages();
        CountingThreads threads = new CountingThreads();
        List<ArticlePages.Page> pages = new ArticlePages(fetcher, 10, threads).fetch(List.of(
                item("https://one.example/a"), item("https://one.example/b"), item("https://one.example:443/c")));
        assertEquals(0, threads.made.get());
        assertEquals(List.of("https://one.example/a", "https://one.example/b", "https://one.example:443/c"),
                fetcher.requested);
        assertEquals(3, pages.stream().filter(p -> p.text().source() == TextSource.PAGE).count());
    }

    @Test
    void aSiteIsSchemeHostAndPort() {
        assertEquals("http://example.org:80", ArticlePages.site("http://Example.org/a?b=c"));
        assertEquals(ArticlePages.site("http://example.org/a"), ArticlePages.site("HTTP://example.org:80/b"));
        assertEquals("https://example.org:443", ArticlePages.site("https://example.org/"));
        assertEquals("http://example.org:8080", ArticlePages.site("http://example.org:8080/a"));
        assertEquals("http://bad host/x", ArticlePages.site("http://bad host/x"));
    }

    @Test
    void concurrencyBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArticlePages(new HeldPages(), 0));
    }

    private static FeedItem item(String url) {
        return new FeedItem(url, "", null, "Summary of " + url, "https://feeds.example/world.rss", url, url);
    }

    private static <T> FutureTask<T> inBackground(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, "batch");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /**
     * Answers each URL when its latch (if the test holds it) is counted down: an HTML page naming the URL; for a path
     * {@code /refused}, what the address policy throws; for {@code /gone}, 410; for {@code /broken}, an exception the
     * fetcher does not declare.
     */
    private static final class HeldPages implements Fetcher {
        final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
        final BlockingQueue<String> arrived = new LinkedBlockingQueue<>();
        final BlockingQueue<String> answered = new LinkedBlockingQueue<>();
        final List<String> requested = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger mostInFlight = new AtomicInteger();

        CountDownLatch hold(String url, CountDownLatch until) {
            held.put(url, until);
            return until;
        }

        @Override
        public HttpResponse get(URI uri, Map<String, String> headers) throws FetchException {
            String url = uri.toString();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            requested.add(url);
            arrived.add(url);
            try {
                CountDownLatch gate = held.get(url);
                if (gate != null) {
                    gate.await();
                }
                switch (uri.getPath()) {
                    case "/refused" -> throw new FetchException(uri, "address refused (private)", null);
                    case "/broken" -> throw new IllegalStateException("fetcher broke");
                    case "/gone" -> {
                        return new HttpResponse(uri, 410, "text/html", null, null, null, new byte[0]);
                    }
                    default -> {
                        byte[] html = ("<html><body><p>Story at " + url + "</p></body></html>")
                                .getBytes(StandardCharsets.UTF_8);
                        return new HttpResponse(uri, 200, "text/html; charset=utf-8", null, null, null, html);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri, "interrupted", e);
            } finally {
                inFlight.decrementAndGet();
                answered.add(url);
            }
        }
    }

    /** Daemon threads, counted. */
    private static final class CountingThreads implements ThreadFactory {
        final AtomicInteger made = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            made.incrementAndGet();
            Thread t = new Thread(r, "page-fetch-test");
            t.setDaemon(true);
            return t;
        }
    }
}
