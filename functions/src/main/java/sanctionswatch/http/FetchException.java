package sanctionswatch.http;

import java.net.URI;

/** A URL that could not be fetched: refused, unreachable, too slow, too large or answered with an error. */
public class FetchException extends Exception {
    private final URI uri;

    public FetchException(URI uri, String problem, Throwable cause) {
        super(uri + ": " + problem, cause);
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }
}
