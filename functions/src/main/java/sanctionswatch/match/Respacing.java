package sanctionswatch.match;

import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;
import sanctionswatch.text.Tokens;

import java.util.List;

/**
 * Arabic-script words spaced otherwise than the lists' names are, and the text as they space them, read again for the
 * people named across what changed ({@code EntityMatcher#find}):
 *
 * <ul>
 *   <li>Persian words run together where a page lost the zero-width non-joiner (U+200C) its writer put between them:
 *       آمنه‌سادات (Ameneh Sadat, two words) copied as آمنهسادات, کیم جونگ‌اون (Kim Jong Un) as کیم جونگاون. Persian
 *       writes the joiner after a letter that joins the next one, where a space would leave a gap inside a name; a
 *       page that drops it leaves one word no name has. Such a word is split back, at the first point after a
 *       joining letter where both halves are words of names (as written, or by their keys: {@link
 *       ScriptKeys#arabic}) and the whole is none. Only in a Persian text ({@link Tokenizer#persianLetter}): Arabic
 *       has no such joiner.</li>
 *   <li>A name's word and "Allah" written apart, as Arabic and Persian write them (عبد الله, عزت الله), where the lists
 *       write one word (ABDULLAH; ZARGHAMI, Ezzatollah): the space or joiner between is replaced by a tatweel (ـ),
 *       the stroke that stretches a word in display, which folding drops, so the two are one word at the same
 *       offsets. Where the word joined is a word of names.</li>
 * </ul>
 *
 * <p>{@code Respacing.of(text, tokens, lexicon)} is null for a text with nothing to change, as most are.
 */
final class Respacing {
    static final char JOINER = '\u200c';
    private static final char TATWEEL = '\u0640';
    /** "Allah", الله, as a word of its own and at the end of names written as one word (نصرالله, عبدالله). */
    static final String ALLAH = "\u0627\u0644\u0644\u0647";
    /** Letters that never join the next one (ا د ذ ر ز ژ و and alif's forms, ة): after them no joiner is written. */
    private static final String NON_JOINING = "اآأإٱدذرزژوؤة";
    /** The fewest letters of a word split: four-letter words are too often two short keys of names. */
    private static final int LEAST = 5;

    /** The text respaced; the offsets of the original where a joiner was put back, and where a space was closed. */
    private final String text;
    private final int[] inserted;
    private final int[] closed;

    private Respacing(String text, int[] inserted, int[] closed) {
        this.text = text;
        this.inserted = inserted;
        this.closed = closed;
    }

    /** The changes {@code text} needs, or null for none. */
    static Respacing of(String text, List<Token> tokens, Lexicon lexicon) {
        // Most texts have no word in Arabic script, which their tokens answer at once.
        if (!Tokens.anyLetterFrom(tokens, '\u0600')) {
            return null;
        }
        int[] inserted = persian(text) ? points(text, tokens, lexicon) : new int[0];
        int[] closed = allahApart(text, tokens, lexicon);
        if (inserted.length == 0 && closed.length == 0) {
            return null;
        }
        char[] cs = text.toCharArray();
        for (int at : closed) {
            cs[at] = TATWEEL;
        }
        StringBuilder b = new StringBuilder(cs.length + inserted.length);
        int from = 0;
        for (int p : inserted) {
            b.append(cs, from, p - from).append(JOINER);
            from = p;
        }
        return new Respacing(b.append(cs, from, cs.length - from).toString(), inserted, closed);
    }

    /** The text respaced. */
    String text() {
        return text;
    }

    /** The offset in the original text of offset {@code at} of the respaced one. */
    int back(int at) {
        int before = 0;
        while (before < inserted.length && inserted[before] + before < at) {
            before++;
        }
        return at - before;
    }

    /** The offset in the respaced text of offset {@code at} of the original. */
    int forward(int at) {
        int before = 0;
        while (before < inserted.length && inserted[before] < at) {
            before++;
        }
        return at + before;
    }

    /** Whether {@code [start, end)} of the respaced text runs over a change. */
    boolean across(int start, int end) {
        for (int i = 0; i < inserted.length; i++) {
            int at = inserted[i] + i;
            if (at > start && at < end) {
                return true;
            }
        }
        for (int c : closed) {
            int at = forward(c);
            if (at > start && at < end) {
                return true;
            }
        }
        return false;
    }

    /** The offsets where a joiner was lost between two words of names, in order. */
    private static int[] points(String text, List<Token> tokens, Lexicon lexicon) {
        IntArray points = new IntArray(4);
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
                points.add(t.start() + p);
            }
        }
        return points.toArray();
    }

    /**
     * The offsets of the one space or joiner between a word and "Allah" after it where the two written as one are a
     * word of names (عبد الله, ABDULLAH), in order.
     */
    private static int[] allahApart(String text, List<Token> tokens, Lexicon lexicon) {
        IntArray closed = new IntArray(4);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (next.start() != t.end() + 1 || !next.norm().equals(ALLAH) || !ScriptKeys.arabic(text.charAt(t.start()))
                    || text.charAt(t.end()) != ' ' && text.charAt(t.end()) != JOINER) {
                continue;
            }
            String joined = t.norm() + ALLAH;
            if (lexicon.id(joined) >= 0 || known(joined, lexicon, false)) {
                closed.add(t.end());
            }
        }
        return closed.toArray();
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
