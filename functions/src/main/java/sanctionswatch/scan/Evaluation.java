package sanctionswatch.scan;

import sanctionswatch.match.CountryMention;
import sanctionswatch.match.Mention;
import sanctionswatch.match.ScanResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores a scanner on labelled texts: entity precision and recall over (text, entry) pairs, country precision and
 * recall over (text, country) pairs, each also by category, language and rule, and every error with where it stands.
 *
 * <p>One evaluation per run, fed text by text ({@link #add}); the figures are read at the end ({@link #report}):
 * <pre>{@code
 * Evaluation e = new Evaluation();
 * for (LabelledText t : Corpus.read(reader)) e.add(t, scanner.scan(t.text()));
 * e.report().entities().precision();   // 0.93
 * }</pre>
 */
public final class Evaluation {
    private final Score entities = new Score();
    private final Score countries = new Score();
    private final Map<String, Score> byCategory = new TreeMap<>();
    private final Map<String, Score> byLanguage = new TreeMap<>();
    private final Map<String, Score> countriesByLanguage = new TreeMap<>();
    private final Map<String, Score> byRule = new TreeMap<>();
    private final List<Error> errors = new ArrayList<>();
    private int texts;

    /** What went wrong in one text: an entry or country found that it does not name, or one it names not found. */
    public record Error(String textId, Kind kind, String label, String span, int start, int end, String detail) {
        @Override
        public String toString() {
            String where = start < 0 ? "" : " at " + start + "–" + end;
            return String.format("%-12s %-14s %s “%s”%s%s", kind.label, textId, label, span, where,
                    detail.isEmpty() ? "" : "  (" + detail + ")");
        }
    }

    /** The kinds of error. */
    public enum Kind {
        FALSE_ALARM("false alarm"), MISSED("missed"), WRONG_COUNTRY("wrong country"), MISSED_COUNTRY("missed country");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** True and false positives and false negatives of one kind of label. */
    public static final class Score {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;

        public int truePositives() {
            return truePositives;
        }

        public int falsePositives() {
            return falsePositives;
        }

        public int falseNegatives() {
            return falseNegatives;
        }

        /** 1 when nothing was found. */
        public double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1 : truePositives / (double) found;
        }

        /** 1 when nothing was to be found. */
        public double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1 : truePositives / (double) expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("precision %.3f  recall %.3f  F1 %.3f  (%d found right, %d wrong, %d missed)",
                    precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
        }
    }

    /** The figures of an evaluation. */
    public record Report(int texts, Score entities, Score countries, Map<String, Score> byCategory,
                         Map<String, Score> byLanguage, Map<String, Score> countriesByLanguage,
                         Map<String, Score> byRule, List<Error> errors) {}

    /** Scores what the scanner found in {@code t}. */
    public void add(LabelledText t, ScanResult found) {
        texts++;
        Score category = byCategory.computeIfAbsent(t.category(), k -> new Score());
        Score language = byLanguage.computeIfAbsent(t.language(), k -> new Score());
        // The strongest mention of each entry found: it decides the rule a (text, entry) pair is counted under.
        Map<String, Mention> best = new LinkedHashMap<>();
        for (Mention m : found.mentions()) {
            best.merge(m.entity().id(), m, (a, b) -> b.score() > a.score() ? b : a);
        }
        for (Mention m : best.values()) {
            String id = m.entity().id();
            Score rule = byRule.computeIfAbsent(m.rule().label(), k -> new Score());
            if (t.entities().containsKey(id)) {
                count(1, 0, 0, entities, category, language, rule);
            } else {
                count(0, 1, 0, entities, category, language, rule);
                errors.add(new Error(t.id(), Kind.FALSE_ALARM, id + " " + m.entity().name(), m.matched(), m.start(),
                        m.end(), m.rule().label() + " " + m.score()));
            }
        }
        // In the order of the ids and codes, not of the labels' sets: two runs print the same errors in the same order.
        for (Map.Entry<String, String> e : new TreeMap<>(t.entities()).entrySet()) {
            if (!best.containsKey(e.getKey())) {
                count(0, 0, 1, entities, category, language);
                int at = e.getValue().isEmpty() ? -1 : t.text().indexOf(e.getValue());
                errors.add(new Error(t.id(), Kind.MISSED, e.getKey(), e.getValue(), at,
                        at < 0 ? -1 : at + e.getValue().length(), ""));
            }
        }
        Score countryLanguage = countriesByLanguage.computeIfAbsent(t.language(), k -> new Score());
        Map<String, CountryMention> named = new LinkedHashMap<>();
        for (CountryMention c : found.countryMentions()) {
            named.putIfAbsent(c.code(), c);
        }
        for (CountryMention c : named.values()) {
            if (t.countries().contains(c.code())) {
                count(1, 0, 0, countries, countryLanguage);
            } else {
                count(0, 1, 0, countries, countryLanguage);
                errors.add(new Error(t.id(), Kind.WRONG_COUNTRY, c.code(), c.text(), c.start(), c.end(), ""));
            }
        }
        for (String code : new TreeSet<>(t.countries())) {
            if (!named.containsKey(code)) {
                count(0, 0, 1, countries, countryLanguage);
                errors.add(new Error(t.id(), Kind.MISSED_COUNTRY, code, "", -1, -1, ""));
            }
        }
    }

    private static void count(int tp, int fp, int fn, Score... scores) {
        for (Score s : scores) {
            s.truePositives += tp;
            s.falsePositives += fp;
            s.falseNegatives += fn;
        }
    }

    /** The figures so far; errors in text order, false alarms and misses of entries before countries. */
    public Report report() {
        List<Error> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing((Error e) -> e.kind().ordinal() >= 2).thenComparing(e -> e.kind()));
        return new Report(texts, entities, countries, frozen(byCategory), frozen(byLanguage),
                frozen(countriesByLanguage), frozen(byRule), List.copyOf(sorted));
    }

    private static Map<String, Score> frozen(Map<String, Score> scores) {
        return Collections.unmodifiableMap(new TreeMap<>(scores));
    }

    /** Scans each of {@code texts} and scores it. */
    public static Report of(List<LabelledText> texts, Function<String, ScanResult> scanner) {
        Evaluation e = new Evaluation();
        for (LabelledText t : texts) {
            e.add(t, scanner.apply(t.text()));
        }
        return e.report();
    }
}
