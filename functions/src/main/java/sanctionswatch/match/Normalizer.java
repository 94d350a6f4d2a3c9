package sanctionswatch.match;

import java.text.Normalizer.Form;

/** Folds names and words to the form they are compared in: compatibility-decomposed, no diacritics, lower case. */
public final class Normalizer {
    private Normalizer() {}

    /** Folds one word: {@code "Mkrtychev"}, {@code "MKRTYCHEV"} and {@code "Mkrtýchev"} all give {@code "mkrtychev"}. */
    public static String fold(CharSequence word) {
        if (isPlainAscii(word)) {
            return asciiLower(word);
        }
        String decomposed = java.text.Normalizer.normalize(word, Form.NFKD);
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
                default -> out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    /** Apostrophes and the marks used in their place; they never split a word ("O'Neill", "N'Djamena"). */
    static boolean isApostrophe(int cp) {
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
