package sanctionswatch.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A news site on loopback for tests and the load run: {@code count} stories generated from a seed (names of SDN
 * entries, countries, capitals, plain filler), each on its own page, listed {@code perFeed} to an RSS feed; and any
 * file a test puts at a path of its own ({@link #serve}: a feed with its ETag, a list file, an HTTP error).
 */
final class NewsSite implements AutoCloseable {
    /** Names as the news writes them, of entries on the bundled SDN list, and names of no one listed. */
    private static final List<String> ACTORS = List.of("Kim Jong Un", "the Lazarus Group", "the Wagner Group",
            "Ashot Mkrtychev", "Vladimir Putin", "Rosoboronexport", "Sberbank", "a port official",
            "the finance ministry", "a shipping broker");
    private static final List<String> PLACES = List.of("Russia", "North Korea", "Pyongyang", "Iran", "China",
            "Ukraine", "Syria", "Venezuela", "the Kremlin", "Belarus", "Norway", "Brazil");
    private static final List<String> VERBS = List.of("was accused of supplying", "met envoys from",
            "signed a deal with", "denied any links to", "was seen in talks with", "sent a delegation to");
    private static final List<String> FILLER = List.of("Officials declined to comment.",
            "The report could not be independently verified.", "Markets were little changed on the news.",
            "Analysts said the talks could last weeks.", "A spokesman promised a statement later in the day.");

    record Story(int number, String title, String text) {
        String path() {
            return "/news/" + number;
        }
    }

    /**
     * A file a test serves: its bytes and type, answered 304 to a request naming its ETag; or only a status.
     *
     * @param etag null: no ETag, every request answered whole
     */
    record File(int status, String type, byte[] body, String etag) {
        static File of(String type, String body) {
            return new File(200, type, body.getBytes(StandardCharsets.UTF_8), null);
        }

        /** Bytes with no Content-Type, as a bare file server answers. */
        static File of(byte[] body) {
            return new File(200, null, body, null);
        }

        static File failing(int status) {
            return new File(status, null, new byte[0], null);
        }

        File withEtag(String etag) {
            return new File(status, type, body, etag);
        }
    }

    private final HttpServer server;
    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final List<Story> stories;
    private final int perFeed;
    private volatile Consumer<Story> beforePage = story -> { };
    private final AtomicInteger pagesInFlight = new AtomicInteger();
    private final AtomicInteger mostPagesAtOnce = new AtomicInteger();

    static {
        // Without it the JDK server's header and body writes meet delayed ACKs: 40 ms a page.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    NewsSite(List<Story> stories, int perFeed) throws IOException {
        this.stories = List.copyOf(stories);
        this.perFeed = perFeed;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "news-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/news/", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/news/".length()));
            Story s = this.stories.get(n);
            mostPagesAtOnce.accumulateAndGet(pagesInFlight.incrementAndGet(), Math::max);
            try {
                beforePage.accept(s);
            } finally {
                pagesInFlight.decrementAndGet();
            }
            StringBuilder html = new StringBuilder("<html><head><title>").append(s.title())
                    .append("</title></head><body><nav>Home | World</nav><article><h1>").append(s.title()).append("</h1>");
            s.text().lines().forEach(p -> html.append("<p>").append(p).append("</p>"));
            html.append("</article></body></html>");
            respond(exchange, "text/html; charset=utf-8", html.toString());
        });
        server.createContext("/feeds/", exchange -> {
            int feed = Integer.parseInt(exchange.getRequestURI().getPath().replaceAll("\\D", ""));
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ")
                    .append(feed).append("</title>");
            for (int i = feed * perFeed; i < Math.min(this.stories.size(), (feed + 1) * perFeed); i++) {
                Story s = this.stories.get(i);
                rss.append("<item><title>").append(s.title()).append("</title><link>").append(base()).append(s.path())
                        .append("</link><guid>story-").append(i).append("</guid><description>")
                        .append(s.text().lines().findFirst().orElse("")).append("</description></item>");
            }
            respond(exchange, "application/rss+xml", rss.append("</channel></rss>").toString());
        });
        server.createContext("/", exchange -> {
            File f = files.get(exchange.getRequestURI().getPath());
            if (f == null) {
                exchange.sendResponseHeaders(404, -1);
            } else if (f.etag() != null && f.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                if (f.type() != null) {
                    exchange.getResponseHeaders().add("Content-Type", f.type());
                }
                if (f.etag() != null) {
                    exchange.getResponseHeaders().add("ETag", f.etag());
                }
                exchange.sendResponseHeaders(f.status(), f.body().length == 0 ? -1 : f.body().length);
                exchange.getResponseBody().write(f.body());
            }
            exchange.close();
        });
        server.start();
    }

    /** A site with no generated stories, serving what a test puts on it. */
    static NewsSite empty() throws IOException {
        return new NewsSite(List.of(), 1);
    }

    /** Serves {@code file} at {@code path} (its URL {@link #base()} + path), in place of what was there. */
    NewsSite serve(String path, File file) {
        files.put(path, file);
        return this;
    }

    private static void respond(HttpExchange exchange, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** {@code count} stories from {@code seed}: the same seed, the same stories. */
    static List<Story> generate(long seed, int count) {
        Random random = new Random(seed);
        List<Story> stories = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    text.append('\n');
                }
                text.append(capitalised(pick(random, ACTORS))).append(' ').append(pick(random, VERBS)).append(' ')
                        .append(pick(random, PLACES)).append(" on day ").append(n).append(", according to ")
                        .append(pick(random, PLACES)).append(". ").append(pick(random, FILLER));
            }
            stories.add(new Story(n, "Dispatch " + n + ": " + pick(random, ACTORS) + " and " + pick(random, PLACES),
                    text.toString()));
        }
        return stories;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    List<Story> stories() {
        return stories;
    }

    /** Runs {@code hook} as each page is asked for, before it is answered: a test holds a page back with it. */
    void beforePage(Consumer<Story> hook) {
        beforePage = hook;
    }

    /** The most page requests this site had open at the same time. */
    int mostPagesAtOnce() {
        return mostPagesAtOnce.get();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What the fetch policy must admit for the functions to read this site. */
    String admit() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> feedUrls() {
        List<String> urls = new ArrayList<>();
        for (int f = 0; f * perFeed < stories.size(); f++) {
            urls.add(base() + "/feeds/" + f + ".rss");
        }
        return urls;
    }

    String url(Story s) {
        return base() + s.path();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
