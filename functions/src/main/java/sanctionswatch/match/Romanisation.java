package sanctionswatch.match;

import sanctionswatch.text.Tsv;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One key for the usual spellings of a romanised name, so that text and list meet whichever system each used:
 * Yevgeny, Evgeniy, Evgenii and Yevgeniy are all {@code evgeni}; Sergei and Sergey {@code sergi}; Alexei and Aleksey
 * {@code aleksi}; Smirnoff {@code smirnov}; Kadyrow {@code kadirov}; Hassan {@code hasan}; Masood and Masud {@code
 * masud}. German and French news romanise Russian by their own spelling, and the key reads those too: Wladimir is
 * {@code vladimir}, Setschin and Setchine {@code sechin}, Usmanow {@code usmanov}, Koslow and Kozlov {@code koslov}, Andrej {@code andri}, Poutine
 * {@code putin}, Iouri and Yuri {@code iuri}. Applied to folded words of names only, never to decide a match alone: a
 * name of two words or more must agree word for word on these keys, and a surname alone stands only as surnames alone
 * do. Given names of Russia, Ukraine and Belarus that no rule brings together share the key of their Russian form
 * ({@code given-names.txt}): Peter, Pyotr and Petro are {@code petr}, Oleksandr and Alexander {@code aleksandr}.
 */
public final class Romanisation {
    private Romanisation() {}

    /**
     * The Russian form's key of each other spelling of a given name, and of that spelling's key: read once, a few
     * hundred entries, asked of every capitalised word whose key is made.
     */
    private static final Map<String, String> GIVEN_NAMES = givenNames();

    /**
     * The key of a folded word ({@link Normalizer#fold}): {@code key("yevgeny")} and {@code key("evgenii")} are both
     * {@code "evgeni"}, {@code key("peter")} and {@code key("pyotr")} both {@code "petr"}.
     */
    public static String key(String word) {
        String given = GIVEN_NAMES.get(word);
        if (given != null) {
            return given;
        }
        String key = spellingKey(word);
        return GIVEN_NAMES.getOrDefault(key, key);
    }

    /** The keys {@link #GIVEN_NAMES} brings the spellings of a given name to. */
    private static final Set<String> GIVEN_NAME_KEYS = Set.copyOf(GIVEN_NAMES.values());

    /**
     * Whether two folded words are given names only, or a kunya's "abu" and one ("Mohamad Hasan", "Abu Mohammad"):
     * a name of them in another spelling than the list's is any of thousands of men's, not the entry's.
     */
    static boolean givenNamesOnly(String first, String second) {
        return (first.equals("abu") || givenName(first)) && givenName(second);
    }

    /** Whether a folded word is a given name of the table, in any of its spellings: "mohammed", "yevgeny". */
    static boolean givenName(String word) {
        return GIVEN_NAME_KEYS.contains(key(word));
    }

    private static Map<String, String> givenNames() {
        Map<String, String> out = new HashMap<>();
        for (Tsv.Row row : Tsv.rows(Romanisation.class, "/sanctionswatch/match/given-names.txt", 1)) {
            String[] forms = row.get(0).trim().split(" +");
            String canonical = spellingKey(forms[0]);
            for (String form : forms) {
                if (!form.equals(forms[0])) {
                    out.put(form, canonical);
                    out.putIfAbsent(spellingKey(form), canonical);
                }
            }
        }
        return Map.copyOf(out);
    }

