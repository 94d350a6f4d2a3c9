package sanctionswatch.match;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

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
            "Officers of the GRU were sanctioned.|ofac-sdn:21343|alias",
            "Funds went to Mkrtýchev, Ashot.|ofac-sdn:41736|exact",
            "Казначейство США ввело санкции против Ашот Мкртычев.|ofac-sdn:41736|reordered",
            "Бойцы ЧВК Вагнер наступают.|ofac-sdn:22543|alias",
            "The L\u0430zarus Group (with a Cyrillic а) struck again.|ofac-sdn:27307|exact",
            "Wagner founder Yevgeny Prigozhin died.|ofac-sdn:21171|transliterated",
            "Evgenii Prigozhin won contracts.|ofac-sdn:21171|transliterated",
            "Sergey Viktorovich Lavrov spoke.|ofac-sdn:35233|transliterated",
            "Gen. Sergei Shoygu inspected troops.|ofac-sdn:35173|transliterated",
            "Analysts say Kim Jongun is ill.|ofac-sdn:20157|partial",
            "Nicolas Maduro spoke in Caracas.|ofac-sdn:22790|partial",
            "Later V. Putin signed the bill.|ofac-sdn:35096|initials",
            "Vladimir Putn, the Russian leader, spoke.|ofac-sdn:35096|fuzzy",
            "The Islamic Revolutionary Guard Crops seized a ship.|ofac-sdn:10391|fuzzy",
            "The tanker Laodicea (IMO 9274343) docked.|ofac-sdn:18215|identifier",
            "A ship with IMO number 9385233 loaded oil.|ofac-sdn:18213|identifier",
            "The tanker Dover switched off its transponder.|ofac-sdn:15046|exact",
            "Finikia, a cargo ship, was seen.|ofac-sdn:18213|exact",
            "Beijing Alite Technologies shipped parts.|ofac-sdn:9750|partial",
            "Ayman Zawahiri was killed.|ofac-sdn:2676|partial",
            "Ayman al-Zawahiri was killed.|ofac-sdn:2676|reordered",
            "The Islamic Revolutionary Guard Corps said so; the IRGC added more.|ofac-sdn:10391|exact"})
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
            "The Graceful swan glided.",                // a vessel's name without a maritime context
            "The ferry from Dover to Calais was cancelled.", // a port's name near a ship is not the ship
            "Maria said the forest near Dover was quiet.",   // common words that are vessels' names
            "Glenn Miller recorded the song. Miller smiled.", // a bare surname of a listed person
            "Hassan Nasrallah Rodriguez premiered his work.", // a listed name inside a longer one
            "The composer Hassan Nasrallah premiered his work.", // a namesake, by his trade
            "The striker Ali Atwa scored twice.",             // a namesake athlete
            "Vladimir Putinov, a Bulgarian chess player, won.", // one letter added to a short word: not fuzzy
            "Kim Yong Chal said nothing.",                   // a slip in a word too short to carry it
            "Said Khan Market reopened.",                     // a listed name inside a place's name
            "Richard Wagner's operas were performed."})      // a short form with no full mention
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

    @org.junit.jupiter.api.Test
    void aFuzzyMatchCarriesItsScoreAndNeverStandsAtOneWord() {
        List<Mention> found = find("Ramzan Kadyrof and Kadyrof again; Prigozhinn alone.");
        Mention kadyrov = found.get(0);
        assertEquals("ofac-sdn:23343", kadyrov.entity().id());
        assertTrue(found.stream().noneMatch(m -> m.matched().equals("Prigozhinn")), found.toString());
        Mention putin = find("Vladimir Putn spoke.").get(0);
        assertEquals("fuzzy", putin.rule().label());
        assertEquals(0.8, putin.score(), 1e-9);
        assertTrue(putin.score() >= MatchRule.FUZZY_THRESHOLD);
    }

    @org.junit.jupiter.api.Test
    void onePhraseNamingTwoEntriesKeepsTheClosest() {
        // MADURO MOROS, Nicolas (the father) and MADURO GUERRA, Nicolas Ernesto (the son).
        assertEquals(List.of("ofac-sdn:22790"), find("Nicolas Maduro spoke.").stream().map(m -> m.entity().id())
                .toList());
        assertEquals(List.of("ofac-sdn:26946", "ofac-sdn:26946"), find("Nicolas Ernesto Maduro Guerra and "
                + "Nicolas Maduro, his son, left.").stream().map(m -> m.entity().id()).toList());
    }

    @org.junit.jupiter.api.Test
    void weakAliasesNeedCorroboration() {
        // An entry of Iran whose weak alias is "Abu Zeblin": named alone, it stands only where Iran is named.
        Entity entry = new Entity("ofac-sdn:1", EntityType.PERSON, "QUORVATH, Zeblin",
                List.of(new Alias("Abu Zeblin", Alias.Kind.AKA, true)), List.of(), List.of("IR"));
        EntityMatcher one = EntityMatcher.of(new Watchlist(List.of(entry)));
        String text = "Abu Zeblin spoke in Tehran.";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertEquals(List.of(), one.find(text, tokens, List.of(new CountryMention("RU", "Moscow", 0, 0, 0, 0))));
        List<Mention> found = one.find(text, tokens, List.of(new CountryMention("IR", "Tehran", 20, 26, 0, 0)));
        assertEquals(List.of("weak alias"), found.stream().map(m -> m.rule().label()).toList());
    }

    @org.junit.jupiter.api.Test
    void shortFormsAndAcronymsAreTiedToTheFullNameInTheSameText() {
        List<Mention> found = find("Fighters of the Wagner Group advanced. Wagner then withdrew. The Lazarus Group "
                + "and the Korea Mining Development Trading Corporation were named; KMDTC and Lazarus denied it.");
        List<String> shortForms = found.stream().filter(m -> m.rule() == MatchRule.SHORT_FORM)
                .map(m -> m.matched() + " " + m.entity().id()).toList();
        assertEquals(List.of("Wagner ofac-sdn:22543", "KMDTC ofac-sdn:9345", "Lazarus ofac-sdn:27307"), shortForms);
        assertEquals(List.of(), find("Wagner then withdrew; KMDTC denied it.").stream().map(Mention::matched)
                .toList(), "never standing alone");
    }
}
