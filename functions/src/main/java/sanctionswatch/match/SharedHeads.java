package sanctionswatch.match;

import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

import java.util.List;
import java.util.Set;

/**
 * Banks named by their proper words in a list under one head, as news names several at once: "Iran's banks Mellat,
 * Saderat and Sepah", "the Mellat, Saderat and Sepah banks", "بانک‌های ملت، صادرات و سپه", "البنوك ملت وصادرات",
 * "банки «Мелат» и «Садерат»", and the head written once before the first ("Bank Melli, Saderat and Sepah"). Each word alone is no name (SEPAH is the IRGC's alias; MELLAT is a bank's,
 * an insurer's and an Armenian subsidiary's word); with the head it is the bank's: BANK MELLAT, BANK SADERAT IRAN,
 * BANK SEPAH. The text is read again with the head written before each word ({@code EntityMatcher#find}), and the
 * banks so named stand at their words.
 *
 * <p>{@code SharedHeads.of(text, tokens)} is null for a text with no such list, as most are.
 */
final class SharedHeads {
    /** "Banks" in the languages of the corpus, as the tokenizer folds them (Cyrillic romanised: банки is banki). */
    private static final Set<String> PLURAL = Set.of("banks", "banques", "bancos", "banken", "banche", "banki",
            "bankov", "bankam", "bankakh", "bankami", "bankiv", "bankow", "البنوك", "بنوك", "المصارف", "مصارف",
            "بانکهای", "بانکها");
    /**
     * "Bank" before the first word of a list, as news writes the head once: "Bank Mellat, Saderat and Sepah", "بانک
     * ملی، صادرات، سپه و ملت". The first word has its head; the words after it are given it.
     */
    private static final Set<String> SINGULAR = Set.of("bank", "banque", "banco", "banca", "بانک", "بنك");
    /** Persian writes the plural بانک‌ها, its ezafe بانک‌های; a page that lost the joiner spaces it: بانک های. */
    private static final String PERSIAN_BANK = "بانک";
    private static final Set<String> PERSIAN_PLURAL_ENDINGS = Set.of("های", "ها");
    /** "And" between the words of a list; Arabic writes its و on the word after. */
    private static final Set<String> AND = Set.of("and", "et", "y", "e", "und", "i", "ta", "و");
    private static final char ARABIC_AND = 'و';
    /** Characters that may stand between the head and the words, and between the words: commas, quotes, spaces. */
    private static final String BETWEEN = " ,،«»\"“”„'‘’";
    /** Words of the list at most. */
    private static final int LONGEST = 8;

    private final String text;
    /** Offsets of the original where a head was written, in order, and the head written there. */
    private final int[] at;
    private final String head;
    /** Where each word of a list ends, in the original. */
    private final int[] ends;

    private SharedHeads(String text, int[] at, String head, int[] ends) {
        this.text = text;
        this.at = at;
        this.head = head;
        this.ends = ends;
    }

    /** The text with a head before each word of a list under a plural head, or null for a text with no such list. */
    static SharedHeads of(String text, List<Token> tokens, List<CountryMention> countries) {
        // Most texts name no bank: one search of the text for the heads' stems answers them, where looking each word
        // up in the sets was a tenth of the scan's time at C1 (the AFP story and the feed articles).
        if (!anyHead(text)) {
            return null;
        }
        IntArray starts = new IntArray(4);
        IntArray ends = new IntArray(4);
        char script = 0;
        for (int i = 0; i < tokens.size(); i++) {
            // Every head begins with b, or with ب, ا or م in Arabic script: other words are passed at one letter.
            String norm = tokens.get(i).norm();
            char letter = norm.isEmpty() ? ' ' : norm.charAt(0);
            if (letter != 'b' && letter != 'ب' && letter != 'ا' && letter != 'م') {
                continue;
            }
            int heads = headAt(tokens, i);
            if (heads == 0) {
                if (SINGULAR.contains(tokens.get(i).norm()) && i + 1 < tokens.size()) {
                    IntArray s = new IntArray(4);
                    IntArray e = new IntArray(4);
                    if (words(text, tokens, i + 1, 1, s, e, countries) > 0) {
                        for (int k = 1; k < s.size(); k++) {
                            starts.add(s.get(k));
                            ends.add(e.get(k));
                        }
                        script = text.charAt(tokens.get(i).start());
                    }
                }
                continue;
            }
            // The words after the head: "banks Mellat, Saderat and Sepah".
            // A state's word after the head is passed over: البنوك الإيرانية ملت ("the Iranian banks Mellat").
            int first = i + heads;
            while (first < tokens.size() && first < i + heads + 2 && state(tokens.get(first), countries)) {
                first++;
            }
            int found = words(text, tokens, first, 1, starts, ends, countries);
            if (found == 0 && i > 0) {
                // The words before it: "the Mellat, Saderat and Sepah banks".
                found = words(text, tokens, i - 1, -1, starts, ends, countries);
            }
            if (found > 0) {
                script = text.charAt(tokens.get(i).start());
            }
        }
        if (starts.size() == 0) {
            return null;
        }
        int[] at = starts.toArray();
        int[] end = ends.toArray();
        sortTogether(at, end);
        String head = ScriptKeys.arabic(script) ? (Respacing.persian(text) ? "بانک " : "بنك ")
                : Inflection.cyrillic(script) ? "банк " : "Bank ";
        StringBuilder b = new StringBuilder(text.length() + at.length * head.length());
        int from = 0;
        for (int p : at) {
            b.append(text, from, p).append(head);
            from = p;
        }
        return new SharedHeads(b.append(text, from, text.length()).toString(), at, head, end);
    }

