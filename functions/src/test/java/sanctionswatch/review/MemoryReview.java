package sanctionswatch.review;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertStore;
import sanctionswatch.article.Article;
import sanctionswatch.article.StoredArticle;
import sanctionswatch.match.Mention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review's stores in memory, for the pure core's tests. */
final class MemoryReview implements ReviewStore, DecisionStore {
    final Map<String, Alert> alerts = new LinkedHashMap<>();
    final Map<String, StoredArticle> articles = new LinkedHashMap<>();
    final Map<String, List<StoredMention>> mentions = new LinkedHashMap<>();
    final Map<String, Decision> decisions = new LinkedHashMap<>();
    final Map<String, AlertStore.Digest> digests = new LinkedHashMap<>();

    void put(Article article, String text, List<Mention> found, Instant at) {
        articles.put(article.id(), new StoredArticle(article, text, at));
        mentions.put(article.id(), found.stream().map(m -> new StoredMention(m.entity().id(), m.entity().name(),
                m.matched(), m.start(), m.end(), m.score(), m.rule().label(), m.evidence())).toList());
    }

    @Override
    public Optional<Alert> alert(String alertId) {
        return Optional.ofNullable(alerts.get(alertId));
    }

    @Override
    public Optional<AlertStore.Digest> digest(String digestId) {
        return Optional.ofNullable(digests.get(digestId));
    }

    @Override
    public Optional<StoredArticle> article(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    @Override
    public List<StoredMention> mentions(String articleId) {
        return mentions.getOrDefault(articleId, List.of());
    }

    @Override
    public List<NamedIn> naming(String entityId, int limit) {
        List<NamedIn> out = new ArrayList<>();
        mentions.forEach((articleId, ms) -> {
            if (ms.stream().anyMatch(m -> m.entityId().equals(entityId))) {
                StoredArticle a = articles.get(articleId);
                out.add(new NamedIn(articleId, entityId, a.article().url(), a.article().title(),
                        a.article().published(), a.storedAt()));
            }
        });
        return out.stream().sorted(Comparator.comparing(NamedIn::storedAt).reversed()).limit(limit).toList();
    }

    @Override
    public void put(Decision decision) {
        decisions.put(decision.id(), decision);
    }

    @Override
    public List<Decision> all() {
        return List.copyOf(decisions.values());
    }
}
