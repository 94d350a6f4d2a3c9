package sanctionswatch.match;

import sanctionswatch.watchlist.Entity;

/**
 * A place in a text taken for a list entry.
 *
 * @param entity    the entry
 * @param matched   the text as written
 * @param start     offset of the first character (UTF-16 code units)
 * @param end       offset just past the last character
 * @param rule      why it was taken for the entry
 * @param paragraph 0-based paragraph of the text it stands in
 * @param sentence  0-based sentence of the text it stands in
 */
public record Mention(Entity entity, String matched, int start, int end, MatchRule rule, int paragraph,
                      int sentence) {
    /** Confidence in [0, 1]. */
    public double score() {
        return rule.score();
    }
}
