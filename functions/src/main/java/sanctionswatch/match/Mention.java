package sanctionswatch.match;

import sanctionswatch.lists.Entity;

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
 */
public record Mention(Entity entity, String matched, int start, int end, MatchRule rule, double score,
                      int paragraph, int sentence, String evidence) {
    public Mention {
        evidence = evidence == null ? "" : evidence;
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
