package sanctionswatch.store;

import sanctionswatch.match.Mention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Articles kept in memory, for the local runner and tests of the pure core. */
public final class InMemoryArticleStore implements ArticleStore {
    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Mention>> mentions = new ConcurrentHashMap<>();

    @Override
    public void put(Article article, List<Mention> found) {
        articles.put(article.id(), article);
        Map<String, Mention> byKey = mentions.computeIfAbsent(article.id(), k -> new TreeMap<>());
        synchronized (byKey) {
            for (Mention m : found) {
                byKey.put(ArticleStore.mentionKey(m), m);
            }
        }
    }

    public Map<String, Article> articles() {
        return Map.copyOf(articles);
    }

    /** The keys of an article's mentions, as {@link ArticleStore#mentionKey} makes them. */
    public Set<String> mentionKeys(String articleId) {
        Map<String, Mention> byKey = mentions.getOrDefault(articleId, Map.of());
        synchronized (byKey) {
            return Set.copyOf(byKey.keySet());
        }
    }

    public int mentionCount(String articleId) {
        return mentions.getOrDefault(articleId, Map.of()).size();
    }
}
