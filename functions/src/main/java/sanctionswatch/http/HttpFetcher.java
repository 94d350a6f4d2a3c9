package sanctionswatch.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches feeds and pages over HTTP(S). Every URL, and each redirect hop (followed here, at most three), passes the
 * {@link FetchPolicy} first; connect and read are timed out; the body is capped while it is read, after
 * decompression, so neither a huge page nor a gzip bomb can exhaust memory.
 */
public final class HttpFetcher implements Fetcher {
    private static final int MAX_REDIRECTS = 3;
    private static final String USER_AGENT = "sanctions-watch/0.1";

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final FetchPolicy policy;

    public HttpFetcher(Duration timeout, int maxBytes, FetchPolicy policy) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.policy = policy;
    }

    /** Defaults: 10 s timeouts, 5 MiB bodies, the standard policy. */
    public static HttpFetcher defaults() {
        return new HttpFetcher(Duration.ofSeconds(10), 5 * 1024 * 1024, FetchPolicy.standard());
    }

    @Override
    public HttpResponse get(URI uri, Map<String, String> headers) throws FetchException {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            policy.check(current);
            HttpRequest.Builder request;
            try {
                request = HttpRequest.newBuilder(current);
            } catch (IllegalArgumentException e) {
                throw new FetchException(current, "not a fetchable URL: " + e.getMessage(), e);
            }
            request.timeout(timeout).GET()
                    .header("User-Agent", USER_AGENT)
                    .header("Accept-Encoding", "gzip, deflate")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, "
                            + "text/html;q=0.9, */*;q=0.5");
            headers.forEach(request::header);
            java.net.http.HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new FetchException(current, "request failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(current, "interrupted", e);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                closeQuietly(response.body());
                if (location == null) {
                    throw new FetchException(current, "redirect " + status + " without a Location", null);
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(current, "redirect to an invalid URL", e);
                }
                continue;
            }
            String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                    .strip().toLowerCase(Locale.ROOT);
            byte[] body;
            try (InputStream in = decoded(response.body(), encoding, current)) {
                body = readCapped(in, current);
            } catch (IOException e) {
                throw new FetchException(current, "reading the body failed: " + e, e);
            }
            return new HttpResponse(current, status, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), body);
        }
        throw new FetchException(uri, "more than " + MAX_REDIRECTS + " redirects", null);
    }

    private static InputStream decoded(InputStream raw, String encoding, URI uri) throws IOException, FetchException {
        return switch (encoding) {
            case "identity", "" -> raw;
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            default -> {
                closeQuietly(raw);
                throw new FetchException(uri, "unsupported Content-Encoding " + encoding, null);
            }
        };
    }

    private byte[] readCapped(InputStream in, URI uri) throws IOException, FetchException {
        byte[] body = in.readNBytes(maxBytes);
        if (in.read() != -1) {
            throw new FetchException(uri, "body larger than " + maxBytes + " bytes (after decompression)", null);
        }
        return body;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing of that body is needed.
        }
    }
}
