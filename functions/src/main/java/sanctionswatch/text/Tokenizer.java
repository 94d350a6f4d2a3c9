package sanctionswatch.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Splits text into words with their offsets, paragraphs and sentences. Letters and digits make words; apostrophes
 * stay inside a word ("O'Neill") but a possessive "'s" is dropped ("Russia's" is "Russia"), and so is an elided
 * French or Italian article ("l’Ukraine" is "Ukraine"); hyphens, dots and all other marks split words ("Kim Jong-un"
 * is three words, as the list writes "KIM, Jong Un").
 */
public final class Tokenizer {
    /** Abbreviations whose dot does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt",
            "capt", "gov", "sen", "rep", "st", "no", "co", "inc", "ltd", "corp", "jr", "sr", "prof", "vs", "etc",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /**
     * The elided words of French and Italian that stand before an apostrophe at the start of a word (folded). "O'Neill"
     * and "N'Djamena" keep theirs, as English and the lists do: only these are cut off.
     */
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "qu", "jusqu", "lorsqu", "puisqu", "dell",
            "dall", "nell", "sull", "all", "coll", "quell", "un");

    private Tokenizer() {}

    /**
     * Whether {@code c} is a letter Persian writes and Arabic has not: پ چ ژ گ. A text with one is Persian. Not
     * Persian's own ی and ک: an Arabic story may have one typed by mistake among its ي and ك (البنك المركزي السوري
     * beside a stray ک, in a story of the corpus), and no Arabic story of the corpus has any of the four.
     */
    public static boolean persianLetter(char c) {
        return c == '\u067e' || c == '\u0686' || c == '\u0698' || c == '\u06af';
    }

    /**
     * The words of {@code text}, in order: {@code tokenize("Russia’s Wagner Group, Wagner")} gives {@code russia}
     * (0–6), {@code wagner} (9–15), {@code group} (16–21) and {@code wagner} (23–29), numbered 0, 1, 2 and 1: a word's
     * repetitions share its number ({@link Token#word}) and its folded {@code String}, kept once in the text's table of
     * distinct words ({@link Tokens#numbered}).
     */
    public static Tokens tokenize(String text) {
        return new Pass(text).tokens();
    }

    /**
     * One text being split: its characters read from an array (a {@code String}'s {@code charAt} checks its coding
     * and its bounds on every call, an eighth of a profile of the scan at C1, the level Lambda runs: bench/README.md),
     * the tokens so far, and the distinct folded words met, each a number and one {@code String} however often the
     * text repeats it (the AFP story of {@code events/} has 516 words, 242 of them distinct). Made by {@link
     * #tokenize} for each text and dropped with it.
     */
    private static final class Pass {
        private final char[] cs;
        private final int n;
        private Token[] tokens;
        private int count;
        private int paragraph;
        private int sentence;
        /** The folded word being read. */
        private char[] scratch = new char[32];
        /** The distinct words: their characters one after another, where each ends, their strings and hashes. */
        private char[] pool;
        private int[] poolEnd;
        private String[] strings;
        private int[] hashes;
        private int distinct;
        /** hash (high 32 bits) and number + 1 (low 32 bits) of each distinct word; 0 marks a free slot. */
        private long[] slots;
        /** The highest first character of a word so far ({@link Tokens#anyFrom}). */
        private char highestFirst;
        /** The highest character read in a word so far, past ASCII ({@link Tokens#anyLetterFrom}). */
        private char highestInWords;
        /** Whether the text is Persian ({@link #persian}): 0 not asked yet, 1 yes, -1 no. */
        private int persian;

        /**
         * Sizes the arrays for the text at once rather than growing and rehashing them word by word (a ninth of the
         * tokenizer's samples at C1 before: bench/README.md): news runs at about a word in six characters and a
         * distinct word in 13 (the AFP story: 3,230 characters, 516 words, 242 distinct). The guess of distinct words
         * stops at 4,096: a long text repeats its vocabulary, and the arrays grow past it if need be. The floors are
         * a name's: the matcher tokenizes the list's names one by one (its given names, made from every name of every
         * person the first time a text asks, 10 to 12 s at C2 with the 3M-name list), and floors of 16 tokens and 64
         * distinct words zeroed 3.6 KB of arrays for each.
         */
        /** Whether single line ends are spaces ({@link #hardWrapped}). */
        private final boolean wrapped;

        Pass(String text) {
            this.cs = text.toCharArray();
            this.n = cs.length;
            this.tokens = new Token[Math.max(4, n / 6)];
            int distinctGuess = Math.min(4096, Math.max(8, n / 8));
            this.pool = new char[distinctGuess * 6];
            this.poolEnd = new int[distinctGuess];
            this.strings = new String[distinctGuess];
            this.hashes = new int[distinctGuess];
            this.slots = new long[Integer.highestOneBit(distinctGuess) * 4];
            this.wrapped = hardWrapped(cs);
        }

        /**
         * Whether the text is wrapped at a line length, its paragraphs apart by blank lines: three line ends or more
         * inside a sentence, a lower-case letter or comma before and a lower-case letter after ("the\npanel said").
         * Its single line ends are then spaces, so that a name runs across them ("the Reconnaissance General\nBureau").
         */
        private static boolean hardWrapped(char[] cs) {
            int wraps = 0;
            for (int i = 1; i + 1 < cs.length; i++) {
                if (cs[i] == '\n' && (cs[i - 1] >= 'a' && cs[i - 1] <= 'z' || cs[i - 1] == ',')
                        && cs[i + 1] >= 'a' && cs[i + 1] <= 'z' && ++wraps >= 3) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the line end at {@code i} ends a blank line too, or starts one: a paragraph's end. */
        private boolean blankLineAt(int i) {
            for (int k = i + 1; k < n && cs[k] != '\n'; k++) {
                if (cs[k] != ' ' && cs[k] != '\r' && cs[k] != '\t') {
                    return false;
                }
            }
            return true;
        }

        Tokens tokens() {
            char[] cs = this.cs;
            int n = this.n;
            int i = 0;
            StringBuilder word = new StringBuilder(32);
            while (i < n) {
                char ch = cs[i];
                int cp = Character.isHighSurrogate(ch) ? Character.codePointAt(cs, i) : ch;
                if (!(cp < 0x80 ? asciiLetterOrDigit(ch) : Character.isLetterOrDigit(cp))) {
                    if (cp == '\n') {
                        if (count > 0 && tokens[count - 1].paragraph() == paragraph
                                && (!wrapped || blankLineAt(i))) {
                            paragraph++;
                            sentence++;
                        }
                    } else if ((cp == '.' || cp == '!' || cp == '?') && endsSentence(i)
                            || cp == '\u3002' || cp == '\uFF01' || cp == '\uFF1F' || cp == '\u061F') {
                        sentence++;
                    }
                    i += Character.charCount(cp);
                    continue;
                }
                if (syllabic(cp)) {
                    // Chinese, Japanese and Korean run words together ("김정은이", "朝鲜与俄罗斯"): each syllable or
                    // character is a word of its own, and names are sequences of them. No case tells a name there.
                    // A traditional character is read as its simplified form (國 as 国), as the lists write them.
                    int length = Character.toChars(HanVariants.simplified(cp), scratch, 0);
                    highestInWords = (char) Math.max(highestInWords, Math.min(cp, Character.MAX_VALUE));
                    add(length, hash(scratch, length), null, i, i + Character.charCount(cp), true, false);
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                int end = i;
                // A script without case (Arabic, Hebrew) cannot show a name by its capital: its words count as
                // capitalised.
                boolean caseless = caseless(cp);
                boolean capitalised = Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)
                        || caseless;
                boolean upper = true;
                // Most words are plain ASCII letters and digits: read, fold and hash them in one pass.
                int ascii = i;
                int hash = 0;
                while (ascii < n) {
                    char c = cs[ascii];
                    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                        upper &= c < 'a';
                    } else if (c >= 'A' && c <= 'Z') {
                        c += 32;
                    } else {
                        break;
                    }
                    int k = ascii - i;
                    if (k == scratch.length) {
                        scratch = Arrays.copyOf(scratch, k * 2);
                    }
                    scratch[k] = c;
                    hash = 31 * hash + c;
                    ascii++;
                }
                if (ascii > i && (ascii == n || !continuesWord(ascii))) {
                    add(ascii - i, hash, null, i, ascii, capitalised, upper);
                    i = ascii;
                    continue;
                }
                upper = !caseless;
                word.setLength(0);
                while (i < n) {
                    int c = Character.codePointAt(cs, i);
                    if (syllabic(c)) {
                        break;
                    }
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                        if (Character.isLowerCase(c)) {
                            upper = false;
                        }
                        highestInWords = (char) Math.max(highestInWords, Math.min(c, Character.MAX_VALUE));
                        word.appendCodePoint(c);
                        i += Character.charCount(c);
                        end = i;
                    } else if (Normalizer.isApostrophe(c) && i + 1 < n
                            && Character.isLetter(Character.codePointAt(cs, i + 1))) {
                        if (isPossessive(i + 1)) {
                            i += 2;
                            break;
                        }
                        i += Character.charCount(c);
                        if (!syllabic(Character.codePointAt(cs, i)) && ELISIONS.contains(Normalizer.fold(word))) {
                            // French and Italian write an article or preposition into the next word: "l’Ukraine",
                            // "d’Arkadi Rotenberg", "dell’Iran". The word is the one after it, with its own capital.
                            word.setLength(0);
                            start = i;
                            int next = Character.codePointAt(cs, i);
                            capitalised = Character.isUpperCase(next) || Character.isTitleCase(next);
                            upper = true;
                        }
                    } else {
                        break;
                    }
                }
                if (arabicYehOrKaf(word) && persian()) {
                    // Persian typed on an Arabic keyboard writes Arabic's ي and ك for its own ی and ک, often in the
                    // same text as them ("بانک ملي ايران", Bank Melli Iran, in a story of آريا): read as Persian's,
                    // the words meet the Persian names and countries of the tables (آمريکا is آمریکا, the US).
                    persianLetters(word);
                }
                String folded = Normalizer.fold(word);
                int length = folded.length();
                if (length > scratch.length) {
                    scratch = new char[length];
                }
                folded.getChars(0, length, scratch, 0);
                add(length, folded.hashCode(), folded, start, end, capitalised, upper);
            }
            return new Tokens(tokens, count, pool, poolEnd, hashes, distinct, highestFirst, highestInWords);
        }

        /** Whether the text has a letter only Persian writes ({@link #persianLetter}), read the first time asked. */
        private boolean persian() {
            if (persian == 0) {
                persian = -1;
                for (char c : cs) {
                    if (persianLetter(c)) {
                        persian = 1;
                        break;
                    }
                }
            }
            return persian > 0;
        }

        private static boolean arabicYehOrKaf(StringBuilder word) {
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (c == '\u064a' || c == '\u0643') {
                    return true;
                }
            }
            return false;
        }

        /** Arabic's ي and ك in {@code word} as Persian's ی and ک. */
        private static void persianLetters(StringBuilder word) {
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (c == '\u064a') {
                    word.setCharAt(k, '\u06cc');
                } else if (c == '\u0643') {
                    word.setCharAt(k, '\u06a9');
                }
            }
        }

        /**
         * Adds the token whose folded word is the first {@code length} characters of {@code scratch} (hash {@code
         * hash}, as {@link String#hashCode} computes it; {@code folded} the word as a string, or null), numbering the
         * word or finding the number it already has.
         */
        private void add(int length, int hash, String folded, int start, int end, boolean capitalised,
                         boolean upper) {
            int mask = slots.length - 1;
            int s = spread(hash) & mask;
            for (long slot; (slot = slots[s]) != 0; s = (s + 1) & mask) {
                if ((int) (slot >>> 32) == hash) {
                    int w = (int) slot - 1;
                    if (sameWord(w, length)) {
                        append(new Token(strings[w], start, end, paragraph, sentence, capitalised, upper, w));
                        return;
                    }
                }
            }
            int w = distinct++;
            String norm = folded != null ? folded : new String(scratch, 0, length);
            int from = w == 0 ? 0 : poolEnd[w - 1];
            if (from + length > pool.length) {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + length));
            }
            System.arraycopy(scratch, 0, pool, from, length);
            if (w == poolEnd.length) {
                poolEnd = Arrays.copyOf(poolEnd, w * 2);
                strings = Arrays.copyOf(strings, w * 2);
                hashes = Arrays.copyOf(hashes, w * 2);
            }
            poolEnd[w] = from + length;
            strings[w] = norm;
            hashes[w] = hash;
            slots[s] = ((long) hash << 32) | (w + 1L);
            if (distinct * 2 > slots.length) {
                rehash();
            }
            append(new Token(norm, start, end, paragraph, sentence, capitalised, upper, w));
        }

        private void append(Token t) {
            highestFirst = (char) Math.max(highestFirst, cs[t.start()]);
            if (count == tokens.length) {
                tokens = Arrays.copyOf(tokens, count * 2);
            }
            tokens[count++] = t;
        }

        private boolean sameWord(int w, int length) {
            int from = w == 0 ? 0 : poolEnd[w - 1];
            if (poolEnd[w] - from != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (pool[from + k] != scratch[k]) {
                    return false;
                }
            }
            return true;
        }

        private void rehash() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long slot : old) {
                if (slot != 0) {
                    int s = spread((int) (slot >>> 32)) & mask;
                    while (slots[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    slots[s] = slot;
                }
            }
        }

        /** Whether the character at {@code at} (not an ASCII letter or digit) may still belong to the word. */
        private boolean continuesWord(int at) {
            char ch = cs[at];
            if (ch < 0x80) {
                // No ASCII mark other than the apostrophes continues a word.
                return ch == '\'' || ch == '`';
            }
            int c = Character.codePointAt(cs, at);
            return !syllabic(c) && (Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK || Normalizer.isApostrophe(c));
        }

        /** "'s" followed by something that is not a letter: "Russia's", "Kirby’s". */
        private boolean isPossessive(int at) {
            char s = cs[at];
            if (s != 's' && s != 'S') {
                return false;
            }
            return at + 1 >= n || !Character.isLetterOrDigit(cs[at + 1]);
        }

        private boolean endsSentence(int at) {
            if (count == 0) {
                return false;
            }
            Token last = tokens[count - 1];
            if (last.end() != at || last.sentence() != sentence) {
                return false;
            }
            // An initial ("N. Korea", "U.S.") or a title ("Gen.") is not the end of a sentence.
            if (last.end() - last.start() == 1 && last.upper() || ABBREVIATIONS.contains(last.norm())) {
                return false;
            }
            int next = at + 1;
            return next >= n || Character.isWhitespace(cs[next]) || cs[next] == '"' || cs[next] == '\u201D';
        }
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static int hash(char[] chars, int length) {
        int h = 0;
        for (int k = 0; k < length; k++) {
            h = 31 * h + chars[k];
        }
        return h;
    }

    /** Strings' hashes differ mostly in their low bits only for short words: mix the high bits in. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** A letter of a script without case (Arabic, Hebrew, Han, Hangul); ASCII is turned away at once. */
    public static boolean caseless(int cp) {
        return cp >= 0x80 && Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isLowerCase(cp)
                && !Character.isTitleCase(cp);
    }

    /** A Hangul syllable, a Han character or kana: a word of its own. */
    static boolean syllabic(int cp) {
        if (cp < 0x3040) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

}
