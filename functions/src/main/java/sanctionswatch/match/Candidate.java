package sanctionswatch.match;

import sanctionswatch.lists.Entity;

/**
 * A stretch of words taken for an entry, and the evidence beyond its rule ("RU named"), for the analyst. {@code entry}
 * is the entry's position in the matcher's list ({@link NameIndex#entry}), by which {@link Overlaps} tells a
 * stretch's entries apart without reading them: on a list of millions of names a stretch ties hundreds ("Korea", 135
 * entries of the 3M-name list), each a record somewhere in a gigabyte of heap, and comparing their ids read each one
 * and its id (bench/README.md, "An OpenSanctions-size list", perf9).
 */
record Candidate(int from, int to, Entity entity, int entry, MatchRule rule, double score, String why) {
    Candidate(int from, int to, Entity entity, int entry, MatchRule rule, double score) {
        this(from, to, entity, entry, rule, score, "");
    }

    /**
     * The stretch of words from {@code from} to {@code to} as one number, to group the candidates that name it:
     * {@code span(3, 5)} is {@code 3L << 32 | 5}.
     */
    static long span(int from, int to) {
        return ((long) from << 32) | to;
    }

    Candidate because(String reason) {
        return new Candidate(from, to, entity, entry, rule, score, why.isEmpty() ? reason : why + "; " + reason);
    }
}
