package sanctionswatch.article;

import sanctionswatch.match.Mention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Articles kept in memory, for the local runner and tests of the pure core. */
public final class InMemoryArticleStore implements ArticleStore {
    private final Map<String, StoredArticle> articles = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Mention>> mentions = new ConcurrentHashMap<>();
    private final Map<String, String> flags = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryArticleStore() {
        this(Clock.systemUTC());
    }

    public InMemoryArticleStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(Article article, List<Mention> found, String text) {
        articles.put(article.id(), new StoredArticle(article, text, clock.instant()));
        addMentions(article.id(), found);
    }

    @Override
    public void addMentions(String articleId, List<Mention> found) {
        Map<String, Mention> byKey = mentions.computeIfAbsent(articleId, k -> new TreeMap<>());
        synchronized (byKey) {
            for (Mention m : found) {
                byKey.put(ArticleStore.mentionKey(m), m);
            }
        }
    }

    @Override
    public void flag(String articleId, List<Mention> found, String flag) {
        found.forEach(m -> flags.put(articleId + "/" + ArticleStore.mentionKey(m), flag));
    }

    /** The flag of a stored mention ({@link #flag}), or null. */
    public String flagOf(String articleId, String mentionKey) {
        return flags.get(articleId + "/" + mentionKey);
    }

    @Override
    public void forEachSince(Instant since, Consumer<StoredArticle> action) {
        articles.values().stream().filter(a -> !a.storedAt().isBefore(since)).forEach(action);
    }

    public Map<String, Article> articles() {
        Map<String, Article> out = new java.util.HashMap<>();
        articles.forEach((id, stored) -> out.put(id, stored.article()));
        return Map.copyOf(out);
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
