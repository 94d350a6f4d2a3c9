package sanctionswatch.match;

/**
 * One key for the usual spellings of a romanised name, so that text and list meet whichever system each used:
 * Yevgeny, Evgeniy, Evgenii and Yevgeniy are all {@code evgeni}; Sergei and Sergey {@code sergi}; Alexei and Aleksey
 * {@code aleksi}; Smirnoff {@code smirnov}; Kadyrow {@code kadyrov}; Hassan {@code hasan}. Applied to folded words
 * of names only, never to decide a match alone: a name of two words or more must agree word for word on these keys.
 */
public final class Romanisation {
    private Romanisation() {}

    /** The key of a folded word ({@link Normalizer#fold}). */
    public static String key(String word) {
        if (word.length() < 3 || !mayVary(word)) {
            return word;
        }
        String w = word.replace("dzh", "j").replace("ph", "f").replace("x", "ks");
        if (w.startsWith("ye")) {
            w = w.substring(1);
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i == 0 || c != w.charAt(i - 1)) {
                b.append(c);
            }
        }
        w = b.toString();
        for (String ending : new String[] {"iy", "yi", "ey", "ei", "y"}) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                return w.substring(0, w.length() - ending.length()) + "i";
            }
        }
        if (w.endsWith("of") || w.endsWith("ow")) {
            return w.substring(0, w.length() - 2) + "ov";
        }
        if (w.endsWith("ew")) {
            return w.substring(0, w.length() - 2) + "ev";
        }
        return w;
    }

    /** Whether any rule of {@link #key} applies; most words take none, and are returned without a copy. */
    private static boolean mayVary(String w) {
        int n = w.length();
        char last = w.charAt(n - 1);
        char beforeLast = w.charAt(n - 2);
        if (last == 'y' || last == 'i' && (beforeLast == 'e' || beforeLast == 'y')
                || (last == 'f' || last == 'w') && (beforeLast == 'o' || beforeLast == 'e')
                || w.startsWith("ye") || w.indexOf('x') >= 0 || w.contains("ph") || w.contains("dzh")) {
            return true;
        }
        for (int i = 1; i < n; i++) {
            if (w.charAt(i) == w.charAt(i - 1)) {
                return true;
            }
        }
        return false;
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
