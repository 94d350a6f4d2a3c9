package sanctionswatch.match;

import sanctionswatch.lists.Entity;

/** A stretch of words taken for an entry, and the evidence beyond its rule ("RU named"), for the analyst. */
record Candidate(int from, int to, Entity entity, MatchRule rule, double score, String why) {
    Candidate(int from, int to, Entity entity, MatchRule rule, double score) {
        this(from, to, entity, rule, score, "");
    }

    /**
     * The stretch of words from {@code from} to {@code to} as one number, to group the candidates that name it:
     * {@code span(3, 5)} is {@code 3L << 32 | 5}.
     */
    static long span(int from, int to) {
        return ((long) from << 32) | to;
    }

    Candidate because(String reason) {
        return new Candidate(from, to, entity, rule, score, why.isEmpty() ? reason : why + "; " + reason);
    }
}
