package sanctionswatch.scan;

import sanctionswatch.article.ArticleText;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.http.FetchPolicy;
import sanctionswatch.http.Fetcher;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The texts of a batch of feed items, their pages fetched side by side, before the articles are scanned and stored
 * one by one in the batch's order. A batch of ten items from ten sites whose pages each take a second to answer waits
 * about a second for them, not ten, and one slow site no longer holds up the nine pages behind it.
 *
 * <p>At most {@code concurrency} sites are fetched from at once. Pages of the same site are fetched one after another
 * in the batch's order, as they were when the whole batch was: a batch of ten items from one feed still puts one
 * request at a time to that site, never ten. A site is the URL's scheme, host and port (an origin, as robots.txt
 * rules apply to one).
 *
 * <p>Each page is read by {@link ArticleText#of}, so through the fetcher's address policy, timeouts and body cap, and
 * a page that cannot be had falls back to the item's summary as before. Anything else that goes wrong with an item
 * stays with that item's {@link Page}; the other items' pages are unaffected.
 */
public final class ArticlePages {
    private final Fetcher fetcher;
    private final int concurrency;
    private final ThreadFactory threads;

    /** With daemon threads named {@code page-fetch-<n>}, so they are told apart in a thread dump. */
    public ArticlePages(Fetcher fetcher, int concurrency) {
        this(fetcher, concurrency, named());
    }

    /** @param threads makes the threads of a batch's pool */
    public ArticlePages(Fetcher fetcher, int concurrency, ThreadFactory threads) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        this.fetcher = fetcher;
        this.concurrency = concurrency;
        this.threads = threads;
    }

    /**
     * One item's text, or why it could not be made.
     *
     * @param text    the page's text or the summary's, or null
     * @param failure what went wrong other than the page (which falls back to the summary), or null
     */
    public record Page(ArticleText text, RuntimeException failure) {
        /** The text; the failure thrown again, for its item alone. */
        public ArticleText textOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return text;
        }
    }

    /** The items' texts, in the items' order whatever order their pages came in. */
    public List<Page> fetch(List<FeedItem> items) {
        Page[] pages = new Page[items.size()];
        Map<String, List<Integer>> bySite = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            bySite.computeIfAbsent(site(items.get(i).url()), s -> new ArrayList<>()).add(i);
        }
        int width = Math.min(concurrency, bySite.size());
        if (width <= 1) {
            // One site, or FETCH_CONCURRENCY=1: one after another on this thread, no pool started.
            for (int i = 0; i < items.size(); i++) {
                pages[i] = page(items.get(i));
            }
            return Arrays.asList(pages);
        }
        // A pool per batch, shut down before this returns, rather than one kept in the container: no thread outlives
        // the invocation that started it, so none runs or waits while Lambda freezes the sandbox between
        // invocations, none is in a SnapStart snapshot, and the pool is only as wide as the batch has sites (a batch
        // from one feed starts none). Starting ten threads and ending them took 1.3 to 1.7 ms (median, 2 cores,
        // C1 and C2), against pages that take a tenth of a second to several seconds to load.
        ExecutorService pool = Executors.newFixedThreadPool(width, threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Integer> site : bySite.values()) {
                running.add(pool.submit(() -> {
                    for (int i : site) {
                        pages[i] = page(items.get(i));
                    }
                }));
            }
            // Future.get makes each task's writes to pages visible here.
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the batch's pages were fetched", e);
        } catch (ExecutionException e) {
            // page() keeps every RuntimeException with its item; what arrives here is an Error (out of memory), which
            // fails the invocation as it did when the pages were fetched on the handler's thread.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Arrays.asList(pages);
    }

    private Page page(FeedItem item) {
        try {
            return new Page(ArticleText.of(item, fetcher), null);
        } catch (RuntimeException e) {
            return new Page(null, e);
        }
    }

    /**
     * Scheme, host and port, the default port written out: {@code http://Example.org/a} and
     * {@code http://example.org:80/b} are one site. A URL that does not parse is a site of its own (its page fails at
     * once and falls back to the summary).
     */
    static String site(String url) {
        if (url == null) {
            return "";
        }
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || u.getHost() == null) {
                return url;
            }
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":"
                    + FetchPolicy.port(u);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static ThreadFactory named() {
        AtomicInteger made = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "page-fetch-" + made.incrementAndGet());
            // A local run's JVM (bin/sanctions-watch) never waits on a fetch thread to exit.
            t.setDaemon(true);
            return t;
        };
    }
}