    /** The stems of every head, as written (not folded): a text with none of them has no list under a head. */
    private static final String[] STEMS = {"bank", "Bank", "BANK", "banq", "Banq", "banc", "Banc", "банк", "Банк",
            "بانک", "بنك", "بنوك", "مصارف"};

    private static boolean anyHead(String text) {
        for (String stem : STEMS) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** How many tokens from {@code i} make a plural head: one, or two for a Persian plural spaced (بانک های); else 0. */
    private static int headAt(List<Token> tokens, int i) {
        String w = tokens.get(i).norm();
        if (PLURAL.contains(w)) {
            return 1;
        }
        return w.equals(PERSIAN_BANK) && i + 1 < tokens.size()
                && PERSIAN_PLURAL_ENDINGS.contains(tokens.get(i + 1).norm())
                && tokens.get(i + 1).sentence() == tokens.get(i).sentence() ? 2 : 0;
    }

    /**
     * The words of a list from token {@code i} on, in {@code step}'s direction, added to {@code starts} and {@code
     * ends} where there are two or more of them; how many were added.
     */
    private static int words(String text, List<Token> tokens, int i, int step, IntArray starts, IntArray ends,
                             List<CountryMention> countries) {
        int sentence = tokens.get(i - (step > 0 ? 1 : -1)).sentence();
        IntArray s = new IntArray(4);
        IntArray e = new IntArray(4);
        boolean joined = true;
        boolean and = false;
        // A list has "and" before its last word, where it ends: "ملی، سیمان مازندران" (Melli, Mazandaran Cement) is
        // no list of banks.
        int last = -1;
        for (int k = i; k >= 0 && k < tokens.size() && s.size() < LONGEST; k += step) {
            Token t = tokens.get(k);
            if (t.sentence() != sentence) {
                break;
            }
            Token before = step > 0 ? tokens.get(k - 1) : k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (before == null || !between(text, step > 0 ? before.end() : t.end(),
                    step > 0 ? t.start() : before.start())) {
                break;
            }
            if (AND.contains(t.norm())) {
                joined = true;
                and = true;
                continue;
            }
            // A state's word is no bank's: "Iranian and Syrian banks".
            if (state(t, countries)) {
                break;
            }
            if (!joined && !comma(text, step > 0 ? before.end() : t.end(), step > 0 ? t.start() : before.start())) {
                break;
            }
            char first = text.charAt(t.start());
            int start = t.start();
            if (ScriptKeys.arabic(first)) {
                if (first == ARABIC_AND && t.end() - t.start() > 3) {
                    start++;
                    and = true;
                }
            } else if (!t.capitalised() || t.upper() && t.end() - t.start() < 3) {
                break;
            }
            // Read backwards from the head, "and" stands after the first word read: "..., Saderat and Sepah banks".
            if (and && (step > 0 ? s.size() > 0 : s.size() == 1)) {
                last = s.size();
            }
            s.add(start);
            e.add(t.end());
            joined = false;
            and = false;
        }
        if (last < 1) {
            return 0;
        }
        if (step < 0) {
            last = s.size() - 1;
        }
        for (int k = 0; k <= last; k++) {
            starts.add(s.get(k));
            ends.add(e.get(k));
        }
        return last + 1;
    }

    /** Whether a country's name or word covers the token. */
    private static boolean state(Token t, List<CountryMention> countries) {
        for (CountryMention c : countries) {
            if (c.start() < t.end() && t.start() < c.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean between(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (BETWEEN.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean comma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == '،') {
                return true;
            }
        }
        return false;
    }

    private static void sortTogether(int[] a, int[] b) {
        for (int i = 1; i < a.length; i++) {
            for (int j = i; j > 0 && a[j - 1] > a[j]; j--) {
                int t = a[j];
                a[j] = a[j - 1];
                a[j - 1] = t;
                t = b[j];
                b[j] = b[j - 1];
                b[j - 1] = t;
            }
        }
    }

    /** The text with the heads written. */
    String text() {
        return text;
    }

    /** How many words of lists there are. */
    int size() {
        return at.length;
    }

    /** Where the head before word {@code k} starts in the text with the heads. */
    int headStart(int k) {
        return at[k] + k * head.length();
    }

    /** Where word {@code k} ends in the text with the heads. */
    int wordEnd(int k) {
        return ends[k] + (k + 1) * head.length();
    }

    /** Where word {@code k} starts in the original. */
    int start(int k) {
        return at[k];
    }

    /** Where word {@code k} ends in the original. */
    int end(int k) {
        return ends[k];
    }

    /** The offset in the text with the heads of offset {@code o} of the original. */
    int forward(int o) {
        int before = 0;
        while (before < at.length && at[before] <= o) {
            before++;
        }
        return o + before * head.length();
    }
}
