package sanctionswatch.http;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sanctionswatch.feeds.FeedFormatException;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedOutcome;
import sanctionswatch.feeds.FeedParser;
import sanctionswatch.feeds.FeedPoller;
import sanctionswatch.feeds.InMemoryFeedStateStore;
import sanctionswatch.text.HtmlText;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hostile inputs of {@code src/test/resources/hostile} (see its README), each with its expected error. */
class HostileInputTest {
    private static final int CAP = 5 * 1024 * 1024;
    private static HttpServer server;
    private static int port;
    private static HttpFetcher fetcher;

    static byte[] resource(String name) {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        port = server.getAddress().getPort();
        server.createContext("/to-metadata", e -> {
            e.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/iam/");
            e.sendResponseHeaders(302, -1);
            e.close();
        });
        server.createContext("/loop", e -> {
            int n = Integer.parseInt(e.getRequestURI().getQuery());
            e.getResponseHeaders().add("Location", "/loop?" + (n + 1));
            e.sendResponseHeaders(301, -1);
            e.close();
        });
        server.createContext("/bomb", e -> {
            byte[] bomb = resource("bomb.gz");
            e.getResponseHeaders().add("Content-Encoding", "gzip");
            e.getResponseHeaders().add("Content-Type", "text/html");
            e.sendResponseHeaders(200, bomb.length);
            e.getResponseBody().write(bomb);
            e.close();
        });
        server.createContext("/huge", e -> {
            e.getResponseHeaders().add("Content-Type", "text/html");
            e.sendResponseHeaders(200, 50L * 1000 * 1000);
            byte[] chunk = "<p>Kim Jong Un</p>".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = e.getResponseBody()) {
                for (long sent = 0; sent < 50L * 1000 * 1000; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, 50L * 1000 * 1000 - sent));
                }
            } catch (IOException clientGone) {
                // the fetcher stops reading at its cap
            }
        });
        server.createContext("/slow", e -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            e.sendResponseHeaders(200, -1);
            e.close();
        });
        server.createContext("/png", e -> {
            byte[] body = resource("not-a-feed.html");
            e.getResponseHeaders().add("Content-Type", "image/png");
            e.sendResponseHeaders(200, body.length);
            e.getResponseBody().write(body);
            e.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        // Three seconds: a loopback request of the other tests may take over one on a loaded machine; /slow answers
        // after ten.
        fetcher = new HttpFetcher(Duration.ofSeconds(3), CAP, FetchPolicy.standard().admitting("127.0.0.1", port));
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static Stream<Arguments> ssrfUrls() {
        return new String(resource("ssrf-urls.tsv"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", 2))
                .map(p -> Arguments.of(p[0], p[1]));
    }

    @ParameterizedTest
    @MethodSource("ssrfUrls")
    void internalAddressesAreRefusedHoweverSpelt(String url, String reason) {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.get(URI.create(url), Map.of()));
        assertTrue(e.getMessage().contains(reason), url + " → " + e.getMessage());
    }

    @Test
    void publicAddressesPassThePolicy() throws FetchException {
        FetchPolicy.standard().check(URI.create("https://93.184.215.14/news"));
        FetchPolicy.standard().check(URI.create("http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/"));
    }

    @Test
    void aRedirectToTheMetadataServiceIsRefusedAtThatHop() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.get(URI.create("http://127.0.0.1:" + port + "/to-metadata"), Map.of()));
        assertTrue(e.getMessage().startsWith("http://169.254.169.254/latest/meta-data/iam/"), e.getMessage());
        assertTrue(e.getMessage().contains("link-local"), e.getMessage());
    }

    @Test
    void atMostThreeRedirects() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.get(URI.create("http://127.0.0.1:" + port + "/loop?0"), Map.of()));
        assertTrue(e.getMessage().contains("more than 3 redirects"), e.getMessage());
    }

    @Test
    void aGzipBombStopsAtTheCap() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.get(URI.create("http://127.0.0.1:" + port + "/bomb"), Map.of()));
        assertTrue(e.getMessage().contains("body larger than " + CAP + " bytes (after decompression)"), e.getMessage());
    }

    @Test
    void aFiftyMegabytePageStopsAtTheCap() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.get(URI.create("http://127.0.0.1:" + port + "/huge"), Map.of()));
        assertTrue(e.getMessage().contains("body larger than"), e.getMessage());
    }

    @Test
    void aSlowServerTimesOut() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.get(URI.create("http://127.0.0.1:" + port + "/slow"), Map.of()));
        assertTrue(e.getMessage().toLowerCase().contains("timed out"), e.getMessage());
    }

    @Test
    void aFeedServedAsAnImageIsRefused() {
        List<FeedItem> queued = new ArrayList<>();
        FeedPoller poller = new FeedPoller(fetcher, new FeedParser(), new InMemoryFeedStateStore(), queued::add);
        FeedOutcome o = poller.poll(List.of("http://127.0.0.1:" + port + "/png"), x -> { }).get(0);
        assertEquals(FeedOutcome.Status.FAILED, o.status());
        assertTrue(o.error().startsWith("content type image/png is not a feed"), o.error());
        assertEquals(List.of(), queued);
    }

    @Test
    void externalEntitiesAndEntityExpansionNeverHappen() {
        FeedParser parser = new FeedParser();
        for (String file : List.of("xxe.xml", "billion-laughs.xml")) {
            FeedFormatException e = assertThrows(FeedFormatException.class,
                    () -> parser.parse(resource(file), "http://feeds.example/" + file));
            assertTrue(e.getMessage().contains("a DOCTYPE is refused"), e.getMessage());
        }
    }

    @Test
    void emptyAndBrokenDocumentsNameTheFeed() {
        FeedParser parser = new FeedParser();
        FeedFormatException empty = assertThrows(FeedFormatException.class,
                () -> parser.parse(resource("zero-byte.xml"), "http://feeds.example/zero"));
        assertEquals("http://feeds.example/zero: empty document", empty.getMessage());
        FeedFormatException utf8 = assertThrows(FeedFormatException.class,
                () -> parser.parse(resource("invalid-utf8.xml"), "http://feeds.example/utf8"));
        assertTrue(utf8.getMessage().startsWith("http://feeds.example/utf8: not well-formed XML"), utf8.getMessage());
        FeedFormatException html = assertThrows(FeedFormatException.class,
                () -> parser.parse(resource("not-a-feed.html"), "http://feeds.example/html"));
        assertTrue(html.getMessage().contains("not an RSS, RDF or Atom document"), html.getMessage());
    }

    @Test
    void bareAmpersandsAreReadLeniently() throws FeedFormatException {
        List<FeedItem> items = new FeedParser().parse(resource("bare-ampersand.rss"), "http://feeds.example/amp");
        assertEquals(1, items.size());
        assertEquals("Sanctions & the Lazarus Group", items.get(0).title());
        assertEquals("http://news.example/a?x=1&y=2", items.get(0).url());
        assertTrue(items.get(0).summary().startsWith("Rock & roll été"), items.get(0).summary());
    }

    @Test
    void tenThousandDeepNestingIsReadInBoundedTime() {
        String open = "<div>".repeat(10_000);
        String close = "</div>".repeat(10_000);
        byte[] feed = ("<rss><channel><item><title>Deep</title><link>http://news.example/d</link><description>"
                + open + "Kim Jong Un" + close + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            List<FeedItem> items = new FeedParser().parse(feed, "http://feeds.example/deep");
            assertEquals(1, items.size());
            assertEquals("Kim Jong Un", items.get(0).summary().strip());
            assertEquals("Kim Jong Un", HtmlText.extract(open + "Kim Jong Un" + close));
        });
    }

    @Test
    void invalidUtf8InAPageBecomesReplacementCharacters() {
        byte[] body = {'<', 'p', '>', 'K', 'i', 'm', ' ', (byte) 0xff, (byte) 0xc3, '(', '<', '/', 'p', '>'};
        HttpResponse r = new HttpResponse(URI.create("http://x.example/"), 200, "text/html; charset=utf-8", null, null, null,
                body);
        assertTrue(HtmlText.extract(r.text()).startsWith("Kim \uFFFD"), HtmlText.extract(r.text()));
    }
}