    private static String spellingKey(String word) {
        if (word.length() < 3 || !mayVary(word)) {
            return word;
        }
        // (Polish writes the j of Korean and other names dz, dropping dż's dot: "Kim Dzong Un".)
        String w = word.replace("dzh", "j").replace("dz", "j").replace("ph", "f").replace("x", "ks")
                // German щ, ч, ш (Iwaschtschenko, Setschin, Schoigu) and French ч (Poutchkov).
                .replace("schtsch", "shch").replace("tsch", "ch").replace("sch", "sh").replace("tch", "ch")
                // Polish щ, ч, ш (Wiaczesław, Szojgu).
                .replace("szcz", "shch").replace("cz", "ch").replace("sz", "sh")
                // The u of French (Poutine, Iouri) and of English spellings of Arabic and Urdu (Masood, Mahmoud).
                .replace("oo", "u").replace("ou", "u");
        w = dutchU(w);
        if (w.startsWith("ye")) {
            w = w.substring(1);
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && c == w.charAt(i - 1)) {
                continue;
            }
            // German and Slavic j is English y after a vowel at the end or before a consonant, or between a
            // consonant and a vowel: Andrej, Sulejman, Gurjew; an initial J is left alone, as Korean and Arabic names
            // write it (Jong, Jamal), and so is a doubled one (Hajji).
            if (c == 'j' && i > 0 && (i == w.length() - 1 ? vowel(w.charAt(i - 1))
                    : vowel(w.charAt(i - 1)) ? !vowel(w.charAt(i + 1)) && w.charAt(i + 1) != 'j'
                    : vowel(w.charAt(i + 1)))) {
                c = 'y';
            }
            // A hard c is k: English spellings of Russian brand names write c where the Cyrillic is к and the
            // lists elsewhere write k (SOVCOMBANK and SOVKOM LIZING, VNESHECONOMBANK for Внешэкономбанк).
            if (c == 'c' && hardC(w, i)) {
                c = 'k';
            } else if (c == 'c' && w.charAt(i + 1) != 'h') {
                // A soft c is s, as Russian and Arabic write the Spanish names of the lists by their sound: Гарсия is
                // GARCIA, Франсиско FRANCISCO.
                c = 's';
            }
            if (c == 'k' && b.length() > 0 && b.charAt(b.length() - 1) == 'k') {
                continue;
            }
            b.append(c);
        }
        w = b.toString();
        if (taMarbuta(w)) {
            w = w.substring(0, w.length() - 1);
        }
        for (String ending : new String[] {"iy", "yi", "ey", "ei", "y"}) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                w = w.substring(0, w.length() - ending.length()) + "i";
                break;
            }
        }
        if (w.endsWith("of") || w.endsWith("ow")) {
            w = w.substring(0, w.length() - 2) + "ov";
        } else if (w.endsWith("ew")) {
            w = w.substring(0, w.length() - 2) + "ev";
        } else if (w.endsWith("ine") && w.length() > 5) {
            // French writes the final -in of Russian names -ine: Poutine, Setchine, Vediakhine.
            w = w.substring(0, w.length() - 1);
        }
        // German w is v (Wladimir, Iwanow); y and i are one letter in Russian transliterations; and the soft e (е
        // after ь, Ukrainian є) is written ye, ie or e (Solovyev, Soloviev and Соловьев, Komlyev for Комлєв are all
        // solovev and komlev).
        // Я after и is written ya or a (Serniya, Sernia): both sernia. German writes з as s (Koslow, Tschemesow for
        // Kozlov, Chemezov) and ж as sch (Schukow for Zhukov): z is s, so both zh and sch are sh.
        w = w.replace('w', 'v').replace("ye", "e").replace("ie", "e").replace('y', 'i').replace("ii", "i")
                .replace('z', 's');
        // A letter these make doubled is written once, as a doubled one was: ANDREYEV (andreev) is Андреев
        // (andrev).
        return w.replace("ee", "e").replace("ss", "s");
    }

    /**
     * Dutch writes u oe (Poetin): between consonants, in a word of five letters or more, oe is u; not at a word's end
     * (Sjojgoe), not the German oe of ö, which the lists write o or oe alike, nor "Boeing" or "Joel".
     */
    private static String dutchU(String w) {
        int at = w.indexOf("oe");
        if (at <= 0 || w.length() < 5) {
            return w;
        }
        StringBuilder b = null;
        for (; at > 0 && at + 2 < w.length(); at = w.indexOf("oe", at + 2)) {
            if (!vowel(w.charAt(at - 1)) && !vowel(w.charAt(at + 2))) {
                b = b == null ? new StringBuilder(w) : b;
                int shift = w.length() - b.length();
                b.replace(at - shift, at - shift + 2, "u");
            }
        }
        return b == null ? w : b.toString();
    }

    /** Whether the c at {@code i} is a hard one, k: not before e, i, y (soft) or h (ch). */
    private static boolean hardC(String w, int i) {
        return i == w.length() - 1 || "eiyh".indexOf(w.charAt(i + 1)) < 0;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /** Whether any rule of {@link #key} may apply; most words take none, and are returned without a copy. */
    private static boolean mayVary(String w) {
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c == 'x' || c == 'w' || c == 'y' || c == 'j' || c == 'z'
                    || c == 'c' && (hardC(w, i) || w.charAt(i + 1) != 'h')) {
                return true;
            }
            if (i > 0) {
                char p = w.charAt(i - 1);
                if (c == p || c == 'h' && (p == 'p' || p == 'c') || c == 'u' && p == 'o' || c == 'e' && p == 'i'
                        || c == 'e' && p == 'o') {
                    return true;
                }
            }
        }
        char last = w.charAt(n - 1);
        char beforeLast = w.charAt(n - 2);
        return last == 'i' && beforeLast == 'e' || last == 'f' && beforeLast == 'o' || w.endsWith("ine")
                || taMarbuta(w);
    }

    /**
     * Whether a word ends in the h that English spellings of Arabic and Persian names write for a final ة or ه after a
     * or e, and others leave out: SAADE, Ali is "Ali Saadeh"; HAMZA "Hamzah", ABDULLAH "Abdulla". Five letters or more:
     * "Shah" keeps its h.
     */
    private static boolean taMarbuta(String w) {
        int n = w.length();
        return n >= 5 && w.charAt(n - 1) == 'h' && (w.charAt(n - 2) == 'a' || w.charAt(n - 2) == 'e');
    }

    /**
     * The number of letters left out, added, changed or swapped with a neighbour that make {@code a} into {@code b}
     * (optimal string alignment), or -1 when it takes more than {@code max}: {@code edits("zawahri", "zawahiri", 2)}
     * is 1, {@code edits("husein", "hasan", 1)} is -1.
     */
    public static int edits(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return -1;
        }
        int[][] d = new int[la + 1][lb + 1];
        for (int i = 0; i <= la; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= lb; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= la; i++) {
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[la][lb] <= max ? d[la][lb] : -1;
    }

    /**
     * True when {@code a} becomes {@code b} by one letter left out, added, changed, or two neighbours swapped
     * (Damerau's single edit); false when they are equal.
     */
    public static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
