package sanctionswatch.match;

import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;
import sanctionswatch.text.Tokens;

import java.util.Arrays;
import java.util.List;

/**
 * Persian words run together where a page lost the zero-width non-joiner (U+200C) its writer put between them: آمنه‌سادات
 * (Ameneh Sadat, two words) copied as آمنهسادات, کیم جونگ‌اون (Kim Jong Un) as کیم جونگاون. Persian writes the joiner
 * after a letter that joins the next one, where a space would leave a gap inside a name; a page or a copy that drops
 * it leaves one word no name has. Such a word is split back, at the first point after a joining letter where both
 * halves are words of names (as written, or by their keys: {@link ScriptKeys#arabic}) and the whole is none:
 * {@code points(text, tokens, lexicon)} gives the points, {@link #withJoiners} the text with the joiners put back.
 *
 * <p>Only in a Persian text ({@link Tokenizer#persianLetter}): Arabic has no such joiner and runs no names together.
 */
final class JoinedPersianWords {
    static final char JOINER = '\u200c';
    /** Letters that never join the next one (ا د ذ ر ز ژ و and alif's forms, ة): after them no joiner is written. */
    private static final String NON_JOINING = "اآأإٱدذرزژوؤة";
    /** The fewest letters of a word split: four-letter words are too often two short keys of names. */
    private static final int LEAST = 5;
    private static final int[] NONE = {};

    private JoinedPersianWords() {}

    /**
     * The offsets in {@code text} where a joiner was lost between two words of names, in order; none in a text
     * without a letter only Persian writes.
     */
    static int[] points(String text, List<Token> tokens, Lexicon lexicon) {
        // Most texts have no word in Arabic script, which their tokens answer at once; only a text that has one is
        // read for Persian's letters.
        if (!Tokens.anyLetterFrom(tokens, '\u0600') || !persian(text)) {
            return NONE;
        }
        int[] points = NONE;
        int count = 0;
        for (Token t : tokens) {
            String word = t.norm();
            if (word.length() < LEAST || word.length() != t.end() - t.start()
                    || !ScriptKeys.arabic(text.charAt(t.start())) || lexicon.id(word) >= 0
                    || known(word, lexicon, false)) {
                continue;
            }
            int p = split(word, lexicon, true);
            if (p < 0) {
                p = split(word, lexicon, false);
            }
            if (p > 0) {
                if (count == points.length) {
                    points = Arrays.copyOf(points, Math.max(4, count * 2));
                }
                points[count++] = t.start() + p;
            }
        }
        return Arrays.copyOf(points, count);
    }

    /** {@code text} with a joiner at each of {@code points}, which are in order. */
    static String withJoiners(String text, int[] points) {
        StringBuilder b = new StringBuilder(text.length() + points.length);
        int from = 0;
        for (int p : points) {
            b.append(text, from, p).append(JOINER);
            from = p;
        }
        return b.append(text, from, text.length()).toString();
    }

    /** The offset in the text without joiners of offset {@code at} of {@link #withJoiners}'s text. */
    static int back(int at, int[] points) {
        int before = 0;
        while (before < points.length && points[before] + before < at) {
            before++;
        }
        return at - before;
    }

    /** The offset in {@link #withJoiners}'s text of offset {@code at} of the text without joiners. */
    static int forward(int at, int[] points) {
        int before = 0;
        while (before < points.length && points[before] < at) {
            before++;
        }
        return at + before;
    }

    /** Whether {@code [start, end)} of {@link #withJoiners}'s text has a joiner put back inside it. */
    static boolean across(int start, int end, int[] points) {
        for (int i = 0; i < points.length; i++) {
            int at = points[i] + i;
            if (at > start && at < end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first point after a joining letter where both halves of {@code word} are words of names, or -1: written so,
     * words of the names the news gives in Persian ({@code asWritten}: جونگ and اون of کیم جونگ اون, Kim Jong Un), else
     * words of the list's names by their keys (آمنه and سادات, Ameneh Sadat). Words as written first, as a key is
     * short and many halves have one (جون and گاون).
     */
    private static int split(String word, Lexicon lexicon, boolean asWritten) {
        for (int p = 2; p <= word.length() - 2; p++) {
            if (NON_JOINING.indexOf(word.charAt(p - 1)) < 0 && known(word.substring(0, p), lexicon, asWritten)
                    && known(word.substring(p), lexicon, asWritten)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean known(String word, Lexicon lexicon, boolean asWritten) {
        if (asWritten) {
            return lexicon.id(word) >= 0;
        }
        String key = ScriptKeys.arabic(word);
        return key != null && lexicon.id(key) >= 0;
    }

    /** Whether {@code text} is Persian: it has a letter Arabic has not ({@link Tokenizer#persianLetter}: پ چ ژ گ). */
    static boolean persian(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Tokenizer.persianLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
