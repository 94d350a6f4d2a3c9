package sanctionswatch.article;

import sanctionswatch.match.Mention;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where scanned articles, their text and their mentions are kept. Writes are keyed so that storing the same article
 * again leaves exactly the same items: a mention's key is its article, entity and position.
 */
public interface ArticleStore {
    /** Stores an article, the mentions found in it and the text they were found in. */
    void put(Article article, List<Mention> mentions, String text);

    /** Adds mentions found in a stored article by a later scan (new list entries); the article stays as it was. */
    void addMentions(String articleId, List<Mention> mentions);

    /**
     * Flags stored mentions of an article with why they did not alert: {@code flag} is the analyst's decision that
     * they name someone else ({@code ru-kp:6f1c…#not-this-entry#ofac-sdn:41736}). The mentions stay stored.
     */
    void flag(String articleId, List<Mention> mentions, String flag);

    /** Each article stored at or after {@code since}, with its text, one at a time (a store may hold many). */
    void forEachSince(Instant since, Consumer<StoredArticle> action);

    /** The key of a mention within its article. */
    static String mentionKey(Mention m) {
        return m.entity().id() + "#" + m.start();
    }
}
