package sanctionswatch.article;

import java.util.List;

/**
 * A scanned article as stored.
 *
 * @param id         stable id from the canonical URL ({@link ArticleIds})
 * @param url        canonical URL (or, for local files, the path)
 * @param title      title
 * @param published  ISO-8601 publication time, or null
 * @param feed       feed URL it came from, or null
 * @param textSource the page when it was fetched, the feed's summary when it stood in, a file given whole
 * @param countries  ISO codes named, sorted
 * @param mentions   number of list-entry mentions
 * @param correlationId the feed item's correlation id (or the article id for a text given whole)
 */
public record Article(String id, String url, String title, String published, String feed, TextSource textSource,
                      List<String> countries, int mentions, String correlationId) {
    public Article {
        countries = List.copyOf(countries);
    }
}
