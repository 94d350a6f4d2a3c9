package sanctionswatch.store;

import sanctionswatch.match.Mention;

import java.util.List;

/**
 * Where scanned articles and their mentions are kept. Writes are keyed so that storing the same article again
 * leaves exactly the same items: a mention's key is its article, entity and position.
 */
public interface ArticleStore {
    void put(Article article, List<Mention> mentions);

    /** The key of a mention within its article. */
    static String mentionKey(Mention m) {
        return m.entity().id() + "#" + m.start();
    }
}
