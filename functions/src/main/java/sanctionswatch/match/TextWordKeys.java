package sanctionswatch.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The keys of the words texts say, kept from one text to the next. A text's capitalised words that the lists do not
 * have ("Kirby", "Zelensky", "Pentagon") have their keys asked in every text that says them, and making one takes a
 * dozen passes over the word; the list's own words have theirs kept by the matcher. Each cache is emptied when it
 * holds {@link #HELD} words (about 2 MB each), so that a container's long run of texts keeps the words of its recent
 * ones. Filled without a lock: a word's key is always the same.
 *
 * <pre>{@code
 * TextWordKeys.ROMANISED.of("zelenskyy")   // "selenski", made once, then read from the cache
 * TextWordKeys.ARABIC.of("al")             // null (the article has no key), kept as such
 * }</pre>
 */
final class TextWordKeys {
    private static final int HELD = 1 << 14;
    /** What a cache holds for a word without a key (a map holds no null). */
    private static final String NONE = "\u0000none";

    /** {@link Romanisation#key}. */
    static final TextWordKeys ROMANISED = new TextWordKeys(Romanisation::key);
    /** {@link ScriptKeys#arabicOfLatin}, null where the word has none. */
    static final TextWordKeys ARABIC = new TextWordKeys(ScriptKeys::arabicOfLatin);
    /** {@link ScriptKeys#arabicOfLatin} of the word read as French writes ش, ch as sh ("Bachar"). */
    static final TextWordKeys FRENCH_ARABIC = new TextWordKeys(w -> ScriptKeys.arabicOfLatin(w.replace("ch", "sh")));

    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final UnaryOperator<String> key;

    private TextWordKeys(UnaryOperator<String> key) {
        this.key = key;
    }

    /** The key of the folded word {@code word}, or null where it has none. */
    String of(String word) {
        String kept = keys.get(word);
        if (kept == null) {
            String made = key.apply(word);
            kept = made == null ? NONE : made;
            if (keys.size() >= HELD) {
                keys.clear();
            }
            keys.put(word, kept);
        }
        return kept == NONE ? null : kept;
    }
}
