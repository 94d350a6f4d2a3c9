package sanctionswatch.scan;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.json.Json;
import sanctionswatch.match.CountryMention;
import sanctionswatch.match.Mention;
import sanctionswatch.watchlist.OfacSdnCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The labelled corpus ({@code corpus/labelled.jsonl}: news excerpts, names written other ways, vessels, countries and
 * hard negatives, each with the list entries and countries it names) scanned against the bundled SDN list. Entity
 * precision and recall and country F1 are counted over (text, entry) and (text, country) pairs; below the thresholds
 * the test fails and lists every miss and false alarm.
 */
class CorpusTest {
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.95;
    static final double MIN_COUNTRY_F1 = 0.97;

    private record Labelled(String id, String text, Set<String> entities, Set<String> countries) {}

    private static ArticleScanner scanner;
    private static List<Labelled> corpus;

    @BeforeAll
    static void load() throws IOException {
        scanner = ArticleScanner.of(OfacSdnCsv.bundled());
        corpus = new ArrayList<>();
        try (InputStream in = CorpusTest.class.getResourceAsStream("/sanctionswatch/corpus/labelled.jsonl")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = Json.mapper().readTree(line);
                corpus.add(new Labelled(n.get("id").asText(), n.get("text").asText(), strings(n.get("entities")),
                        strings(n.get("countries"))));
            }
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void theCorpusHasTheTextsTheIssueAsksFor() {
        assertTrue(corpus.size() >= 60, corpus.size() + " texts");
        assertTrue(corpus.stream().filter(c -> c.entities().isEmpty()).count() >= 10, "hard negatives");
    }

    @Test
    void entitiesAndCountriesAreFoundAboveTheThresholds() {
        Score entities = new Score();
        Score countries = new Score();
        List<String> report = new ArrayList<>();
        for (Labelled c : corpus) {
            ScanResult r = scanner.scan(c.text());
            Set<String> found = r.mentions().stream().map(Mention::entity).map(e -> e.id())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> named = r.countryMentions().stream().map(CountryMention::code)
                    .collect(Collectors.toCollection(TreeSet::new));
            entities.add(c.id(), c.entities(), found, report);
            countries.add(c.id(), c.countries(), named, report);
        }
        String summary = String.format("entities: precision %.3f, recall %.3f (%d texts); countries: F1 %.3f "
                        + "(precision %.3f, recall %.3f)%n%s", entities.precision(), entities.recall(), corpus.size(),
                countries.f1(), countries.precision(), countries.recall(), String.join("\n", report));
        System.out.println(summary);
        assertTrue(entities.precision() >= MIN_PRECISION && entities.recall() >= MIN_RECALL
                && countries.f1() >= MIN_COUNTRY_F1, summary);
    }

    /** Counts over (text, label) pairs. */
    private static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        void add(String text, Set<String> expected, Set<String> found, List<String> report) {
            for (String f : found) {
                if (expected.contains(f)) {
                    truePositives++;
                } else {
                    falsePositives++;
                    report.add("  false alarm " + text + ": " + f);
                }
            }
            for (String e : expected) {
                if (!found.contains(e)) {
                    falseNegatives++;
                    report.add("  missed      " + text + ": " + e);
                }
            }
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
