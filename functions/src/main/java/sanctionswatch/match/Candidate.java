package sanctionswatch.match;

import sanctionswatch.lists.Entity;

/** A stretch of words taken for an entry, and the evidence beyond its rule ("RU named"), for the analyst. */
record Candidate(int from, int to, Entity entity, MatchRule rule, double score, String why) {
    Candidate(int from, int to, Entity entity, MatchRule rule, double score) {
        this(from, to, entity, rule, score, "");
    }

    Candidate because(String reason) {
        return new Candidate(from, to, entity, rule, score, why.isEmpty() ? reason : why + "; " + reason);
    }
}
