package sanctionswatch.match;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class TextWordKeysTest {
    @Test
    void aWordsKeyIsTheKeyItStandsForAndIsMadeOnce() {
        for (String word : new String[] {"zelenskyy", "poutine", "wladimir", "kirby", "the"}) {
            String first = TextWordKeys.ROMANISED.of(new String(word));
            assertEquals(Romanisation.key(word), first, word);
            // The second time, from the cache: the same string, not one made again.
            assertSame(first, TextWordKeys.ROMANISED.of(new String(word)), word);
        }
        for (String word : new String[] {"nasrallah", "bachar", "soleimani", "al", "chechnya"}) {
            assertEquals(ScriptKeys.arabicOfLatin(word), TextWordKeys.ARABIC.of(word), word);
            assertEquals(ScriptKeys.arabicOfLatin(word), TextWordKeys.ARABIC.of(word), word);
            assertEquals(ScriptKeys.arabicOfLatin(word.replace("ch", "sh")), TextWordKeys.FRENCH_ARABIC.of(word),
                    word);
        }
    }

    @Test
    void aWordWithoutAKeyStaysWithout() {
        assertNull(TextWordKeys.ARABIC.of("al"));
        assertNull(TextWordKeys.ARABIC.of("al"));
    }
}
