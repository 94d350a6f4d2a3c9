package sanctionswatch.article;

import java.time.Instant;

/**
 * An article as stored, with the text it was scanned on, so it can be scanned again when the lists change.
 *
 * @param article  the article
 * @param text     its text as scanned
 * @param storedAt when it was stored
 */
public record StoredArticle(Article article, String text, Instant storedAt) {}
