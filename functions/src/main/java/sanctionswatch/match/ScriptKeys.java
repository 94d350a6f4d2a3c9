package sanctionswatch.match;

import sanctionswatch.text.Tsv;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keys that let a name written in Hangul, Arabic script, Chinese characters or katakana meet the name as the lists
 * romanise it, word by word.
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
 *   <li>Foreign names Korean and Chinese write by their sound ({@link #foreignInHangul}, {@link #foreignInHan},
 *       and the list's side {@link #foreignOfLatin}): their sounds in a few classes, one of a run of the same class,
 *       as neither script tells apart what the romanisations do (sh, ch, zh, ts and j; r and l). Hangul by
 *       consonants and vowels, without the vowel Korean adds after a final consonant: 이고리 세친 is {@code IkOlI
 *       sEsIn}, SECHIN, Igor {@code IkOl sEsIn} (a last i after l is the Russian soft sign), 밀레르 (mil-le-reu) and
 *       Miller {@code mIlEl}. Chinese characters by consonants only, as a character's vowel is often one the name
 *       has not: 梅德韦杰夫 (me-d-ve-de-v) and Medvedev are {@code mtvtv}. Katakana by Hepburn's letters, read as
 *       Hangul is, without the vowels Japanese adds after a consonant ({@link #foreignInKana}): ロゴジン and ROGOZIN
 *       are {@code lOkOsIn}, ラザルス and Lazarus {@code lAsAls}.</li>
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
    /**
     * The keys of the Arabic-speaking world's and Iran's people as Russian and Ukrainian write them ({@link
     * #arabicInCyrillic}): by other classes than the Arabic script's, as Cyrillic х is h and kh alike.
     */
    static final String ARABIC_IN_CYRILLIC = "~c";
    /**
     * The keys of North Korea's people in Arabic script ({@link #koreanInArabic}), apart from the Arabic-speaking
     * world's: their romanised syllables are compared by other classes than Arabic names' are.
     */
    static final String KOREAN_IN_ARABIC = "~q";

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
        // McCune-Reischauer's aspirates as some lists write them, with an h for the apostrophe (UNPHA for 은파, Ŭnp'a),
        // are the plain consonant's key, as the apostrophe is dropped.
        String s = w.replace("ng", "N").replace("tch", "j").replace("ch", "j").replace("sh", "s").replace("eo", "o")
                .replace("eu", "u").replace("ph", "p").replace("th", "t").replace("kh", "k");
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
        // A final n before an initial g reads "ng" in a romanisation without McCune-Reischauer's apostrophe (은금 is
        // "Ungum", KOREA UNGUM CORPORATION, not "Un'gum"), as a final ng before a vowel does (룡악, "Ryongak"): both
        // one key, ng.
        return NK_BEFORE_VOWEL.matcher(b.toString().replace("N", "ng")).replaceAll("ng");
    }

    private static final Pattern NK_BEFORE_VOWEL = Pattern.compile("nk(?=[aeiou])");

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
        if (HUSAYN_IN_ARABIC.matcher(w).matches()) {
            return ARABIC + "hsyn";
        }
        if (w.equals("محمود")) {
            return ARABIC + MAHMUD;
        }
        return b.length() == 0 ? null : ARABIC + b;
    }

    /**
     * The Arabic key of a word in Arabic script as Persian sounds its letters, or null where that is its own key
     * ({@link #arabic(String)}) or it has none: ض and ذ are z and ث s (رضا is Reza, MOHAMMAD REZA ZAHEDI, where
     * Arabic reads Rida); ق is the gh of غ, which Iran's names in Latin letters write for both (بازقندی BAZGHANDI,
     * اقتصاد EGHTESAD, محققی MOHAGHEGHI); and a و after ا is the consonant v (کشاورزی, KESHAVARZI), where Arabic's
     * would be a vowel.
     */
    static String persian(String word) {
        StringBuilder read = new StringBuilder(word.length());
        boolean changed = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char r = switch (c) {
                case 'ض', 'ذ' -> 'ز';
                case 'ث' -> 'س';
                case 'ق' -> 'غ';
                default -> c;
            };
            if (c == 'و' && i > 1 && word.charAt(i - 1) == 'ا' && i + 1 < word.length()) {
                // arabic() keeps و as a consonant only before a long a (نواف, Nawaf): an ا after it reads it so.
                read.append(c).append('ا');
                changed = true;
                continue;
            }
            changed |= r != c;
            read.append(r);
        }
        return changed ? arabic(read.toString()) : null;
    }

    /**
     * The consonants of a word in Arabic script that its key ({@link #arabic}) does not keep, as the lists' romanised
     * names drop them: the ع of Ali (علي, علی), one; none elsewhere. Other words' ع are too many ordinary words' (بعض,
     * "some", is no name's word), and على ("on") has Ali's key.
     */
    static int unkeyed(String word) {
        return word.equals("علي") || word.equals("علی") ? 1 : 0;
    }

    /**
     * The key of a word in Arabic script of a Russian or Belarusian name ({@link #RUSSIAN_IN_ARABIC}), or null when it
     * has no consonant left or is not in that script: Arabic and Persian write Russia's sounds with letters of their
     * own, so the key reads them by classes of its own, which {@link #russianOfLatin} reads the list's spelling by.
     * ش, تش and چ are one (sh, ch: شيميزوف and Persian چمزوف are CHEMEZOV); ج, غ, گ and ژ one (g, zh: سيرغي and Persian
     * سرگئی are SERGEI); ب and پ one (بيسكوف, PESKOV), as Arabic has no p; and v is no consonant at all, as Arabic
     * writes it ف (لافروف) and Persian و (لاوروف), which is a vowel too.
     */
    static String russianInArabic(String word) {
        if (word.isEmpty() || !arabic(word.codePointAt(0))) {
            return null;
        }
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String latin = switch (c) {
                case 'ب', 'پ' -> "b";
                // تش is ch as Arabic writes it beside ش alone (سيتشين, SECHIN; شيميزوف, CHEMEZOV).
                case 'ت' -> i + 1 < word.length() && word.charAt(i + 1) == 'ش' ? "" : "t";
                case 'ط' -> "t";
                case 'ث', 'س', 'ص' -> "s";
                case 'ش', 'چ' -> "x";
                case 'ج', 'غ', 'گ', 'ژ' -> "g";
                case 'ح', 'ه' -> "h";
                case 'خ', 'ق', 'ك', 'ک' -> "k";
                case 'د', 'ض' -> "d";
                case 'ذ', 'ز', 'ظ' -> "z";
                case 'ر' -> "r";
                case 'ل' -> "l";
                case 'م' -> "m";
                case 'ن' -> "n";
                case 'ي', 'ی', 'ى' -> i == 0 || longA(word, i + 1) ? "y" : "";
                default -> "";
            };
            appendConsonant(b, latin);
        }
        return b.length() == 0 ? null : RUSSIAN_IN_ARABIC + b;
    }

    /**
     * The key of a folded word of a Russian or Belarusian name as the lists romanise it, by the classes of {@link
     * #russianInArabic}: "Chemezov" and شيميزوف are {@code ~rxmz}, "Sergei" and سيرغي {@code ~rsrg}, "Lavrov" and
     * لاوروف {@code ~rlr}; null for a word with no consonant.
     */
    static String russianOfLatin(String folded) {
        // Sh and ch as X while read, apart from x, which is ks.
        String w = folded.replace("shch", "X").replace("sch", "X").replace("sh", "X").replace("ch", "X")
                .replace("kh", "k").replace("dzh", "g").replace("zh", "g").replace("ph", "f");
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String latin = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'v', 'f', 'w' -> "";
                case 'y' -> i == 0 || beforeA(w, i) ? "y" : "";
                case 'p' -> "b";
                case 'j' -> "g";
                case 'q', 'c' -> "k";
                case 'X' -> "x";
                // Alexander, Alexey: ks, as الکساندر writes it.
                case 'x' -> "ks";
                default -> c >= 'a' && c <= 'z' ? String.valueOf(c) : "";
            };
            appendConsonant(b, latin);
        }
        return b.length() == 0 ? null : RUSSIAN_IN_ARABIC + b;
    }

    /**
     * The Arabic key of a word in Arabic script as a romanisation's digraphs read it, or null where that is its own
     * key ({@link #arabic(String)}) or it is not in that script. A romanisation writes ح or ه after د, ت, ك, س, ز and
     * their emphatic pairs as an h beside a d, t, k, s or z, a digraph {@link #arabicOfLatin} reads as one letter:
     * أدهم is "Adham", d-m as the lists' spelling is, not d-h-m; إسحاق "Ishaq", s-k. And ظ is the dh Iraqi names are
     * written with, which reads d: كاظم is "Kadhim", k-d-m. Where {@code article}, a family name of the article and a
     * nisba's final ي keeps the article, as a list writing it joined to the name does: السكيني is "ALSKENI", l-s-k-n;
     * any other word is null then (a noun with the article stays without it: القائد, "the commander", is no ALAQAD).
     */
    static String arabicAsDigraphs(String word, boolean article) {
        if (word.isEmpty() || !arabic(word.codePointAt(0)) || article && !nisbaWithArticle(word)) {
            // Asked with the article first and then without it: the first answer is the second's but for a nisba
            // with its article, and is not worked out twice.
            return null;
        }
        StringBuilder read = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c == 'ح' || c == 'ه') && i > 0 && "دتكکسزصطض".indexOf(word.charAt(i - 1)) >= 0) {
                continue;
            }
            read.append(c == 'ظ' ? 'د' : c);
        }
        if (article) {
            String name = arabic(read.substring(2));
            return name == null ? null : name.startsWith("l", ARABIC.length()) ? name
                    : ARABIC + "l" + name.substring(ARABIC.length());
        }
        return read.length() == word.length() && word.indexOf('ظ') < 0 ? null : arabic(read.toString());
    }

    /** A word of the article and a nisba's final ي: السكيني, البغدادي. */
    private static boolean nisbaWithArticle(String word) {
        char last = word.charAt(word.length() - 1);
        return word.length() > 3 && word.startsWith("ال") && (last == 'ي' || last == 'ی');
    }

    /**
     * Husayn and Hasan, the commonest pair of names consonants alone do not tell apart (حسين, حسن: both h-s-n), each
     * as its own key, so that حسين طباجة is not TABAJA, Hassan nor حسين الخليل KHALIL, Hassan: in Arabic script
     * the ي between s and n; in Latin letters an o or u first, then a vowel between s and n (Husayn, Hussein,
     * Hossein, Husain, al-Husseini; not Hasan, Hassan, Hosni).
     */
    private static final Pattern HUSAYN_IN_ARABIC = Pattern.compile("حس[يی]ن[يی]?");
    private static final Pattern HUSAYN_IN_LATIN = Pattern.compile("h[ou]s+[aeiy]+ni?");

    /**
     * Mahmud and Muhammad, the other such pair (محمود, محمد: both m-h-m-d), apart: in Arabic script the و before the
     * d; in Latin letters ou, u or oo before it after an a or e (Mahmoud, Mahmud, Mahmood; not Muhammad, Mohamed),
     * so that محمد أحمد is not AHMADINEJAD, Mahmoud.
     */
    private static final String MAHMUD = "mhmwd";
    private static final Pattern MAHMUD_IN_LATIN = Pattern.compile("m[ae]h?m(ou|u|oo)d");

    /**
     * The Arabic key of a folded Latin word of a name from the Arabic-speaking world or Iran: "Nasrallah" is {@code
     * ~ansrlh}, "Qaouk" {@code ~ak}, "Soleimani" {@code ~aslmn}; null for the article ("al", "el") and for a word with
     * no consonant.
     */
    static String arabicOfLatin(String folded) {
        if (folded.equals("al") || folded.equals("el") || folded.isEmpty()) {
            return null;
        }
        if (HUSAYN_IN_LATIN.matcher(folded).matches()) {
            return ARABIC + "hsyn";
        }
        if (MAHMUD_IN_LATIN.matcher(folded).matches()) {
            return ARABIC + MAHMUD;
        }
        String w = folded.replace("kh", "k").replace("gh", "g").replace("sh", "s").replace("th", "t")
                .replace("dh", "d").replace("zh", "z").replace("ch", "j").replace("ph", "f");
        return consonants(w, ARABIC, "ks");
    }

    /**
     * A folded Latin word of an Arabic name without the letters its final ة (ta marbuta) is romanised by, or null
     * where it has none: the lists write it ah, eh or, after an i, iyah and iyya ("Hamiyah", "Salamah", "Hamzah"),
     * where Arabic script writes a letter that is no consonant of a key (حمية, سلامة, حمزة), and the ي before it a
     * vowel. Five letters or more; not "-llah", the h of Allah (Nasrallah, نصرالله).
     */
    static String withoutTaMarbuta(String folded) {
        int n = folded.length();
        if (n < 5 || folded.endsWith("llah")) {
            return null;
        }
        for (String ending : new String[] {"iyyah", "iyah", "iyya", "iyeh", "iya"}) {
            if (folded.endsWith(ending) && n - ending.length() >= 2) {
                return folded.substring(0, n - ending.length()) + "i";
            }
        }
        return folded.endsWith("ah") || folded.endsWith("eh") ? folded.substring(0, n - 1) : null;
    }

    /**
     * The Arabic key of a word of a Chinese name in pinyin as Arabic writes its sound ({@link #arabicOfLatin} of the
     * word respelt): x as sh, an i before another vowel as y, and the final ng as ng (نغ) or, where {@code nj}, as nj
     * (نج), both of which Arabic news writes: DALIAN is داليان (~adlyn), LIAONING DANXING لياونينج دانشينج.
     */
    static String mandarinInArabic(String pinyin, boolean nj) {
        StringBuilder b = new StringBuilder(pinyin.length() + 4);
        for (int i = 0; i < pinyin.length(); i++) {
            char c = pinyin.charAt(i);
            boolean vowelNext = i + 1 < pinyin.length() && "aeiou".indexOf(pinyin.charAt(i + 1)) >= 0;
            if (c == 'x') {
                b.append("sh");
            } else if (c == 'i' && vowelNext && i > 0) {
                b.append('y');
            } else if (nj && c == 'g' && i > 0 && pinyin.charAt(i - 1) == 'n') {
                b.append('j');
            } else {
                b.append(c);
            }
        }
        return arabicOfLatin(b.toString());
    }

    /**
     * The consonants of a romanised word of an Arabic name as a key with {@code prefix}, or null for none: vowels
     * left out, y and w (or v) only at the start and before an a, q and c as k, x as {@code x} says.
     */
    private static String consonants(String w, String prefix, String x) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            String latin = switch (c) {
                // An o or u before an a after a consonant is the و Arabic writes there: SINALOA is سينالوا, EDUARDO
                // إدواردو.
                case 'o', 'u' -> i > 0 && beforeA(w, i) && "aeiouyw".indexOf(w.charAt(i - 1)) < 0 ? "w" : "";
                case 'a', 'e', 'i' -> "";
                case 'y' -> i == 0 || beforeA(w, i) ? "y" : "";
                case 'w', 'v' -> i == 0 || beforeA(w, i) ? "w" : "";
                case 'q', 'c' -> "k";
                case 'x' -> x;
                default -> c >= 'a' && c <= 'z' ? String.valueOf(c) : "";
            };
            appendConsonant(b, latin);
        }
        return b.length() == 0 ? null : prefix + b;
    }

    /**
     * The key of a word of a name from the Arabic-speaking world or Iran, folded, in Latin letters as the lists write
     * it or romanised from Cyrillic as Russian and Ukrainian news write it, or null for the article and a word with no
     * consonant: "Ja'far" and Джаафар (dzhaafar) are {@code ~cjfr}, "Husayni" and Хусейни (khuseyni) {@code ~cxsyn},
     * "Khalid" and Халид {@code ~cxld}, "Kadhim" and Казим {@code ~cksm}. The consonants only, as {@link
     * #arabicOfLatin} has them, but h and kh one class, x, since Russian writes both х (Хасан, Халид); дж, and ч, j;
     * dh, which Russian writes з, z, and z s.
     */
    static String arabicInCyrillic(String folded) {
        if (NameForms.article(folded) || folded.isEmpty()) {
            return null;
        }
        String w = folded.replace("dzh", "j").replace("kh", "x").replace("gh", "g").replace("shch", "s")
                .replace("sh", "s").replace("th", "t").replace("dh", "z").replace("zh", "j").replace("ch", "j")
                .replace("ph", "f").replace("ts", "s").replace('h', 'x').replace('z', 's');
        if (HUSAYN_IN_CYRILLIC.matcher(w).matches()) {
            return ARABIC_IN_CYRILLIC + "xsyn";
        }
        if (MAHMUD_IN_CYRILLIC.matcher(w).matches()) {
            return ARABIC_IN_CYRILLIC + "mxmwd";
        }
        return consonants(w, ARABIC_IN_CYRILLIC, "x");
    }

    /** Husayn and Mahmud kept apart from Hasan and Muhammad as above, h written x. */
    private static final Pattern HUSAYN_IN_CYRILLIC = Pattern.compile("x[ou]s+[aeiy]+ni?");
    private static final Pattern MAHMUD_IN_CYRILLIC = Pattern.compile("m[ae]x?m(ou|u|oo)d");

    /** Whether the letter at {@code i} of a romanised word stands before an a, as ي and و before a long a do. */
    private static boolean beforeA(String w, int i) {
        return i + 1 < w.length() && w.charAt(i + 1) == 'a';
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

    /**
     * The key of a Korean name's syllable written in Arabic or Persian script, or null when the word is not in that
     * script: كيم جونغ أون (and the Egyptian كيم جونج أون, the Persian کیم جونگ اون) is {@code ~qkm ~qjN ~qn}, as KIM,
     * Jong Un is ({@link #koreanInArabicOfLatin}). Consonants only, in the classes Korean's romanisations blur (g/k,
     * d/t, b/p, ch/j, r/l), as Arabic has no p, writes ch as تش or ش (شول, Chol: Korean has no sh) and the final ng as
     * نغ, نج or نگ; a syllable of vowels only (يو, Yo) is the bare prefix. An r before a consonant is the English
     * spelling's (بارك, Park, for PAK).
     */
    static String koreanInArabic(String word) {
        if (word.isEmpty() || !arabic(word.codePointAt(0))) {
            return null;
        }
        StringBuilder b = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : ' ';
            String k = switch (c) {
                case 'ب', 'پ', 'ف' -> "p";
                case 'ت', 'ط', 'د', 'ذ', 'ض' -> next == 'ش' ? "" : "t";
                case 'ش' -> "j";
                case 'ج', 'چ' -> i == n - 1 && i > 0 && word.charAt(i - 1) == 'ن' ? "G" : "j";
                case 'غ', 'گ' -> i == n - 1 && i > 0 && word.charAt(i - 1) == 'ن' ? "G" : "k";
                case 'ك', 'ک', 'ق', 'خ' -> "k";
                case 'س', 'ص', 'ز', 'ث', 'ظ', 'ژ' -> "s";
                case 'ر' -> i > 0 && consonantInArabic(next) ? "" : "r";
                case 'ل' -> "r";
                case 'م' -> "m";
                case 'ن' -> "n";
                case 'ه', 'ح' -> "h";
                default -> "";
            };
            appendKorean(b, k);
        }
        return KOREAN_IN_ARABIC + b;
    }

    /**
     * The key of a folded romanised syllable of a Korean name as {@link #koreanInArabic} reads it in Arabic script:
     * "Jong" is {@code ~qjN}, "Choe" {@code ~qj}, "Un" {@code ~qn}, "Yo" {@code ~q}.
     */
    static String koreanInArabicOfLatin(String folded) {
        String w = folded.replace("tch", "j").replace("ch", "j").replace("sh", "s");
        if (w.endsWith("ng")) {
            w = w.substring(0, w.length() - 2) + "nG";
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            String k = switch (w.charAt(i)) {
                case 'g', 'k', 'q' -> "k";
                case 'd', 't' -> "t";
                case 'b', 'p', 'f' -> "p";
                case 'j', 'z' -> "j";
                case 's', 'x' -> "s";
                case 'r', 'l' -> "r";
                case 'm' -> "m";
                case 'n' -> "n";
                case 'h' -> "h";
                case 'G' -> "G";
                default -> "";
            };
            appendKorean(b, k);
        }
        return KOREAN_IN_ARABIC + b.toString();
    }

    /** The final ng ({@code G} while keyed) follows its n: Jong is {@code jN}, one n. */
    private static void appendKorean(StringBuilder b, String k) {
        if (k.equals("G")) {
            if (b.length() > 0 && b.charAt(b.length() - 1) == 'n') {
                b.setCharAt(b.length() - 1, 'N');
            } else {
                b.append('N');
            }
            return;
        }
        appendConsonant(b, k);
    }

    /** The letters of Arabic and Persian script that write vowels, the hamza's seats and the closing ta. */
    static final String VOWEL_LETTERS = "اأإآوؤيئىیةء";

    /** Whether an Arabic letter is a consonant, not one of the letters that write vowels (ا و ي ى ی ة ء). */
    private static boolean consonantInArabic(char c) {
        return arabic(c) && VOWEL_LETTERS.indexOf(c) < 0;
    }

    /** Whether the character is a Han ideograph (a Chinese character, or one of Japanese and Korean). */
    static boolean han(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF;
    }

    /** How {@link #sounds} reads a romanised word: for which script's transcription, and of what language. */
    enum Reading {
        /** For Chinese characters: consonants only, as a character's vowel is often one the name does not have. */
        HAN,
        /** For Hangul: consonants and vowels, as Korean writes a foreign name's vowels as they are. */
        HANGUL,
        /**
         * For Hangul, a Chinese name in pinyin or Wade-Giles, as Korean writes Mandarin's sounds: e and o one vowel
         * (Ken, 건), the vowel after zh, ch, sh, z, c, s and r none (Zhi, 즈), yan 옌, yong 융.
         */
        MANDARIN,
        /**
         * For katakana: as for Hangul, then without the vowels Japanese adds after a consonant, which it writes as a
         * syllable's (ラザルス, ra-za-ru-su, for Lazarus; ロストフ, ro-su-to-fu, for Rostov): every u, and o after t and
         * d; both sides drop them, so Lazarus and ラザルス are {@code lAsAls}.
         */
        KANA
    }

    /** The consonant classes of each initial, medial and final of a Hangul syllable, and the vowel of each medial. */
    private static final String[] INITIAL_SOUNDS = {"k", "k", "n", "t", "t", "l", "m", "p", "p", "s", "s", "", "s",
            "s", "s", "k", "t", "p", "k"};
    private static final String[] MEDIAL_SOUNDS = {"A", "E", "A", "E", "O", "E", "O", "E", "O", "A", "E", "E", "O",
            "U", "O", "E", "I", "U", "", "I", "I"};
    private static final String[] FINAL_SOUNDS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
            "p", "l", "m", "p", "p", "t", "t", "nk", "t", "t", "k", "t", "p", "t"};

    /**
     * The transcription key of a foreign name's word written in Hangul syllables, read as {@link Reading#HANGUL}:
     * 콜차노프 (kol-cha-no-peu) is {@code kOlsAnOp}, as KOLCHANOV is; the vowel Korean adds after a final consonant
     * (으, eu) is none. Null when a character is no Hangul syllable. For a Chinese name ({@code mandarin}) e and o
     * are one vowel, {@code E}: 건 is {@code kEn}, as Ken is.
     */
    static String foreignInHangul(CharSequence syllables, boolean mandarin) {
        StringBuilder b = new StringBuilder(syllables.length() * 3);
        for (int i = 0; i < syllables.length(); i++) {
            char c = syllables.charAt(i);
            if (!hangul(c)) {
                return null;
            }
            int s = c - 0xAC00;
            int initial = s / 588;
            int medial = (s % 588) / 28;
            int last = s % 28;
            append(b, INITIAL_SOUNDS[initial]);
            String vowel = MEDIAL_SOUNDS[medial];
            if (mandarin) {
                vowel = mandarinVowel(vowel, initial, medial, last);
            }
            append(b, vowel);
            append(b, FINAL_SOUNDS[last]);
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Indexes of the Hangul letters {@link #mandarinVowel} reads: ㅇ as an initial, ㅑ, ㅗ, ㅟ, and ㅇ as a final. */
    private static final int NO_INITIAL = 11;
    private static final int YA = 2;
    private static final int O = 8;
    private static final int WI = 16;
    private static final int NG = 21;

    /**
     * The vowel of a Hangul syllable read as Mandarin: e and o one vowel ({@code E}), but o before ng u, as Korean
     * news writes dong and zhong (동, 종; the standard's 둥, 중); ㅑ after a consonant the i and a of pinyin (쟈 jia,
     * 샹 xiang); ㅟ the ü of yu and yuan (위안).
     */
    private static String mandarinVowel(String vowel, int initial, int medial, int last) {
        if (medial == O && last == NG) {
            return "U";
        }
        if (medial == YA && initial != NO_INITIAL) {
            return "IA";
        }
        if (medial == WI) {
            return "U";
        }
        return vowel.equals("O") ? "E" : vowel;
    }

    /**
     * The transcription key of a foreign name's word written in Chinese characters ({@code han-transcription.tsv}),
     * read as {@link Reading#HAN}: 德米特里耶夫 (de-mi-te-li-ye-fu, for d-mi-t-ri-ye-v) is {@code tmtlv}, as DMITRIEV
     * is; null when a character is not one of the table's (名, 国) or none has a consonant (伊, 亚).
     */
    static String foreignInHan(CharSequence characters) {
        String name = HanSounds.name(characters);
        if (name != null) {
            return sounds(name, Reading.HAN);
        }
        StringBuilder roman = new StringBuilder(characters.length() * 4);
        for (int i = 0; i < characters.length(); i++) {
            String sound = HanSounds.sound(characters.charAt(i));
            if (sound == null || sound.isEmpty()) {
                return null;
            }
            // Each character's sound apart, as no two characters make one letter: 德斯 (d, s) of 埃尔南德斯 is the
            // d and s of Hernandez, not the ts that reads as s.
            roman.append(i > 0 ? "-" : "").append(sound);
        }
        return sounds(roman, Reading.HAN);
    }

    /** Whether the (simplified) character is one Chinese writes foreign names with ({@code han-transcription.tsv}). */
    static boolean transcribes(int cp) {
        return cp < 0x10000 && HanSounds.sound((char) cp) != null;
    }

    /**
     * The transcription key of a folded Latin word of a foreign name, as {@link #foreignInHangul} or {@link
     * #foreignInHan} reads the name in that script: "Kolchanov" is {@code kOlsAnOp} for Hangul, where v is written ㅂ
     * (b), and {@code klsnv} for Han; "Hsiang" of a Chinese name ({@link Reading#MANDARIN}) is {@code sIAnk}, as
     * 시앙 is. Null for a word with nothing to read.
     */
    static String foreignOfLatin(String folded, Reading reading) {
        String sounds = sounds(folded, reading);
        return reading == Reading.KANA ? withoutAddedVowels(sounds) : sounds;
    }

    /** Whether the character is katakana or the long-vowel mark (ロ, ッ, ー): Japanese writes foreign names in it. */
    static boolean kana(int cp) {
        return cp >= 0x30A1 && cp <= 0x30FA || cp == 0x30FC;
    }

    /**
     * The transcription key of a foreign word written in katakana ({@code kana-hepburn.tsv}), read as {@link
     * Reading#KANA}: ロゴジン (ro-go-ji-n) is {@code lOkOsIn}, as ROGOZIN is; ファルコン (fa-ru-ko-n) {@code pAlkOn}, as
     * FALCON is. Null when a character is no katakana or nothing is left.
     */
    static String foreignInKana(CharSequence kana) {
        StringBuilder roman = new StringBuilder(kana.length() * 3);
        int i = 0;
        while (i < kana.length()) {
            String two = i + 1 < kana.length() ? KanaSounds.sound(kana.subSequence(i, i + 2).toString()) : null;
            String one = two == null ? KanaSounds.sound(String.valueOf(kana.charAt(i))) : null;
            if (two == null && one == null) {
                return null;
            }
            roman.append(two != null ? two : one);
            i += two != null ? 2 : 1;
        }
        return withoutAddedVowels(sounds(roman, Reading.KANA));
    }

    /**
     * A key of {@link Reading#KANA}: the sounds without u, nor o after t, a sound the same as the one before once; t
     * before i as s, as Japanese writes a Russian ти and ди mostly (チ, ジ) and an English ti and di sometimes (ティ,
     * ディ): プーチン and PUTIN are both {@code psIn}, コンスタンチン and KONSTANTIN {@code kOnstAnsIn}.
     */
    private static String withoutAddedVowels(String sounds) {
        if (sounds == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(sounds.length());
        for (int i = 0; i < sounds.length(); i++) {
            char c = sounds.charAt(i);
            if (c == 'U' || c == 'O' && i > 0 && sounds.charAt(i - 1) == 't') {
                continue;
            }
            if (c == 't' && i + 1 < sounds.length() && sounds.charAt(i + 1) == 'I') {
                c = 's';
            }
            append(b, String.valueOf(c));
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * The sounds of a romanised word, each a class, a run of one class written once. Consonants: b and p {@code p}
     * (and for Han, which writes them apart as Russian does, 布 and 普, b {@code b}); d, t and th {@code t}; g, k, q
     * and h (kh, gh) {@code k}, as Korean writes the Russian kh (Mikhail, 미하일) and Chinese it and the Arabic h
     * (哈); s, z, c before e and i, sh, ch, zh, j, ts and x at a word's start {@code s}, as neither script tells them
     * apart; l and r {@code l}; m and n; f, v and w {@code v} for Han, but f and v {@code p} and w none for Hangul
     * (바실리 for Vasily, 와 for wa); x inside a word ks (Alexey, 알렉세이 and 阿列克谢). Vowels for Hangul only, in
     * capitals: a, e, i (and y but before a vowel), o, u.
     */
    private static String sounds(CharSequence w, Reading reading) {
        boolean hangul = reading != Reading.HAN;
        boolean pinyin = reading == Reading.MANDARIN;
        StringBuilder b = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            char previous = i > 0 ? w.charAt(i - 1) : ' ';
            // A digraph is one consonant (ch, sh, zh, kh, gh, th, dh, ph, ts, dz, dzh): its letters after the first
            // are passed over.
            int digraph = next == 'h' && "cszkgtdp".indexOf(c) >= 0 ? 1 : 0;
            String k = switch (c) {
                case 'b' -> hangul ? "p" : "b";
                case 'p' -> digraph == 1 ? (hangul ? "p" : "v") : "p";
                case 'f', 'v' -> hangul ? "p" : "v";
                // (A w after a vowel and before a consonant is the diphthong's second half, a vowel in Han too:
                // SHAWKAT, Asif is 舒卡特, shu-ka-te.)
                case 'w' -> hangul || vowel(previous) && !vowel(next) ? "" : "v";
                case 'd', 't' -> {
                    if (next == 's' || next == 'z') {
                        digraph = i + 2 < n && w.charAt(i + 2) == 'h' ? 2 : 1;
                        yield "s";
                    }
                    yield "t";
                }
                case 'g', 'k' -> "k";
                case 'q' -> pinyin ? "s" : "k";
                // (A final h after a vowel is silent, as Arabic's closing ta is: HANIYEH, Ismail is 하니예. Kept for
                // Han, whose keys have no vowels: ATTALLAH without it would read as 阿德尔, Adel.)
                case 'h' -> pinyin && (next == 's' || vowel(previous)) || hangul && i == n - 1 && vowel(previous)
                        ? "" : "k";
                case 'c' -> {
                    if (next == 'k') {
                        digraph = 1;
                        yield "k";
                    }
                    yield pinyin || next == 'h' || next == 'e' || next == 'i' || next == 'y' || next == 'z' ? "s"
                            : "k";
                }
                case 's', 'z', 'j' -> "s";
                case 'x' -> pinyin || i == 0 ? "s" : "ks";
                case 'l', 'r' -> "l";
                case 'm' -> "m";
                case 'n' -> "n";
                case 'a', 'e', 'i', 'o', 'u', 'y' -> hangul ? vowel(w, i, pinyin) : "";
                default -> "";
            };
            i += digraph;
            append(b, k);
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** The vowel at {@code i} as Korean writes it: y before a vowel is a glide, none; so is a pinyin i after zh. */
    private static String vowel(CharSequence w, int i, boolean pinyin) {
        char c = w.charAt(i);
        char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
        char previous = i > 0 ? w.charAt(i - 1) : ' ';
        if (c == 'y' && vowel(next)) {
            return "";
        }
        if (!pinyin) {
            return c == 'y' ? "I" : String.valueOf(Character.toUpperCase(c));
        }
        if (c == 'y' || c == 'i' && (next == 'u' || next == 'a' && i + 2 < w.length() && w.charAt(i + 2) == 'n'
                && (i + 3 >= w.length() || w.charAt(i + 3) != 'g'))) {
            // yan and lian are 옌 and 롄, liu 류: the i a glide.
            return "";
        }
        char beforePrevious = i >= 2 ? w.charAt(i - 2) : ' ';
        if (c == 'i' && ("zcr".indexOf(previous) >= 0 || previous == 's' && beforePrevious != 'h'
                || previous == 'h' && "zcs".indexOf(beforePrevious) >= 0)) {
            // Zhi, chi, shi, zi, ci, si, ri, and Wade-Giles shih, chih: 즈, 츠, 스, 쯔, 르; not hsi, 시.
            return "";
        }
        if (c == 'a' && i + 1 < w.length() && next == 'n' && (i + 2 >= w.length() || w.charAt(i + 2) != 'g')
                && (previous == 'y' || previous == 'i')) {
            return "E";
        }
        if (c == 'o' && next == 'n' && i + 2 < w.length() && w.charAt(i + 2) == 'g') {
            // ong and yong are 웅 and 융.
            return "U";
        }
        return c == 'e' || c == 'o' ? "E" : String.valueOf(Character.toUpperCase(c));
    }

    /** Appends the sounds, a sound the same as the one before written once (ll, ss; 알렉세이 is al-lek-se-i). */
    private static void append(StringBuilder b, String sounds) {
        for (int j = 0; j < sounds.length(); j++) {
            char kc = sounds.charAt(j);
            if (b.length() == 0 || b.charAt(b.length() - 1) != kc) {
                b.append(kc);
            }
        }
    }

    /** The sounds of {@code han-transcription.tsv}, read the first time a text has a Chinese character. */
    private static final class HanSounds {
        private static final char FIRST = 0x3400;
        private static final String[] SOUNDS = new String[0xA000 - FIRST];
        /** The given names Chinese writes in a form of their own (亚历山大, Aleksandr), and their characters. */
        private static final Map<String, String> NAMES = new HashMap<>();
        private static final String IN_A_NAME = "";

        static {
            for (Tsv.Row row : Tsv.rows(ScriptKeys.class, "/sanctionswatch/match/han-transcription.tsv", 3)) {
                String c = row.get(0);
                boolean wellFormed = !c.isEmpty() && c.chars().allMatch(ch -> ch >= FIRST && ch < 0xA000);
                if (!wellFormed || c.length() == 1 && SOUNDS[c.charAt(0) - FIRST] != null
                        && !SOUNDS[c.charAt(0) - FIRST].equals(IN_A_NAME) || NAMES.containsKey(c)) {
                    throw new IllegalStateException("han-transcription.tsv:" + row.line()
                            + ": expected Chinese characters not listed before, found " + c);
                }
                if (c.length() == 1) {
                    SOUNDS[c.charAt(0) - FIRST] = row.get(1);
                } else {
                    NAMES.put(c, row.get(1));
                    for (int i = 0; i < c.length(); i++) {
                        if (SOUNDS[c.charAt(i) - FIRST] == null) {
                            // 历 of 亚历山大 is no character of the table's, but it runs on a name.
                            SOUNDS[c.charAt(i) - FIRST] = IN_A_NAME;
                        }
                    }
                }
            }
        }

        /** The sound of a character: null for none of the table's, "" for one only of a given name of its own. */
        static String sound(char c) {
            return c < FIRST || c - FIRST >= SOUNDS.length ? null : SOUNDS[c - FIRST];
        }

        /** The sound of a given name Chinese writes in a form of its own, or null. */
        static String name(CharSequence characters) {
            return characters.length() < 2 || NAMES.isEmpty() ? null : NAMES.get(characters.toString());
        }
    }

    /** The Latin letters of {@code kana-hepburn.tsv}, read the first time a text has katakana. */
    private static final class KanaSounds {
        private static final Map<String, String> SOUNDS = new HashMap<>();
        /** A mark with no letters of its own (ッ, ー). */
        private static final String NONE = "-";

        static {
            for (Tsv.Row row : Tsv.rows(ScriptKeys.class, "/sanctionswatch/match/kana-hepburn.tsv", 2)) {
                String k = row.get(0);
                if (k.isEmpty() || k.length() > 2 || !k.chars().allMatch(ScriptKeys::kana)
                        || SOUNDS.containsKey(k)) {
                    throw new IllegalStateException("kana-hepburn.tsv:" + row.line()
                            + ": expected one or two katakana not listed before, found " + k);
                }
                SOUNDS.put(k, row.get(1).equals(NONE) ? "" : row.get(1));
            }
        }

        /** The Latin letters of one kana or of a kana and the small kana after it; null for none of the table's. */
        static String sound(String kana) {
            return SOUNDS.get(kana);
        }
    }
}
