package sanctionswatch.review;

import sanctionswatch.article.StoredArticle;
import sanctionswatch.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decisions as labelled texts, one JSON line per decided article in the matching corpus's format
 * ({@code corpus/news.jsonl}: id, url, publisher, language, category, text, entities, countries, note), so each can
 * become a test case: "Confirmed" puts the entry among the text's {@code entities} with the words the text wrote;
 * "Not this entry" leaves it out (the scanner should not find it there) and the note says so. Mutes label nothing
 * and are left out. Only what was decided is labelled; the note says which entries the analyst did not judge.
 */
public final class DecisionCorpus {
    private DecisionCorpus() {}

    /**
     * The lines, one per article with a confirmed or rejected entry, in the order of the articles' first decision;
     * the latest decision on an entry of an article counts. An article no longer stored is left out.
     */
    public static List<String> lines(List<Decision> decisions, ReviewStore store) {
        Map<String, Map<String, Decision>> byArticle = new LinkedHashMap<>();
        for (Decision d : decisions) {
            if (d.action() == Decision.Action.MUTE) {
                continue;
            }
            Map<String, Decision> entries = byArticle.computeIfAbsent(d.articleId(), k -> new TreeMap<>());
            Decision before = entries.get(d.entityId());
            if (before == null || !before.at().isAfter(d.at())) {
                entries.put(d.entityId(), d);
            }
        }
        List<String> out = new ArrayList<>();
        byArticle.forEach((articleId, entries) -> line(articleId, entries, store).ifPresent(out::add));
        return out;
    }

    private static Optional<String> line(String articleId, Map<String, Decision> entries, ReviewStore store) {
        Optional<StoredArticle> stored = store.article(articleId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredArticle a = stored.get();
        List<ReviewStore.StoredMention> mentions = store.mentions(articleId);
        List<Map<String, String>> labelled = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        entries.forEach((entityId, d) -> {
            String surface = mentions.stream().filter(m -> m.entityId().equals(entityId))
                    .min((x, y) -> Integer.compare(x.start(), y.start())).map(ReviewStore.StoredMention::matched)
                    .orElse("");
            if (d.action() == Decision.Action.CONFIRMED) {
                Map<String, String> e = new LinkedHashMap<>();
                e.put("id", entityId);
                e.put("surface", surface);
                labelled.add(e);
            }
            notes.add(d.action().label() + ": " + entityId + " \u201c" + surface + "\u201d (alert " + d.alertId()
                    + ", " + d.at() + ")");
        });
        List<String> unjudged = mentions.stream().map(ReviewStore.StoredMention::entityId).distinct()
                .filter(id -> !entries.containsKey(id)).sorted().toList();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", "decision-" + articleId);
        line.put("url", a.article().url());
        line.put("publisher", DecisionRules.site(a.article().url()));
        line.put("language", "");
        line.put("category", "decision");
        line.put("text", a.text());
        line.put("entities", labelled);
        line.put("countries", a.article().countries());
        line.put("note", "Labelled by review decisions. " + String.join("; ", notes) + "."
                + (unjudged.isEmpty() ? "" : " Not judged: " + String.join(", ", unjudged) + "."));
        return Optional.of(Json.write(line));
    }
}
