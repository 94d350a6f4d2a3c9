package sanctionswatch.scan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.lists.formats.OfacSdnCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus of real news ({@code corpus/news.jsonl}: texts published by others, each labelled with the list entries
 * and countries it names; provenance in {@code corpus/SOURCES.md}) scanned against the bundled SDN list, half by half.
 * The rules are chosen on the development half; the figures of the test half are the ones reported, and this test
 * fails when they fall below today's (the floors below), so a change that helps one half by hurting the other shows.
 *
 * <p>The figures the matching aims at are higher (entity precision 0.97 and recall 0.95, country F1 0.98, and 0.90 /
 * 0.90 in each script); README's Matching section says where they stand.
 */
class NewsCorpusTest {
    /**
     * Today's figures on the test half, less a margin of a text or two: a floor, not the aim. Each collection added
     * to the corpus moves them (the sixth, 134 texts of which half in other scripts, took recall from 0.829 to 0.802
     * with the same code; the eighth, 106, from 0.819 to 0.808; the thirty-first to thirty-third, 340, country F1 from
     * 0.980 to 0.979), so the floor follows the corpus, never the other way.
     */
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.84;
    private static final double MIN_COUNTRY_F1 = 0.978;
    private static final double MIN_ENGLISH_PRECISION = 0.95;
    private static final double MIN_ENGLISH_RECALL = 0.92;

    private static List<LabelledText> corpus;
    private static ArticleScanner scanner;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NewsCorpusTest.class.getResourceAsStream("/sanctionswatch/corpus/news.jsonl")) {
            corpus = Corpus.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        scanner = ArticleScanner.of(OfacSdnCsv.bundled());
    }

    @Test
    void theCorpusHasTheTextsItIsMeantToHave() {
        assertTrue(corpus.size() >= 4230, corpus.size() + " texts");
        assertTrue(count(t -> t.category().equals("near-miss")) >= 60, "near misses");
        assertTrue(count(t -> t.entities().isEmpty()) >= 40, "texts naming no list entry");
        Map<String, Set<String>> scripts = Map.of("Cyrillic", Set.of("ru", "uk"), "Hangul", Set.of("ko"),
                "Arabic", Set.of("ar", "fa"), "Han", Set.of("zh"));
        scripts.forEach((script, languages) -> assertTrue(count(t -> languages.contains(t.language())) >= 10,
                script));
        assertTrue(corpus.stream().map(LabelledText::publisher).distinct().count() >= 200, "publishers");
        long test = count(t -> Corpus.Half.of(t.publisher()) == Corpus.Half.TEST);
        assertTrue(test > corpus.size() / 3 && test < corpus.size() * 2 / 3, test + " in the test half");
    }

    @Test
    void theTestHalfHoldsItsFigures() {
        List<LabelledText> test = corpus.stream().filter(t -> Corpus.Half.of(t.publisher()) == Corpus.Half.TEST)
                .toList();
        Evaluation.Report all = Evaluation.of(test, scanner::scan);
        Evaluation.Report english = Evaluation.of(test.stream().filter(t -> t.language().equals("en")).toList(),
                scanner::scan);
        String summary = String.format("test half, %d texts: entities %s; countries %s; English entities %s",
                all.texts(), all.entities(), all.countries(), english.entities());
        System.out.println(summary);
        assertTrue(all.entities().precision() >= MIN_PRECISION && all.entities().recall() >= MIN_RECALL
                && all.countries().f1() >= MIN_COUNTRY_F1 && english.entities().precision() >= MIN_ENGLISH_PRECISION
                && english.entities().recall() >= MIN_ENGLISH_RECALL, summary + "\n" + String.join("\n",
                all.errors().stream().map(Object::toString).toList()));
    }

    private static long count(Predicate<LabelledText> p) {
        return corpus.stream().filter(p).count();
    }
}
