package sanctionswatch.match;

import sanctionswatch.text.Token;

import java.util.List;

/**
 * A number worked out once for each distinct word of one text ({@link Token#word}) rather than for each time the
 * text says it: the id of its romanisation key, of its Arabic key. The AFP story of {@code events/} has
 * 516 words, 242 of them distinct, and "Wagner", "Mkrtychev" or "Kirby" come back in several of its paragraphs.
 * Made for one text and dropped with it; not thread-safe.
 *
 * <pre>{@code
 * WordMemo keys = new WordMemo(tokens);
 * int key = keys.has(t) ? keys.value(t) : keys.put(t, keyOf(t));
 * }</pre>
 */
final class WordMemo {
    private final int words;
    private int[] values;
    /**
     * The folded word each value was worked out for, compared by identity: the tokens of one text share one string
     * per word, and a token of another text that happens to carry the same number is not taken for it.
     */
    private String[] workedOutFor;

    /**
     * A memo for the words of {@code tokens}. A text has no more distinct words than tokens, so its numbers are below
     * {@code tokens.size()}; a part of a text whose numbers run higher is worked out word by word.
     */
    WordMemo(List<Token> tokens) {
        this.words = tokens.size();
    }

    /** Whether {@code t}'s word has a value. */
    boolean has(Token t) {
        int w = t.word();
        return workedOutFor != null && w >= 0 && w < words && workedOutFor[w] == t.norm();
    }

    /** The value of {@code t}'s word, which {@link #has} it. */
    int value(Token t) {
        return values[t.word()];
    }

    /** Keeps {@code value} for {@code t}'s word (nothing for a token without a word number) and returns it. */
    int put(Token t, int value) {
        int w = t.word();
        if (w >= 0 && w < words) {
            if (values == null) {
                values = new int[words];
                workedOutFor = new String[words];
            }
            values[w] = value;
            workedOutFor[w] = t.norm();
        }
        return value;
    }
}
