package sanctionswatch.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches feeds and pages over HTTP(S): only http and https, redirects followed here (at most three) so each hop is
 * checked, the body capped while it is read.
 */
public final class HttpFetcher {
    private static final int MAX_REDIRECTS = 3;
    private static final String USER_AGENT = "sanctions-watch/0.1";

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    public HttpFetcher(Duration timeout, int maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** Defaults: 10 s timeouts, 5 MiB bodies. */
    public static HttpFetcher defaults() {
        return new HttpFetcher(Duration.ofSeconds(10), 5 * 1024 * 1024);
    }

    /** GETs {@code uri} with the given extra headers (If-None-Match, If-Modified-Since, …). */
    public HttpResponse get(URI uri, Map<String, String> headers) throws FetchException {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkScheme(current);
            HttpRequest.Builder request = HttpRequest.newBuilder(current).timeout(timeout).GET()
                    .header("User-Agent", USER_AGENT)
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
                current = current.resolve(location.strip());
                continue;
            }
            byte[] body;
            try (InputStream in = response.body()) {
                body = readCapped(in, current);
            } catch (IOException e) {
                throw new FetchException(current, "reading the body failed: " + e, e);
            }
            return new HttpResponse(current, status, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), body);
        }
        throw new FetchException(uri, "more than " + MAX_REDIRECTS + " redirects", null);
    }

    private static void checkScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri, "only http and https URLs are fetched", null);
        }
        if (uri.getHost() == null) {
            throw new FetchException(uri, "no host", null);
        }
    }

    private byte[] readCapped(InputStream in, URI uri) throws IOException, FetchException {
        byte[] body = in.readNBytes(maxBytes);
        if (in.read() != -1) {
            throw new FetchException(uri, "body larger than " + maxBytes + " bytes", null);
        }
        return body;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The redirect's own body is of no interest.
        }
    }
}
