package sanctionswatch.scan;

import org.junit.jupiter.api.Test;
import sanctionswatch.lists.formats.OfacSdnCsv;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The labelled corpus's reader, its halves, and the figures an evaluation gives. */
class EvaluationTest {
    private static final String TWO = """
            {"id":"a","url":"https://example.org/1","publisher":"example.org","language":"en","category":"russia","text":"Vladimir Putin met Nicolas Maduro in Moscow.","entities":[{"id":"ofac-sdn:35096","surface":"Vladimir Putin"},{"id":"ofac-sdn:99","surface":"Maduro"}],"countries":["RU","VE"]}

            {"id":"b","publisher":"example.com","language":"fr","category":"near-miss","text":"Daniil Medvedev won in Paris.","entities":[],"countries":["FR"]}
            """;

    @Test
    void readsLabelledTextsAndSkipsBlankLines() throws Exception {
        List<LabelledText> texts = Corpus.read(new StringReader(TWO));
        assertEquals(2, texts.size());
        assertEquals(Map.of("ofac-sdn:35096", "Vladimir Putin", "ofac-sdn:99", "Maduro"), texts.get(0).entities());
        assertEquals("fr", texts.get(1).language());
        // The hand-written corpus's plain ids and "kind" are read too.
        LabelledText plain = Corpus.read(new StringReader("{\"id\":\"news-01\",\"kind\":\"news\",\"text\":\"Kim Jong "
                + "Un spoke.\",\"entities\":[\"ofac-sdn:20157\"],\"countries\":[]}")).get(0);
        assertEquals("news", plain.category());
        assertEquals(Map.of("ofac-sdn:20157", ""), plain.entities());
    }

    @Test
    void refusesALineThatIsNoLabelledTextWithItsNumber() {
        String noText = "{\"id\":\"a\",\"entities\":[],\"countries\":[]}";
        assertEquals("line 1: no text", assertThrows(IllegalArgumentException.class,
                () -> Corpus.read(new StringReader(noText))).getMessage());
        String wrongSurface = "{\"id\":\"a\",\"text\":\"Putin spoke.\",\"entities\":[{\"id\":\"ofac-sdn:1\","
                + "\"surface\":\"Lavrov\"}],\"countries\":[]}";
        assertEquals("line 2: surface \"Lavrov\" of ofac-sdn:1 is not in the text", assertThrows(
                IllegalArgumentException.class, () -> Corpus.read(new StringReader("\n" + wrongSurface)))
                .getMessage());
        String twice = "{\"id\":\"a\",\"text\":\"x\",\"entities\":[],\"countries\":[]}";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Corpus.read(new StringReader(twice + "\n"
                + twice))).getMessage().startsWith("line 2: id a used twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Corpus.read(new StringReader("[1]")))
                .getMessage().startsWith("line 1: not a JSON object"));
    }

    @Test
    void aPublishersTextsAreAllInOneHalfAndBothHalvesHaveSome() {
        assertEquals(Corpus.Half.of("reuters.com"), Corpus.Half.of("reuters.com"));
        long dev = List.of("reuters.com", "apnews.com", "bbc.co.uk", "theguardian.com", "tass.com", "upi.com",
                "rferl.org", "aljazeera.com").stream().filter(p -> Corpus.Half.of(p) == Corpus.Half.DEV).count();
        assertTrue(dev > 0 && dev < 8, dev + " of 8 in the development half");
    }

    @Test
    void countsPairsByCategoryLanguageAndRuleAndListsEachError() throws Exception {
        ArticleScanner scanner = ArticleScanner.of(OfacSdnCsv.bundled());
        Evaluation.Report r = Evaluation.of(Corpus.read(new StringReader(TWO)), scanner::scan);
        assertEquals(2, r.texts());
        // Putin found; the made-up ofac-sdn:99 missed; MADURO MOROS found but not labelled.
        assertEquals(1, r.entities().truePositives());
        assertEquals(1, r.entities().falseNegatives());
        assertEquals(1, r.entities().falsePositives());
        assertEquals(0.5, r.entities().precision());
        assertEquals(0.5, r.byCategory().get("russia").recall());
        assertEquals(1.0, r.byCategory().get("near-miss").precision(), "nothing found, nothing wrong");
        assertEquals(1, r.byRule().get("alias").truePositives());
        assertEquals(2, r.countries().truePositives(), "RU (Moscow) and FR (Paris)");
        assertEquals(1, r.countries().falseNegatives(), "VE, labelled but not named");
        assertEquals(List.of("false alarm  a              ofac-sdn:22790 MADURO MOROS, Nicolas “Nicolas Maduro” at "
                        + "19–33  (partial 0.9)", "missed       a              ofac-sdn:99 “Maduro” at 27–33",
                        "missed country a              VE “”"),
                r.errors().stream().map(Object::toString).toList());
    }
}
