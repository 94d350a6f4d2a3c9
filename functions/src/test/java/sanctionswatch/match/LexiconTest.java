package sanctionswatch.match;

import org.junit.jupiter.api.Test;
import sanctionswatch.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LexiconTest {
    @Test
    void numbersEachWordOnceInOrderOfFirstAddition() {
        Lexicon lexicon = new Lexicon();
        assertEquals(0, lexicon.add("putin"));
        assertEquals(1, lexicon.add("vladimir"));
        assertEquals(0, lexicon.add("putin"));
        assertEquals(2, lexicon.size());
        assertEquals("vladimir", lexicon.word(1));
        assertEquals(8, lexicon.length(1));
        assertEquals(-1, lexicon.id("wagner"));
        assertEquals(-1, lexicon.id("puti"));
        assertEquals(-1, lexicon.id("putin".toCharArray(), 0, 4, "puti".hashCode()));
        assertEquals(0, lexicon.id("putin".toCharArray(), 0, 5, "putin".hashCode()));
    }

    @Test
    void holdsManyWordsThroughGrowthIncludingCollidingHashesAndOtherScripts() {
        // "Aa" and "BB" have the same String hash; so do "AaAa", "AaBB", "BBAa" and "BBBB".
        List<String> words = new ArrayList<>(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "путин", "", "كيم"));
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            words.add(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        Lexicon lexicon = new Lexicon();
        List<Integer> ids = words.stream().map(lexicon::add).toList();
        lexicon.trimmed();
        for (int i = 0; i < words.size(); i++) {
            assertEquals(ids.get(i), lexicon.id(words.get(i)), words.get(i));
            char[] within = ("x" + words.get(i) + "y").toCharArray();
            assertEquals(ids.get(i), lexicon.id(within, 1, words.get(i).length(), words.get(i).hashCode()));
            assertEquals(words.get(i), lexicon.word(ids.get(i)));
        }
        assertEquals(words.stream().distinct().count(), lexicon.size());
    }

    @Test
    void numbersTheWordsOfATextWithMinusOneForWordsItDoesNotHold() {
        Lexicon lexicon = new Lexicon();
        lexicon.add("wagner");
        lexicon.add("group");
        assertArrayEquals(new int[]{-1, 0, 1, -1, 0}, lexicon.ids(Tokenizer.tokenize("The Wagner Group said Wagner")));
        // Tokens put together otherwise than by the tokenizer (a part of a text) are looked up one by one.
        assertArrayEquals(new int[]{1, -1, 0},
                lexicon.ids(new ArrayList<>(Tokenizer.tokenize("The Wagner Group said Wagner").subList(2, 5))));
    }
}
