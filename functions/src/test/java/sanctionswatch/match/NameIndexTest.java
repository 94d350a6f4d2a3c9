package sanctionswatch.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.text.Tokenizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher's index written and read back: what a cold start loads must match as the index built afresh does. */
class NameIndexTest {
    private static Watchlist sdn;
    private static byte[] written;
    private static List<String> texts;

    @BeforeAll
    static void setUp() throws IOException {
        sdn = CompiledWatchlist.bundled();
        written = EntityMatcher.indexOf(sdn);
        texts = new ArrayList<>();
        try (InputStream in = NameIndexTest.class.getResourceAsStream("/articles/seed-russia-nk-arms.txt")) {
            texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                NameIndexTest.class.getResourceAsStream("/sanctionswatch/corpus/labelled.jsonl"),
                StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.isBlank()).forEach(l -> {
                try {
                    texts.add(json.readTree(l).get("text").asText());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static List<String> mentions(EntityMatcher matcher, String text) {
        return matcher.find(text, Tokenizer.tokenize(text)).stream()
                .map(m -> m.start() + "|" + m.entity().id() + "|" + m.rule().label() + "|" + m.score()).toList();
    }

    @Test
    void anIndexReadBackFindsWhatTheIndexBuiltAfreshFinds() {
        EntityMatcher built = EntityMatcher.of(sdn);
        EntityMatcher read = EntityMatcher.of(sdn, written);
        Set<String> rules = new TreeSet<>();
        for (String text : texts) {
            List<String> expected = mentions(built, text);
            assertEquals(expected, mentions(read, text), text);
            expected.forEach(m -> rules.add(m.split("\\|")[2]));
        }
        // Every part of the index is walked: names, romanisation keys, anchors of the fuzzy pass, IMO numbers.
        assertTrue(rules.containsAll(List.of("exact", "reordered", "partial", "alias", "transliterated", "fuzzy",
                "initials", "identifier", "surname", "short form")), rules.toString());
    }

    @Test
    void theBundledIndexIsTheOneTheBuildWroteForTheBundledList() {
        assertArrayEquals(written, BundledIndex.read(), "the build's process-classes step writes it");
        List<String> afp = mentions(BundledIndex.matcher(), texts.get(0));
        assertEquals(mentions(EntityMatcher.of(sdn), texts.get(0)), afp);
        assertTrue(afp.stream().anyMatch(m -> m.contains("ofac-sdn:41736|reordered")), afp.toString());
    }

    @Test
    void theCommonWordsTheBuildWroteAreThoseOfTheirText() {
        Set<String> read = BundledIndex.commonWords();
        Set<String> fromText = Words.commonFromText();
        assertEquals(fromText, read, "the build's process-classes step writes them");
        assertEquals(read, fromText);
        assertTrue(read.contains("aardvark"));
        assertTrue(!read.contains("mkrtychev") && !read.contains(null) && !read.contains(1));
    }

    @Test
    void indexesAnOrganisationWhoseNameHasNoWords() {
        Watchlist list = new Watchlist(List.of(new Entity("test:1", EntityType.ORGANISATION, "&",
                List.of(new Alias("ZORVEX HOLDINGS", Alias.Kind.AKA, false)), List.of("TEST"), List.of())));
        List<String> found = mentions(EntityMatcher.of(list, EntityMatcher.indexOf(list)), "Zorvex Holdings said so.");
        assertEquals(List.of("0|test:1|" + MatchRule.ALIAS.label() + "|" + MatchRule.ALIAS.score()), found);
    }

    @Test
    void refusesAnIndexOfAnotherList() {
        List<Entity> fewer = new ArrayList<>(sdn.entities());
        fewer.remove(fewer.size() - 1);
        assertEquals("a name index of another list", assertThrows(IllegalArgumentException.class,
                () -> EntityMatcher.of(new Watchlist(fewer), written)).getMessage());
        List<Entity> renamed = new ArrayList<>(sdn.entities());
        Entity first = renamed.get(0);
        renamed.set(0, new Entity(first.id(), first.type(), first.name(), List.of(new Alias("Another Name", Alias.Kind.AKA, false)),
                first.programs(), first.countries(), first.imoNumbers(), first.details()));
        assertEquals("a name index of another list", assertThrows(IllegalArgumentException.class,
                () -> EntityMatcher.of(new Watchlist(renamed), written)).getMessage());
    }

    @Test
    void refusesAnIndexOfOtherRulesOrNotAnIndexAtAll() {
        byte[] otherFormat = written.clone();
        otherFormat[4] = (byte) (NameIndex.FORMAT + 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EntityMatcher.of(sdn, otherFormat))
                .getMessage().contains("written by a matcher of other rules"));
        byte[] text = "sdn.csv,not an index".getBytes(StandardCharsets.UTF_8);
        assertEquals("not a name index",
                assertThrows(IllegalArgumentException.class, () -> EntityMatcher.of(sdn, text)).getMessage());
    }

    @Test
    void refusesAnIndexCutShortOrWithMoreAfterIt() {
        for (int length : new int[]{0, 3, 30, written.length / 2, written.length - 1}) {
            byte[] cut = Arrays.copyOf(written, length);
            assertThrows(IllegalArgumentException.class, () -> EntityMatcher.of(sdn, cut), "cut at " + length);
        }
        byte[] longer = Arrays.copyOf(written, written.length + 4);
        assertThrows(IllegalArgumentException.class, () -> EntityMatcher.of(sdn, longer));
    }

    @Test
    void refusesNumbersOutOfRange() {
        // The last four bytes are the entry position of the last IMO number.
        byte[] outOfRange = written.clone();
        Arrays.fill(outOfRange, outOfRange.length - 4, outOfRange.length, (byte) 0x7f);
        assertEquals("index data: a number out of range", assertThrows(IllegalArgumentException.class,
                () -> EntityMatcher.of(sdn, outOfRange)).getMessage());
    }
}
