package sanctionswatch.scan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.lists.formats.OfacSdnCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled corpus ({@code corpus/labelled.jsonl}: news excerpts, names written other ways, vessels, countries and
 * hard negatives, each with the list entries and countries it names) scanned against the bundled SDN list. Entity
 * precision and recall and country F1 are counted over (text, entry) and (text, country) pairs ({@link Evaluation});
 * below the thresholds the test fails and lists every miss and false alarm.
 */
class CorpusTest {
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.95;
    static final double MIN_COUNTRY_F1 = 0.97;

    private static ArticleScanner scanner;
    private static List<LabelledText> corpus;

    @BeforeAll
    static void load() throws IOException {
        scanner = ArticleScanner.of(OfacSdnCsv.bundled());
        try (InputStream in = CorpusTest.class.getResourceAsStream("/sanctionswatch/corpus/labelled.jsonl")) {
            corpus = Corpus.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theCorpusHasTheTextsTheIssueAsksFor() {
        assertTrue(corpus.size() >= 60, corpus.size() + " texts");
        assertTrue(corpus.stream().filter(c -> c.entities().isEmpty()).count() >= 10, "hard negatives");
    }

    @Test
    void entitiesAndCountriesAreFoundAboveTheThresholds() {
        Evaluation.Report r = Evaluation.of(corpus, scanner::scan);
        String summary = String.format("entities: precision %.3f, recall %.3f (%d texts); countries: F1 %.3f "
                        + "(precision %.3f, recall %.3f)%n%s", r.entities().precision(), r.entities().recall(),
                r.texts(), r.countries().f1(), r.countries().precision(), r.countries().recall(),
                String.join("\n", r.errors().stream().map(e -> "  " + e).toList()));
        System.out.println(summary);
        assertTrue(r.entities().precision() >= MIN_PRECISION && r.entities().recall() >= MIN_RECALL
                && r.countries().f1() >= MIN_COUNTRY_F1, summary);
    }
}
