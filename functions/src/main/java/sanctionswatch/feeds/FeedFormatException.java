package sanctionswatch.feeds;

/** A document that cannot be read as RSS 2.0, RSS 1.0 (RDF) or Atom. */
public class FeedFormatException extends Exception {
    public FeedFormatException(String feed, String problem, Throwable cause) {
        super(feed + ": " + problem, cause);
    }
}
