package sanctionswatch.http;

import java.net.URI;
import java.util.Map;

/**
 * What GETs a URL: {@link HttpFetcher}, with its address policy, timeouts and body cap; in a test, one that answers
 * when the test says so.
 */
public interface Fetcher {
    /** GETs {@code uri} with the given extra headers (If-None-Match, If-Modified-Since, …). */
    HttpResponse get(URI uri, Map<String, String> headers) throws FetchException;
}
