package sanctionswatch.text;

import java.text.Normalizer.Form;

/**
 * Folds names and words to the form they are compared in: compatibility-decomposed, no diacritics, lower case, Latin
 * letters. Cyrillic is romanised as OFAC romanises Russian names (BGN/PCGN without diacritics: Мкртычев is mkrtychev,
 * Путин is putin), and a Cyrillic letter inside a Latin word is read as the Latin letter it looks like (a homoglyph:
 * "Сhina" with a Cyrillic С is "china").
 */
public final class Normalizer {
    private static final String[] CYRILLIC = new String[0x500 - 0x400];
    private static final String HOMOGLYPHS_FROM = "АВЕКМНОРСТУХаеорсуіхјѕԁ";
    private static final String HOMOGLYPHS_TO = "abekmhopctyxaeopcyixjsd";

    static {
        String[][] table = {{"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"},
                {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"},
                {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"},
                {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"},
                {"ю", "yu"}, {"я", "ya"}, {"і", "i"}, {"ї", "yi"}, {"є", "ye"}, {"ґ", "g"}, {"ў", "u"}, {"ј", "j"},
                {"љ", "lj"}, {"њ", "nj"}, {"ћ", "c"}, {"ђ", "dj"}, {"џ", "dz"}, {"ѕ", "dz"}};
        for (String[] t : table) {
            char lower = t[0].charAt(0);
            CYRILLIC[lower - 0x400] = t[1];
            CYRILLIC[Character.toUpperCase(lower) - 0x400] = t[1];
        }
    }

    private Normalizer() {}

    /** Folds one word: {@code "Mkrtychev"}, {@code "MKRTYCHEV"}, {@code "Mkrtýchev"} and {@code "Мкртычев"} all give {@code "mkrtychev"}. */
    public static String fold(CharSequence word) {
        if (isPlainAscii(word)) {
            return asciiLower(word);
        }
        // Romanised before decomposition, which would split й into и and a breve.
        String decomposed = java.text.Normalizer.normalize(romanised(homoglyphs(word)), Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || isApostrophe(cp)) {
                continue;
            }
            switch (cp) {
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'ø', 'Ø' -> out.append('o');
                case 'đ', 'Đ' -> out.append('d');
                case 'ł', 'Ł' -> out.append('l');
                case 'ı' -> out.append('i');
                case 'þ', 'Þ' -> out.append("th");
                // The Arabic tatweel, a stroke that stretches a word in display and no letter: لـحزب is لحزب.
                case '\u0640' -> { }
                default -> out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    private static CharSequence romanised(CharSequence word) {
        StringBuilder out = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String roman = c >= 0x400 && c < 0x500 ? CYRILLIC[c - 0x400] : null;
            if (roman != null && out == null) {
                out = new StringBuilder(word.length() + 8).append(word, 0, i);
            }
            if (out != null) {
                out.append(roman != null ? roman : String.valueOf(c));
            }
        }
        return out == null ? word : out;
    }

    /** A word mixing Latin and Cyrillic letters has its Cyrillic look-alikes read as Latin. */
    private static CharSequence homoglyphs(CharSequence word) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(word.charAt(i));
            latin |= s == Character.UnicodeScript.LATIN;
            cyrillic |= s == Character.UnicodeScript.CYRILLIC;
        }
        if (!latin || !cyrillic) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = HOMOGLYPHS_FROM.indexOf(c);
            out.append(at >= 0 ? HOMOGLYPHS_TO.charAt(at) : c);
        }
        return out;
    }

    /** Apostrophes and the marks used in their place; they never split a word ("O'Neill", "N'Djamena"). */
    public static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`' || cp == '\u00B4';
    }

    private static boolean isPlainAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '\'' || c == '`') {
                return false;
            }
        }
        return true;
    }

    private static String asciiLower(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }
}
