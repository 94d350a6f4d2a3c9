package sanctionswatch.text;

import java.util.ArrayList;
import java.util.List;
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

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 6));
        int paragraph = 0;
        int sentence = 0;
        int n = text.length();
        int i = 0;
        StringBuilder word = new StringBuilder(32);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                if (cp == '\n') {
                    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).paragraph() == paragraph) {
                        paragraph++;
                        sentence++;
                    }
                } else if ((cp == '.' || cp == '!' || cp == '?') && endsSentence(text, i, tokens, sentence)
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
                tokens.add(new Token(new String(Character.toChars(HanVariants.simplified(cp))), i,
                        i + Character.charCount(cp), paragraph, sentence, true, false));
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            // A script without case (Arabic, Hebrew) cannot show a name by its capital: its words count as capitalised.
            boolean caseless = caseless(cp);
            boolean capitalised = Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)
                    || caseless;
            boolean upper = true;
            // Most words are plain ASCII letters and digits: read and fold them in one pass.
            int ascii = i;
            boolean anyUpper = false;
            while (ascii < n) {
                char c = text.charAt(ascii);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    upper &= c < 'a';
                } else if (c >= 'A' && c <= 'Z') {
                    anyUpper = true;
                } else {
                    break;
                }
                ascii++;
            }
            if (ascii > i && (ascii == n || !continuesWord(text, ascii))) {
                tokens.add(new Token(anyUpper ? lowerAscii(text, i, ascii) : text.substring(i, ascii), i, ascii,
                        paragraph, sentence, capitalised, upper));
                i = ascii;
                continue;
            }
            upper = !caseless;
            word.setLength(0);
            while (i < n) {
                int c = text.codePointAt(i);
                if (syllabic(c)) {
                    break;
                }
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    if (Character.isLowerCase(c)) {
                        upper = false;
                    }
                    word.appendCodePoint(c);
                    i += Character.charCount(c);
                    end = i;
                } else if (Normalizer.isApostrophe(c) && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
                    if (isPossessive(text, i + 1)) {
                        i += 2;
                        break;
                    }
                    i += Character.charCount(c);
                    if (!syllabic(text.codePointAt(i)) && ELISIONS.contains(Normalizer.fold(word))) {
                        // French and Italian write an article or preposition into the next word: "l’Ukraine",
                        // "d’Arkadi Rotenberg", "dell’Iran". The word is the one after it, with its own capital.
                        word.setLength(0);
                        start = i;
                        int next = text.codePointAt(i);
                        capitalised = Character.isUpperCase(next) || Character.isTitleCase(next);
                        upper = true;
                    }
                } else {
                    break;
                }
            }
            tokens.add(new Token(Normalizer.fold(word), start, end, paragraph, sentence, capitalised, upper));
        }
        return tokens;
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

    /** Whether the character at {@code at} (not an ASCII letter or digit) may still belong to the word. */
    private static boolean continuesWord(String text, int at) {
        int c = text.codePointAt(at);
        return !syllabic(c) && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Normalizer.isApostrophe(c));
    }

    private static String lowerAscii(String text, int from, int to) {
        char[] out = new char[to - from];
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    /** "'s" followed by something that is not a letter: "Russia's", "Kirby’s". */
    private static boolean isPossessive(String text, int at) {
        char s = text.charAt(at);
        if (s != 's' && s != 'S') {
            return false;
        }
        return at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1));
    }

    private static boolean endsSentence(String text, int at, List<Token> tokens, int sentence) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        if (last.end() != at || last.sentence() != sentence) {
            return false;
        }
        // An initial ("N. Korea", "U.S.") or a title ("Gen.") is not the end of a sentence.
        if (last.end() - last.start() == 1 && last.upper() || ABBREVIATIONS.contains(last.norm())) {
            return false;
        }
        int next = at + 1;
        return next >= text.length() || Character.isWhitespace(text.charAt(next))
                || text.charAt(next) == '"' || text.charAt(next) == '\u201D';
    }
}
