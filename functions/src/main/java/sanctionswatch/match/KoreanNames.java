package sanctionswatch.match;

import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.Tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * North Korean organisations as Korean news names them: in one word of Korean words and romanised proper words,
 * 조선대성무역총회사 for KOREA DAESONG GENERAL TRADING CORPORATION, 고려상업은행 for KORYO COMMERCIAL BANK. Korean puts
 * the words in another order than the English the lists write ("trading general corporation"), so a name is the
 * bag of its words: each Korean word of {@code korean-words.tsv} as its English words, each run of syllables between
 * them as one romanised key ({@link ScriptKeys#korean(String)}: 대성 and DAESONG are both {@code taesong}), legal forms
 * left out. {@code KoreanNames.of(list).find("조선대성무역총회사", true)} is the trading corporation.
 */
final class KoreanNames {
    /** The English words of each Korean word ("-" for a legal form: 회사, "company"). */
    private static final Map<String, List<String>> WORDS = words();
    /** The longest Korean word, in syllables: a name is read by the longest word that starts where it stands. */
    static final int LONGEST = WORDS.keySet().stream().mapToInt(String::length).max().orElse(1);
    /** The English words the Korean words stand for. */
    private static final Set<String> ENGLISH = englishWords();
    /**
     * English words of names that say nothing of which organisation it is ("venture": JINSONG JOINT BANK is
     * 진성합영은행, "joint venture bank", as JINMYONG JOINT VENTURE BANK would be).
     */
    private static final Set<String> LEFT_OUT = Set.of("co", "ltd", "limited", "company", "corporation", "corp",
            "inc", "llc", "of", "the", "and", "for", "pte", "s", "venture");
    /**
     * English forms of one word, read as one: TRADING and TRADE are both 무역, TRDG too; a joint venture (JV, JVC) is
     * 합영, "joint": HANA ELECTRONICS JVC is 하나전자합영회사.
     */
    private static final Map<String, String> SAME_WORD = Map.ofEntries(Map.entry("trading", "trade"),
            Map.entry("trdg", "trade"), Map.entry("banking", "bank"), Map.entry("commission", "committee"),
            Map.entry("petroleum", "oil"), Map.entry("defence", "defense"), Map.entry("labour", "labor"),
            Map.entry("shipping", "ship"), Map.entry("electronic", "electronics"), Map.entry("sciences", "science"),
            Map.entry("jv", "joint"), Map.entry("jvc", "joint"));

    private final Map<String, List<Entity>> byBag;

    private KoreanNames(Map<String, List<Entity>> byBag) {
        this.byBag = byBag;
    }

    /** The North Korean organisations of {@code list}, by the bag of words of each of their names. */
    static KoreanNames of(Watchlist list) {
        Map<String, List<Entity>> byBag = new HashMap<>();
        for (Entity e : list.entities()) {
            if (e.type() != EntityType.ORGANISATION || !NameIndex.korean(e)) {
                continue;
            }
            Set<String> bags = new HashSet<>();
            bags.add(bagOfList(e.name()));
            for (Alias a : e.aliases()) {
                bags.add(bagOfList(a.name()));
            }
            String[] trades = e.name().split(" & ");
            if (trades.length == 2 && trades[1].indexOf(' ') < 0) {
                // Korean news names a company of two trades by its first (조선은파선박회사, "Korea Unpha Ship
                // Company", for KOREA UNPHA SHIPPING & TRADING).
                bags.add(bagOfList(trades[0]));
            }
            for (String bag : List.copyOf(bags)) {
                List<String> words = List.of(bag.split(" "));
                if (words.size() >= 3 && words.contains("korea")) {
                    // Korean news leaves out the state's name that begins a company's (남강무역 for KOREA NAMGANG
                    // TRADING CORPORATION, 조선남강무역회사): two words are left, which stand where North Korea is named.
                    bags.add(words.stream().filter(w -> !w.equals("korea")).collect(Collectors.joining(" ")));
                }
            }
            for (String bag : bags) {
                if (bag.indexOf(' ') > 0) {
                    // One word alone ("korea", a bank's proper name) is no organisation's name in a bag of one.
                    byBag.computeIfAbsent(bag, k -> new ArrayList<>(1)).add(e);
                }
            }
        }
        return new KoreanNames(byBag);
    }

    /**
     * The organisations whose name the Hangul syllables {@code word} are, by their bag of words; empty for none.
     * {@code find("고려상업은행", false)} is KORYO COMMERCIAL BANK. A name of two words ("Hana" and "bank") is
     * another state's bank as often: it is found only where North Korea is named ({@code northKoreaNamed}).
     */
    List<Entity> find(String word, boolean northKoreaNamed) {
        String bag = bagOfKorean(word, false);
        List<Entity> found = byBag.get(bag);
        if (found == null) {
            // The proper word as it is said, which the lists write as often as its letters: 압록강 is said amnokkang
            // (AMNOKKANG DEVELOPMENT BANK), its letters aprokkang.
            String said = bagOfKorean(word, true);
            if (!said.equals(bag)) {
                bag = said;
                found = byBag.get(bag);
            }
        }
        if (found == null || !northKoreaNamed && bag.indexOf(' ') == bag.lastIndexOf(' ')) {
            return List.of();
        }
        return found;
    }

    /**
     * Whether the Hangul syllables {@code word} are the table's words only, with no proper word among them:
     * {@code genericOnly("무역회사")} ("trading company") is true, which Korean writes apart from a name's proper word
     * as often as joined to it (남천강 무역회사, NAMCHONGANG TRADING CORPORATION); {@code genericOnly("남천강")} false.
     */
    static boolean genericOnly(String word) {
        // Read as a name's words are (bagOfKorean): a syllable of no word of the table is a proper word's.
        return !word.isEmpty() && word.chars().allMatch(ScriptKeys::hangul)
                && !bagOfKorean(word, false).contains(ScriptKeys.KOREAN);
    }

    /** The English words of a Korean word of the table (은행: bank; 회사: "-"), or null for none. */
    static List<String> english(String hangul) {
        return WORDS.get(hangul);
    }

    /** Whether the lists' English word is one a Korean word of the table stands for (shipping: 해운). */
    static boolean englishWord(String english) {
        return ENGLISH.contains(english);
    }

    private static String bagOfList(String name) {
        List<String> bag = new ArrayList<>();
        StringBuilder proper = new StringBuilder();
        // The state's long name as its short one, as Korean writes the body (조선중앙은행, "Korea central bank", is
        // CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA).
        for (String w : NameForms.withStatesShort(NameForms.words(name))) {
            String word = SAME_WORD.getOrDefault(w, w);
            if (ENGLISH.contains(word) || LEFT_OUT.contains(word)) {
                flush(proper, bag);
                if (!LEFT_OUT.contains(word)) {
                    bag.add(word);
                }
            } else {
                proper.append(word);
            }
        }
        flush(proper, bag);
        return sorted(bag);
    }

    /**
     * The bag of the Hangul syllables {@code word}: the table's words by their English, each run of syllables between
     * them as one proper word's key, romanised letter by letter or, {@code said}, as Korean says it ({@link #said}).
     */
    private static String bagOfKorean(String word, boolean said) {
        List<String> bag = new ArrayList<>();
        StringBuilder proper = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            List<String> english = null;
            int length = 0;
            for (int n = Math.min(LONGEST, word.length() - i); n >= 1; n--) {
                // A word of one syllable (부, 성: ministry) only ends a name: inside one it is a syllable of a
                // proper word (대성, Daesong).
                if (n == 1 && i + 1 < word.length()) {
                    continue;
                }
                english = WORDS.get(word.substring(i, i + n));
                if (english != null) {
                    length = n;
                    break;
                }
            }
            if (english == null) {
                if (!ScriptKeys.hangul(word.charAt(i))) {
                    return "";
                }
                proper.append(word.charAt(i));
                i++;
            } else {
                flushHangul(proper, bag, said);
                english.stream().filter(w -> !w.equals("-")).map(w -> SAME_WORD.getOrDefault(w, w)).forEach(bag::add);
                i += length;
            }
        }
        flushHangul(proper, bag, said);
        return sorted(bag);
    }

    /** A proper word's syllables, romanised each (as said where {@code said}) and run together, as its key. */
    private static void flushHangul(StringBuilder syllables, List<String> bag, boolean said) {
        CharSequence word = said ? said(syllables) : syllables;
        StringBuilder proper = new StringBuilder(word.length() * 3);
        for (int i = 0; i < word.length(); i++) {
            proper.append(ScriptKeys.korean(word.charAt(i)).substring(ScriptKeys.KOREAN.length()));
        }
        flush(proper, bag);
        syllables.setLength(0);
    }

    /**
     * The final consonants of Hangul's syllables ({@code (s - 0xAC00) % 28}) said k (ㄱ ㄲ ㄳ ㄺ ㅋ), p (ㅂ ㅄ ㄿ ㅍ) and t
     * (ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ) before another syllable's consonant.
     */
    private static final Set<Integer> FINAL_K = Set.of(1, 2, 3, 9, 24);
    private static final Set<Integer> FINAL_P = Set.of(17, 18, 14, 26);
    private static final Set<Integer> FINAL_T = Set.of(7, 19, 20, 22, 23, 25, 27);
    private static final int FINAL_NG = 21;
    private static final int FINAL_M = 16;
    private static final int FINAL_N = 4;
    private static final int FINAL_L = 8;
    private static final int INITIAL_N = 2;
    private static final int INITIAL_R = 5;
    private static final int INITIAL_M = 6;

    /**
     * The syllables as Korean says them, as the McCune-Reischauer romanisation the lists use writes them: a final k,
     * t or p before n, m or r is said ng, n or m, and the r after it n (압록 is said amnok, 백마 paengma); an r after
     * m or ng is n (종로 chongno); n and r meeting are ll (신라 silla). {@code said("압록강")} is 암녹강.
     */
    static CharSequence said(CharSequence syllables) {
        int[] initial = new int[syllables.length()];
        int[] medial = new int[syllables.length()];
        int[] last = new int[syllables.length()];
        for (int i = 0; i < syllables.length(); i++) {
            int s = syllables.charAt(i) - 0xAC00;
            initial[i] = s / 588;
            medial[i] = (s % 588) / 28;
            last[i] = s % 28;
        }
        for (int i = 0; i + 1 < syllables.length(); i++) {
            int next = initial[i + 1];
            if (next != INITIAL_N && next != INITIAL_R && next != INITIAL_M) {
                continue;
            }
            int f = last[i];
            if (FINAL_K.contains(f) || FINAL_P.contains(f) || FINAL_T.contains(f)) {
                last[i] = FINAL_K.contains(f) ? FINAL_NG : FINAL_P.contains(f) ? FINAL_M : FINAL_N;
                initial[i + 1] = next == INITIAL_R ? INITIAL_N : next;
            } else if (next == INITIAL_R && (last[i] == FINAL_M || last[i] == FINAL_NG)) {
                initial[i + 1] = INITIAL_N;
            } else if (next == INITIAL_R && last[i] == FINAL_N) {
                last[i] = FINAL_L;
            } else if (next == INITIAL_N && last[i] == FINAL_L) {
                initial[i + 1] = INITIAL_R;
            }
        }
        StringBuilder out = new StringBuilder(syllables.length());
        for (int i = 0; i < syllables.length(); i++) {
            out.append((char) (0xAC00 + (initial[i] * 21 + medial[i]) * 28 + last[i]));
        }
        return out;
    }

    /**
     * A proper word, romanised as Korean is: the list's "daesong", and the text's 대성 as its syllables' romanisations
     * run together, are both {@code taesong}.
     */
    private static void flush(StringBuilder proper, List<String> bag) {
        if (proper.length() > 0) {
            bag.add(ScriptKeys.korean(proper.toString()));
            proper.setLength(0);
        }
    }

    private static String sorted(List<String> bag) {
        List<String> s = new ArrayList<>(bag);
        s.sort(null);
        return String.join(" ", s);
    }

    private static Set<String> englishWords() {
        Set<String> out = new HashSet<>();
        WORDS.values().forEach(out::addAll);
        return Set.copyOf(out);
    }

    private static Map<String, List<String>> words() {
        Map<String, List<String>> out = new HashMap<>();
        for (Tsv.Row row : Tsv.rows(KoreanNames.class, "/sanctionswatch/match/korean-words.tsv", 2)) {
            out.put(row.get(0), List.of(row.get(1).split(" ")));
        }
        return Map.copyOf(out);
    }
}
