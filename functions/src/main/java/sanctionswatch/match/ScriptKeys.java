package sanctionswatch.match;

/**
 * Keys that let a name written in Hangul or in Arabic script meet the name as the lists romanise it, word by word.
 * Each key is a lossy spelling both sides reduce to, prefixed so it never meets a word of another kind:
 *
 * <ul>
 *   <li>Korean: 김정은 is {@code ~kkim ~kjong ~kun}, and so is KIM, Jong Un. A Hangul syllable is romanised and both
 *       spellings folded to one consonant of each pair the systems write differently (g/k, d/t, b/p, j/ch, r/l) and
 *       one vowel of each (ŏ/o, ŭ/u): McCune–Reischauer as OFAC writes it (CHOE Ryong Hae, PAK To Chun, JU Kyu
 *       Chang) and Revised Romanization (Choe Ryonghae, Bak Do-chun) alike.</li>
 *   <li>Arabic and Persian: حسن نصرالله is {@code ~ahsn ~ansrlh}, and so is NASRALLAH, Hasan. The consonants only,
 *       each Arabic letter as the Latin one the lists use for it (ق and ك as k, خ as kh, ش as sh, ث as th), the
 *       article al- and the short and long vowels left out, since Arabic script writes no short vowels and the lists
 *       write them in several ways (Qasem, Qassim); ي and و before a long a are the consonants y and w (إياد and Iyad
 *       are both {@code ~ayd}).</li>
 * </ul>
 */
final class ScriptKeys {
    static final String KOREAN = "~k";
    static final String ARABIC = "~a";
    /**
     * The Arabic keys of Russia's and Belarus's people, apart from the Arabic-speaking world's: Persian and Arabic
     * news write them by their consonants (میخائیل فریدمن, FRIDMAN, Mikhail), but their names in Latin letters are
     * not to be compared by consonants ({@code EntityMatcher.arabicInLatin} reads {@link #ARABIC} only).
     */
    static final String RUSSIAN_IN_ARABIC = "~r";

    private static final String[] INITIALS = {"k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j",
            "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIALS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private ScriptKeys() {}

    /** Whether the character is a Hangul syllable (김, 정, 은). */
    static boolean hangul(int cp) {
        return cp >= 0xAC00 && cp <= 0xD7A3;
    }

    /** The Korean key of a Hangul syllable ({@code "~kjong"} for 정), or null for any other character. */
    static String korean(int syllable) {
        if (!hangul(syllable)) {
            return null;
        }
        int s = syllable - 0xAC00;
        String roman = INITIALS[s / 588] + MEDIALS[(s % 588) / 28] + FINALS[s % 28];
        return KOREAN + koreanFold(roman);
    }

    /** The Korean key of a romanised word of a Korean name: "Jong" is {@code ~kjong}, "Chol" {@code ~kjor}. */
    static String korean(String latin) {
        return KOREAN + koreanFold(latin);
    }

    private static String koreanFold(String w) {
        String s = w.replace("ng", "N").replace("tch", "j").replace("ch", "j").replace("sh", "s").replace("eo", "o")
                .replace("eu", "u");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k = switch (c) {
                case 'g' -> 'k';
                case 'd' -> 't';
                case 'b' -> 'p';
                case 'l' -> 'r';
                case 'N' -> 'N';
                default -> c;
            };
            if (b.length() == 0 || b.charAt(b.length() - 1) != k || "aeiouy".indexOf(k) >= 0) {
                b.append(k);
            }
        }
        return b.toString().replace("N", "ng");
    }

    /** Whether the character is a letter of the Arabic script (Arabic, Persian, Urdu). */
    static boolean arabic(int cp) {
        return cp >= 0x0600 && cp <= 0x06FF || cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
    }

    /**
     * The Arabic key of a word in Arabic script ({@code ~ansrlh} for نصرالله), or null when it has no consonant left
     * or is not in that script. The article and the prefixes fused with it are dropped: البغدادي, والبغدادي and
     * بالبغدادي are all {@code ~abgdd}.
     */
    static String arabic(String word) {
        if (word.isEmpty() || !arabic(word.codePointAt(0))) {
            return null;
        }
        String w = word;
        if (w.length() > 4 && "وبفك".indexOf(w.charAt(0)) >= 0 && w.startsWith("ال", 1)) {
            w = w.substring(3);
        } else if (w.length() > 3 && (w.startsWith("ال") || w.startsWith("لل"))) {
            w = w.substring(2);
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String latin = switch (c) {
                case 'ب' -> "b";
                case 'ت', 'ث', 'ط' -> "t";
                case 'ج', 'چ' -> "j";
                case 'ح', 'ه' -> "h";
                case 'خ', 'ق', 'ك', 'ک' -> "k";
                case 'د', 'ذ', 'ض' -> "d";
                case 'ر' -> "r";
                case 'ز', 'ظ', 'ژ' -> "z";
                case 'س', 'ش', 'ص' -> "s";
                case 'غ', 'گ' -> "g";
                case 'ف' -> "f";
                case 'ل' -> "l";
                case 'م' -> "m";
                case 'ن' -> "n";
                case 'پ' -> "p";
                // و and ي are consonants at the start and before a long a (إياد Iyad, نواف Nawaf), vowels elsewhere.
                case 'و' -> i == 0 || longA(w, i + 1) ? "w" : "";
                case 'ي', 'ی', 'ى' -> i == 0 || longA(w, i + 1) ? "y" : "";
                default -> "";
            };
            appendConsonant(b, latin);
        }
        return b.length() == 0 ? null : ARABIC + b;
    }

    /**
     * The Arabic key of a folded Latin word of a name from the Arabic-speaking world or Iran: "Nasrallah" is {@code
     * ~ansrlh}, "Qaouk" {@code ~ak}, "Soleimani" {@code ~aslmn}; null for the article ("al", "el") and for a word with
     * no consonant.
     */
    static String arabicOfLatin(String folded) {
        if (folded.equals("al") || folded.equals("el") || folded.isEmpty()) {
            return null;
        }
        String w = folded.replace("kh", "k").replace("gh", "g").replace("sh", "s").replace("th", "t")
                .replace("dh", "d").replace("zh", "z").replace("ch", "j").replace("ph", "f");
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String latin = switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> "";
                case 'y' -> i == 0 || i + 1 < w.length() && w.charAt(i + 1) == 'a' ? "y" : "";
                case 'w', 'v' -> i == 0 || i + 1 < w.length() && w.charAt(i + 1) == 'a' ? "w" : "";
                case 'q', 'c' -> "k";
                case 'x' -> "ks";
                default -> c >= 'a' && c <= 'z' ? String.valueOf(c) : "";
            };
            appendConsonant(b, latin);
        }
        return b.length() == 0 ? null : ARABIC + b;
    }

    /** Whether the letter at {@code i} of an Arabic word is the long a: alif, alif maqsura or alif madda (يا, وا). */
    private static boolean longA(String w, int i) {
        return i < w.length() && (w.charAt(i) == 'ا' || w.charAt(i) == 'ى' || w.charAt(i) == 'آ');
    }

    /** Doubled consonants are written once: the shadda is not written, and lists write Hassan and Hasan. */
    private static void appendConsonant(StringBuilder b, String latin) {
        for (int k = 0; k < latin.length(); k++) {
            char c = latin.charAt(k);
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
    }
}
