package sanctionswatch.review;

import org.junit.jupiter.api.Test;
import sanctionswatch.article.Article;
import sanctionswatch.article.TextSource;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.match.MatchRule;
import sanctionswatch.match.Mention;
import sanctionswatch.scan.Corpus;
import sanctionswatch.scan.LabelledText;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decisions written as the corpus's labelled lines, read back by the corpus's own reader. */
class DecisionCorpusTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Entity ASHOT = new Entity("ofac-sdn:41736", EntityType.PERSON, "MKRTYCHEV, Ashot", List.of(),
            List.of("DPRK"), List.of("SK"));
    private static final Entity PUTIN = new Entity("ofac-sdn:35096", EntityType.PERSON, "PUTIN, Vladimir Vladimirovich",
            List.of(), List.of("RUSSIA-EO14024"), List.of("RU"));

    private static Decision decided(String articleId, Decision.Action action, String entityId, Instant at) {
        return new Decision("w:" + articleId, "w", articleId, "news.example", action, entityId, "mkrtychev", at,
                action == Decision.Action.MUTE ? at.plusSeconds(86_400) : null, "k1/1");
    }

    @Test
    void aConfirmedEntryIsLabelledARejectedOneLeftOutAndMutesLabelNothing() throws IOException {
        MemoryReview stores = new MemoryReview();
        String text = "Broker named\\n\\nMkrtychev met Putin's envoy.".replace("\\n", "\n");
        stores.put(new Article("a1", "https://news.example/a1", "Broker named", null, null, TextSource.PAGE, List.of("RU"), 2,
                "c"), text, List.of(new Mention(ASHOT, "Mkrtychev", 14, 23, MatchRule.SURNAME, 0, 1),
                new Mention(PUTIN, "Putin", 28, 33, MatchRule.SURNAME_ALONE, 0, 1)), T0);
        stores.put(new Article("a2", "https://news.example/a2", "Other", null, null, TextSource.PAGE, List.of(), 1, "c"),
                "Other\n\nMkrtychev again.", List.of(new Mention(ASHOT, "Mkrtychev", 7, 16, MatchRule.SURNAME, 0, 1)), T0);
        List<Decision> decisions = List.of(
                decided("a1", Decision.Action.NOT_THIS_ENTRY, "ofac-sdn:41736", T0),
                decided("a1", Decision.Action.CONFIRMED, "ofac-sdn:35096", T0.plusSeconds(1)),
                decided("a2", Decision.Action.CONFIRMED, "ofac-sdn:41736", T0),
                decided("a2", Decision.Action.NOT_THIS_ENTRY, "ofac-sdn:41736", T0.plusSeconds(5)),
                decided("a3", Decision.Action.MUTE, "ofac-sdn:41736", T0),
                decided("gone", Decision.Action.CONFIRMED, "ofac-sdn:41736", T0));

        List<String> lines = DecisionCorpus.lines(decisions, stores);
        assertEquals(2, lines.size(), lines.toString());
        List<LabelledText> read = Corpus.read(new StringReader(String.join("\n", lines)));
        LabelledText first = read.get(0);
        assertEquals("decision-a1", first.id());
        assertEquals("news.example", first.publisher());
        assertEquals(text, first.text());
        assertEquals(Map.of("ofac-sdn:35096", "Putin"), first.entities(), "Putin confirmed, Mkrtychev rejected");
        assertEquals(Set.of("RU"), first.countries());
        assertTrue(lines.get(0).contains("Not this entry: ofac-sdn:41736 \\u201cMkrtychev\\u201d")
                || lines.get(0).contains("Not this entry: ofac-sdn:41736 “Mkrtychev”"), lines.get(0));
        assertEquals(Map.of(), read.get(1).entities(), "the later decision on a2 counts");
    }
}
