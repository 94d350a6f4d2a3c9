package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.ListIds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A place in a text taken for a list entry.
 *
 * @param entity    the entry
 * @param matched   the text as written
 * @param start     offset of the first character (UTF-16 code units)
 * @param end       offset just past the last character
 * @param rule      why it was taken for the entry
 * @param score     confidence in [0, 1]: the rule's, or for a fuzzy match how close the spelling came
 * @param paragraph 0-based paragraph of the text it stands in
 * @param sentence  0-based sentence of the text it stands in
 * @param evidence  what beyond the rule decided it, for the analyst ("RU named"; "designated first of ofac-sdn:35314
 *                  ROTENBERG, Boris Borisovich, who fit the words as well"); empty when the rule alone did
 * @param linked    the entries of the other lists loaded taken for the same entity ({@link EntityLinks}): the UN's and
 *                  the UK's entry of an OFAC SDN entry found; empty when none is, or only one list is loaded
 */
public record Mention(Entity entity, String matched, int start, int end, MatchRule rule, double score,
                      int paragraph, int sentence, String evidence, List<Entity> linked) {
    public Mention {
        evidence = evidence == null ? "" : evidence;
        linked = linked == null ? List.of() : List.copyOf(linked);
    }

    /** A mention of an entry alone. */
    public Mention(Entity entity, String matched, int start, int end, MatchRule rule, double score,
                   int paragraph, int sentence, String evidence) {
        this(entity, matched, start, end, rule, score, paragraph, sentence, evidence, List.of());
    }

    /** The same mention, naming too the entries of other lists taken for the same entity. */
    public Mention withLinked(List<Entity> others) {
        return new Mention(entity, matched, start, end, rule, score, paragraph, sentence, evidence, others);
    }

    /** Whether the mention names {@code id}: its entry, or one linked to it. */
    public boolean names(String id) {
        return entity.id().equals(id) || linked.stream().anyMatch(e -> e.id().equals(id));
    }

    /** The lists the entity is on, its entry's first: {@code [ofac-sdn, un-sc, uk]}. */
    public List<String> lists() {
        Set<String> lists = new LinkedHashSet<>();
        lists.add(entity.source());
        linked.forEach(e -> lists.add(e.source()));
        return new ArrayList<>(lists);
    }

    /** What the lists are called, once each: "OFAC SDN, UN, UK". */
    public String listNames() {
        return String.join(", ", lists().stream().map(ListIds::label).distinct().toList());
    }

    /** A mention its rule alone decided. */
    public Mention(Entity entity, String matched, int start, int end, MatchRule rule, double score, int paragraph,
                   int sentence) {
        this(entity, matched, start, end, rule, score, paragraph, sentence, "");
    }

    /** A mention scored as its rule is. */
    public Mention(Entity entity, String matched, int start, int end, MatchRule rule, int paragraph, int sentence) {
        this(entity, matched, start, end, rule, rule.score(), paragraph, sentence, "");
    }
}
