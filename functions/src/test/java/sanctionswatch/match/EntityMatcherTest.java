package sanctionswatch.match;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import sanctionswatch.watchlist.OfacSdnCsv;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matching rules of this slice, on real names of the bundled SDN list. */
class EntityMatcherTest {
    private static EntityMatcher matcher;

    @BeforeAll
    static void build() {
        matcher = EntityMatcher.of(OfacSdnCsv.bundled());
    }

    private static List<Mention> find(String text) {
        return matcher.find(text, Tokenizer.tokenize(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sanctions hit Kim Jong Un on Monday.|ofac-sdn:20157|exact",
            "Sanctions hit Kim Jong-un on Monday.|ofac-sdn:20157|exact",
            "Sanctions hit KIM, Jong Un on Monday.|ofac-sdn:20157|exact",
            "Sanctions hit Jong Un Kim on Monday.|ofac-sdn:20157|reordered",
            "They met Vladimir Vladimirovich Putin.|ofac-sdn:35096|reordered",
            "They met Vladimir Putin.|ofac-sdn:35096|alias",
            "The Lazarus Group stole coins.|ofac-sdn:27307|exact",
            "Envoys of Banco Nacional de Cuba met.|ofac-sdn:306|exact",
            "A deal with the National Bank of Cuba was signed.|ofac-sdn:306|alias",
            "Officers of the GRU were named.|ofac-sdn:21343|alias",
            "Funds went to Mkrtýchev, Ashot.|ofac-sdn:41736|exact",
            "Казначейство США ввело санкции против Ашот Мкртычев.|ofac-sdn:41736|reordered",
            "Бойцы ЧВК Вагнер наступают.|ofac-sdn:22543|alias",
            "The L\u0430zarus Group (with a Cyrillic а) struck again.|ofac-sdn:27307|exact"})
    void findsListNamesAsNewsWritesThem(String text, String id, String rule) {
        List<Mention> found = find(text);
        assertTrue(found.stream().anyMatch(m -> m.entity().id().equals(id) && m.rule().label().equals(rule)),
                found.toString());
        for (Mention m : found) {
            assertEquals(m.matched(), text.substring(m.start(), m.end()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The lazarus group stole coins.",           // not written as a name
            "We showed great Courage and Valor.",       // single-word aliases that are ordinary words
            "The Gru was small, said gru fans.",        // a short acronym only counts in capitals
            "Ashot went home.",                          // a given name alone is nobody
            "The Graceful swan glided."})               // a vessel's name without a maritime context
    void leavesOrdinaryTextAlone(String text) {
        assertEquals(List.of(), find(text));
    }

    @Test
    void aVesselNeedsAMaritimeContext() {
        assertTrue(find("The yacht Graceful left port at dawn.").stream()
                .anyMatch(m -> m.entity().id().equals("ofac-sdn:37444")));
    }

    @Test
    void theLongestNameWinsOverTheNamesInsideIt() {
        List<Mention> found = find("Officials of the Foreign Trade Bank of the Democratic People's Republic of Korea met.");
        assertEquals(List.of("ofac-sdn:15603"), found.stream().map(m -> m.entity().id()).distinct().toList());
    }

    @Test
    void aSurnameAloneIsTiedOnlyToAPersonNamedInFullInTheSameText() {
        assertEquals(List.of(), find("Mkrtychev said nothing."));
        List<Mention> found = find("Mkrtychev said nothing. Treasury named Ashot Mkrtychev.");
        assertEquals(2, found.size());
        assertEquals(MatchRule.SURNAME, found.get(0).rule());
        assertEquals("ofac-sdn:41736", found.get(0).entity().id());
    }

    @Test
    void aSurnameSharedByTwoPeopleNamedInFullIsLeftAlone() {
        List<Mention> found = find("Kim Jong Un and Kim Yo Jong spoke. Later Kim left.");
        assertEquals(2, found.size(), found.toString());
    }
}
