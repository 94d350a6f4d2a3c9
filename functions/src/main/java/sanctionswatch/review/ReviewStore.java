package sanctionswatch.review;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertStore;
import sanctionswatch.article.StoredArticle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the review pages read: the alert as recorded, its article and text, the mentions stored with it; a digest and
 * the alerts it holds.
 */
public interface ReviewStore {
    /** The alert as it was recorded before it was published. */
    Optional<Alert> alert(String alertId);

    /** A digest as recorded: the alerts a fatigue window held back ({@code digest#ru-kp|KP,RU#1680220800}). */
    Optional<AlertStore.Digest> digest(String digestId);

    /** The article with the text it was scanned on. */
    Optional<StoredArticle> article(String articleId);

    /** The mentions stored for the article, in no particular order. */
    List<StoredMention> mentions(String articleId);

    /** Up to {@code limit} articles that named the entry, newest first (the mentions table's byEntity index). */
    List<NamedIn> naming(String entityId, int limit);

    /**
     * A mention as stored.
     *
     * @param entityId {@code ofac-sdn:41736}
     * @param name     the entry's primary name
     * @param matched  the text as written
     * @param start    offset into the stored text (UTF-16 code units)
     * @param end      offset just past it
     * @param score    confidence in [0, 1]
     * @param rule     the rule's label ({@code surname})
     * @param evidence what beyond the rule decided it, or empty
     */
    record StoredMention(String entityId, String name, String matched, int start, int end, double score, String rule,
                         String evidence) {
        public StoredMention {
            evidence = evidence == null ? "" : evidence;
        }
    }

    /**
     * An article that named an entry.
     *
     * @param articleId the article
     * @param entityId  the entry it named
     * @param url       its URL
     * @param title     its title
     * @param published its publication time as the feed gave it, or null
     * @param storedAt  when it was scanned
     */
    record NamedIn(String articleId, String entityId, String url, String title, String published, Instant storedAt) {}
}
