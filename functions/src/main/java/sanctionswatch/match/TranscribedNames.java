package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.text.Lazy;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Foreign people's names as Korean, Chinese and Japanese news write them, by their sound: 이고리 세친, 伊戈尔·谢钦 and
 * イーゴリ・セーチン are SECHIN, Igor; 바실리 콜차노프 is KOLCHANOV, Vasily; 康斯坦丁·马洛费耶夫 MALOFEYEV, Konstantin;
 * 첸 메이시앙 CHEN, Mei Hsiang, a Taiwanese name Korean writes in Mandarin's sound. Both the text's words and the
 * list's are read as their sounds ({@link ScriptKeys#foreignInHangul}, {@link ScriptKeys#foreignInHan}, {@link
 * ScriptKeys#foreignInKana}, {@link ScriptKeys#foreignOfLatin}), word by word: Korean writes a space between given
 * name and surname, Chinese and Japanese a middle dot (·, ・).
 *
 * <p>Filed only for the people of the programmes and countries whose people have keys of other scripts ({@code
 * NameIndex.script}: Russia's, North Korea's, Iran's, the Arabic-speaking world's) and for China's, and of those only
 * for the people whose names are foreign to the script, as the news of that script transcribes them: in
 * Hangul everyone but North and South Koreans (whose names have their own keys, {@link ScriptKeys#korean(int)}); in
 * Chinese characters everyone but the people of China, Taiwan, Hong Kong, Macau, the Koreas, Japan, Vietnam and
 * Singapore, whose names Chinese writes in their own characters; in katakana the same people as in Chinese
 * characters (Japanese writes East Asians' names in their characters). A Chinese text's own names must not meet a
 * Russian's.
 * So a name stands as a person's only as a whole name of two words or more, of four consonants or more; a Chinese
 * name that Korean runs together into one word (후앙왕건, HUANG, Wang Ken) only where the person's country is named; a
 * surname alone as other surnames alone do, and only where no other person filed has its key. An organisation's
 * one-word core (GARANTEX EUROPE's Garantex, ROSBANK) is filed as a surname is and stands where the entry's country
 * is named: ガランテックス, 로스방크.
 *
 * <p>Made from the forms of the index the first time a text has Hangul or Chinese characters, the katakana keys the
 * first time a text has katakana: {@code TranscribedNames.of(index).find(text, tokens, found)}.
 */
final class TranscribedNames {
    /** How a name was found, which decides what else must stand by it. */
    enum How {
        /** The name's words, two or more: a mention of the person, as a name in another romanisation is. */
        NAME,
        /** A Chinese name run together into one word of Hangul (옌즈융, YAN, Zhiyong): only where its country is named. */
        ONE_WORD,
        /** The surname alone: as {@link MatchRule#SURNAME_ALONE}, with corroboration. */
        SURNAME
    }

    /** The script a name was found in, and how it is named in a mention's evidence ("its sound in katakana"). */
    enum Script {
        HANGUL("Hangul"), HAN("Chinese characters"), KANA("katakana");

        private final String label;

        Script(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** Receives each name found: the text's words {@code from} to {@code to}, the form, how and in what script. */
    interface Found {
        void accept(int from, int to, int form, How how, Script script);
    }

    /** The fewest consonants of a name's key: shorter ones ({@code ln}, Li Na) are many words' of either script. */
    static final int LEAST = 4;
    /**
     * The fewest consonants of a surname alone in Chinese characters ({@code mtvtv}, 梅德韦杰夫): the text marks where
     * it starts and ends only by characters that are not the table's.
     */
    static final int LEAST_ALONE_HAN = 5;
    /** The most words of a name, and of a Chinese character string read as one of its words. */
    private static final int MOST_WORDS = 4;
    private static final int MOST_CHARACTERS = 8;

    /** Before the keys of Chinese names in Hangul, read as Mandarin. */
    private static final String MANDARIN = "*";
    /** The fewest syllables of a Chinese name Korean runs into one word: 선양 (Shenyang) is no WANG, Chen. */
    private static final int LEAST_SYLLABLES = 3;
    /** The middle dots between a foreign name's words in Chinese: 康斯坦丁·马洛费耶夫. */
    private static final String DOTS = "\u00B7\u2027\u30FB\u2022\uFF65";

    private static final Set<MatchRule> FILED = EnumSet.of(MatchRule.EXACT, MatchRule.REORDERED, MatchRule.PARTIAL,
            MatchRule.ALIAS, MatchRule.PARTIAL_ALIAS, MatchRule.SURNAME_ALONE);
    /** The Koreas, whose people's and companies' names are Korean words, not transcriptions. */
    static final Set<String> KOREAN = Set.of("KP", "KR");
    /** Countries whose people's names Chinese writes in their own characters (金正恩, 习近平), not by sound. */
    private static final Set<String> HAN_NAMES = Set.of("CN", "TW", "HK", "MO", "KP", "KR", "JP", "VN", "SG");
    /** Countries of Chinese names, romanised in pinyin or Wade-Giles (Xiang, Hsiang). */
    static final Set<String> CHINESE = Set.of("CN", "TW", "HK", "MO", "SG");
    private static final int IN_HANGUL = 1;
    private static final int IN_HAN = 2;
    private static final int OF_CHINA = 4;
    /** Japanese writes in katakana the names Chinese writes by their sound: everyone's but East Asians'. */
    private static final int IN_KANA = 8;
    /** A name of the Spanish-speaking world, transcribed by its Spanish sounds ({@link #spanishSounds}). */
    private static final int SPANISH = 16;
    /** The states whose people's names are Spanish: their cartels' and governments' people are in the lists. */
    private static final Set<String> SPANISH_SPEAKING = Set.of("MX", "CO", "VE", "CU", "NI", "PE", "EC", "GT", "HN",
            "SV", "PA", "BO", "PY", "UY", "AR", "CL", "DO", "CR", "ES");

    private final Map<String, int[]> hangulNames;
    private final Map<String, int[]> hangulOneWord;
    private final Map<String, int[]> hangulSurnames;
    private final Map<String, int[]> hanNames;
    private final Map<String, int[]> hanSurnames;
    /** The katakana keys of the index's forms, made the first time a text has katakana. */
    private final Lazy<KanaNames> kana;

    private TranscribedNames(NameIndex names, Map<String, int[]> hangulNames, Map<String, int[]> hangulOneWord,
                             Map<String, int[]> hangulSurnames, Map<String, int[]> hanNames,
                             Map<String, int[]> hanSurnames) {
        this.kana = Lazy.of(() -> KanaNames.of(names));
        this.hangulNames = hangulNames;
        this.hangulOneWord = hangulOneWord;
        this.hangulSurnames = hangulSurnames;
        this.hanNames = hanNames;
        this.hanSurnames = hanSurnames;
    }

    /** The people's names of {@code names}, by their keys in each script whose news transcribes them. */
    static TranscribedNames of(NameIndex names) {
        Map<String, int[]> hangulNames = new HashMap<>();
        Map<String, int[]> hangulOneWord = new HashMap<>();
        Map<String, int[]> hangulSurnames = new HashMap<>();
        Map<String, int[]> hanNames = new HashMap<>();
        Map<String, int[]> hanSurnames = new HashMap<>();
        Map<Entity, Integer> scripts = new HashMap<>();
        for (int f = 0; f < names.forms(); f++) {
            Entity e = names.entity(f);
            if (!filed(names, f)) {
                continue;
            }
            int script = scripts.computeIfAbsent(e, TranscribedNames::scripts);
            List<String> words = script == 0 ? null : words(names, f, script);
            if (words == null) {
                continue;
            }
            if ((script & OF_CHINA) != 0 && words.contains("de")) {
                // The index writes "du" and "da" as "de", for the Romance "of" (Words.ofBase): DU, Changgen would be
                // 대상, "target", read as Mandarin.
                continue;
            }
            boolean surname = alone(names, f);
            if (!surname && words.size() < 2) {
                continue;
            }
            if ((script & IN_HANGUL) != 0) {
                boolean chinese = (script & OF_CHINA) != 0;
                ScriptKeys.Reading reading = chinese ? ScriptKeys.Reading.MANDARIN : ScriptKeys.Reading.HANGUL;
                String key = key(words, reading);
                file(surname ? hangulSurnames : hangulNames, key, f, LEAST);
                if (!chinese && words.stream().anyMatch(w -> w.contains("ou"))) {
                    // The French ou of the lists' Arabic and African names is one u in Hangul (MAHMOUD is 마흐무드,
                    // YOUSSEF 유세프); a Russian name's o and u two (BELOUSOV is 벨로우소프): filed both ways.
                    List<String> oneU = words.stream().map(w -> w.replace("ou", "u")).toList();
                    file(surname ? hangulSurnames : hangulNames, key(oneU, reading), f, LEAST);
                }
                if (chinese && !surname) {
                    // Korean runs a Chinese name's words together as it likes: 첸 메이시앙 (Chen Mei-Hsiang), 옌즈융.
                    for (int joins = 1; joins < 1 << (words.size() - 1) && words.size() <= MOST_WORDS; joins++) {
                        String joined = key(joined(words, joins), reading);
                        file(joined != null && joined.indexOf(' ') < 0 ? hangulOneWord : hangulNames, joined, f, LEAST);
                    }
                }
            }
            if ((script & IN_HAN) != 0) {
                String key = key(words, ScriptKeys.Reading.HAN);
                file(surname ? hanSurnames : hanNames, key, f, surname ? LEAST_ALONE_HAN : LEAST);
            }
        }
        onlyOneSurname(hangulSurnames, names, scripts, IN_HANGUL);
        onlyOneSurname(hanSurnames, names, scripts, IN_HAN);
        return new TranscribedNames(names, hangulNames, hangulOneWord, hangulSurnames, hanNames, hanSurnames);
    }

    /** Whether the text has a Hangul syllable, a Chinese character or katakana: only then is anything here read. */
    static boolean anyToRead(String text, List<Token> tokens) {
        for (Token t : tokens) {
            int c = text.charAt(t.start());
            if (ScriptKeys.hangul(c) || ScriptKeys.han(c) || ScriptKeys.kana(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people named in {@code text} (whose words are {@code tokens}) by the sound of their names in Hangul or in
     * Chinese characters: in "대표 이고리 세친은", the words 이고리 세친 are SECHIN, Igor (a name of two words); in
     * "秘书帕特鲁舍夫当天", 帕特鲁舍夫 is PATRUSHEV, Nikolai (a surname alone).
     */
    void find(String text, List<Token> tokens, Found found) {
        hangul(text, tokens, found);
        han(text, tokens, found);
        for (Token t : tokens) {
            if (ScriptKeys.kana(text.charAt(t.start()))) {
                kana.get().find(text, tokens, found);
                break;
            }
        }
    }

    /**
     * Names in Hangul: one to four words, spaces only between them, the last one with or without a particle; each
     * word read for a name of another script ({@link ScriptKeys.Reading#HANGUL}) and for a Chinese name ({@link
     * ScriptKeys.Reading#MANDARIN}).
     */
    private void hangul(String text, List<Token> tokens, Found found) {
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!ScriptKeys.hangul(text.charAt(tokens.get(i).start()))) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end()
                    && ScriptKeys.hangul(text.charAt(tokens.get(end).start()))) {
                end++;
            }
            // A word that ends in a particle of two syllables is read without it only: 중에는 ("among them") is no
            // name, nor its particle a name's syllables.
            String word = text.substring(tokens.get(i).start(), tokens.get(end - 1).end());
            boolean whole = word.length() < 2 || !Words.KOREAN_PARTICLES_2.contains(word.substring(word.length() - 2));
            words.add(new int[] {i, end, end - Words.koreanParticle(word), whole ? 1 : 0});
            i = end - 1;
        }
        for (boolean mandarin : new boolean[] {false, true}) {
            List<String> prefixes = new ArrayList<>();
            for (int s = 0; s < words.size(); s++) {
                prefixes.clear();
                prefixes.add(mandarin ? MANDARIN : "");
                for (int n = 1; n <= MOST_WORDS && s + n <= words.size() && !prefixes.isEmpty(); n++) {
                    int[] last = words.get(s + n - 1);
                    if (n > 1) {
                        int[] before = words.get(s + n - 2);
                        Token end = tokens.get(before[1] - 1);
                        Token start = tokens.get(last[0]);
                        if (!Words.spacesOnly(text, end.end(), start.start()) || end.sentence() != start.sentence()) {
                            break;
                        }
                        List<String> longer = new ArrayList<>();
                        for (String p : prefixes) {
                            for (String k : keys(text, tokens, before[0], before[1], mandarin)) {
                                longer.add(p + k + ' ');
                            }
                        }
                        prefixes = longer;
                    }
                    for (String p : prefixes) {
                        for (String k : last[3] == 1 ? keys(text, tokens, last[0], last[1], mandarin)
                                : List.<String>of()) {
                            lookUp(p + k, tokens, words.get(s)[0], last[1], n, found);
                        }
                        if (last[2] < last[1]) {
                            for (String k : keys(text, tokens, last[0], last[2], mandarin)) {
                                lookUp(p + k, tokens, words.get(s)[0], last[2], n, found);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The keys of the Hangul word {@code from}–{@code to}: one, and for a name of another script also the key without
     * the soft sign's i ({@link #withSoftSign}).
     */
    private static List<String> keys(String text, List<Token> tokens, int from, int to, boolean mandarin) {
        String key = ScriptKeys.foreignInHangul(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()),
                mandarin);
        return key == null ? List.of() : mandarin ? List.of(key) : withSoftSign(key);
    }

    /**
     * The key, and without a last i after l or s, which Korean and Japanese write for the Russian soft sign and after
     * ch and sh (이고리 and イーゴリ for Igor, 이바노비치 for Ivanovich).
     */
    private static List<String> withSoftSign(String key) {
        if (key.length() >= 3 && key.endsWith("I")
                && (key.charAt(key.length() - 2) == 'l' || key.charAt(key.length() - 2) == 's')) {
            return List.of(key, key.substring(0, key.length() - 1));
        }
        return List.of(key);
    }

    private void lookUp(String key, List<Token> tokens, int from, int to, int words, Found found) {
        report(hangulNames.get(key), from, to, How.NAME, Script.HANGUL, found);
        if (words == 1 && to - from >= LEAST_SYLLABLES) {
            report(hangulOneWord.get(key), from, to, How.ONE_WORD, Script.HANGUL, found);
        }
        if (words > 1 || to - from >= LEAST_SYLLABLES) {
            // A surname alone of two syllables is too often a Korean word that reads as one: 발발 ("outbreak") is
            // pal-pal, PARVAR's.
            report(hangulSurnames.get(key), from, to, How.SURNAME, Script.HANGUL, found);
        }
    }

    /**
     * Names in Chinese characters: runs of the characters of the transcription table, a middle dot between a name's
     * words (康斯坦丁·马洛费耶夫), each word a whole run: the characters around a name are no transcription's (商人康斯坦丁,
     * 副主席梅德韦杰夫和), and a part of a run is another name's (尔盖 of 谢尔盖, Sergei, is Oleg's key). A run with no dot
     * beside it is read as a surname alone.
     */
    private void han(String text, List<Token> tokens, Found found) {
        List<int[]> runs = Tokens.runsWrittenTogether(tokens, t -> transcribes(text, t));
        dotted(text, tokens, runs, (from, to) -> {
            if (to - from <= MOST_CHARACTERS) {
                report(hanSurnames.get(hanKey(tokens, from, to)), from, to, How.SURNAME, Script.HAN, found);
            }
        }, (first, last) -> {
            StringBuilder middle = new StringBuilder();
            for (int m = first + 1; m < last; m++) {
                String key = hanKey(tokens, runs.get(m)[0], runs.get(m)[1]);
                if (key == null) {
                    return;
                }
                middle.append(' ').append(key);
            }
            int[] head = runs.get(first);
            int[] tail = runs.get(last);
            String given = head[1] - head[0] <= MOST_CHARACTERS ? hanKey(tokens, head[0], head[1]) : null;
            String surname = tail[1] - tail[0] <= MOST_CHARACTERS ? hanKey(tokens, tail[0], tail[1]) : null;
            if (given != null && surname != null) {
                report(hanNames.get(given + middle + ' ' + surname), head[0], tail[1], How.NAME, Script.HAN, found);
            }
        });
    }

    /** Receives a stretch of words, [from, to), or of runs, first to last. */
    private interface Stretch {
        void of(int first, int last);
    }

    /**
     * The names in runs of a script written by sound: runs joined by middle dots are a name's words (康斯坦丁·马洛费耶夫,
     * ドミトリー・ロゴジン), given to {@code name} by their first and last run where they are at most {@link #MOST_WORDS};
     * a run with no dot beside it is a surname alone, given to {@code alone} by its words. A run a dot stands beside
     * with nothing after it is neither: after a dot, it is another person's surname (亚历山大·梅德韦杰夫 is not Dmitry).
     */
    private static void dotted(String text, List<Token> tokens, List<int[]> runs, Stretch alone, Stretch name) {
        for (int r = 0; r < runs.size(); r++) {
            int first = r;
            while (r + 1 < runs.size() && dotBetween(text, tokens, runs.get(r)[1] - 1, runs.get(r + 1)[0])) {
                r++;
            }
            if (r == first) {
                int from = runs.get(r)[0];
                int to = runs.get(r)[1];
                boolean dotBeside = from > 0 && dotAt(text, tokens.get(from).start() - 1)
                        || dotAt(text, tokens.get(to - 1).end());
                if (!dotBeside) {
                    alone.of(from, to);
                }
            } else if (r - first + 1 <= MOST_WORDS) {
                name.of(first, r);
            }
        }
    }

    private static boolean transcribes(String text, Token t) {
        return ScriptKeys.han(text.charAt(t.start())) && ScriptKeys.transcribes(t.norm().charAt(0));
    }

    private static boolean dotBetween(String text, List<Token> tokens, int before, int after) {
        return tokens.get(after).start() == tokens.get(before).end() + 1 && dotAt(text, tokens.get(before).end());
    }

    private static boolean dotAt(String text, int at) {
        return at >= 0 && at < text.length() && DOTS.indexOf(text.charAt(at)) >= 0;
    }

    private static String hanKey(List<Token> tokens, int from, int to) {
        StringBuilder characters = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            characters.append(tokens.get(i).norm());
        }
        return ScriptKeys.foreignInHan(characters);
    }

    private static void report(int[] forms, int from, int to, How how, Script script, Found found) {
        if (forms != null) {
            for (int form : forms) {
                found.accept(from, to, form, how, script);
            }
        }
    }

    /**
     * Whether form {@code f} is filed: a person's name or surname alone, or an organisation's one-word core, which the
     * news of these scripts writes by its sound as it writes a surname (가란텍스, ガランテックス: GARANTEX EUROPE).
     */
    private static boolean filed(NameIndex names, int f) {
        MatchRule rule = names.rule(f);
        return names.entity(f).type() == EntityType.PERSON ? FILED.contains(rule)
                : rule == MatchRule.CORE && names.length(f) == 1;
    }

    /** Whether form {@code f} is a word that stands alone: a surname, or an organisation's core. */
    private static boolean alone(NameIndex names, int f) {
        return names.rule(f) == MatchRule.SURNAME_ALONE || names.rule(f) == MatchRule.CORE;
    }

    /** Which scripts transcribe the person's names ({@link #IN_HANGUL}, {@link #IN_HAN}), and whether they are Chinese. */
    private static int scripts(Entity e) {
        Set<String> countries = new HashSet<>(e.countries());
        e.details().countries().forEach(c -> countries.add(c.code()));
        boolean spanish = countries.stream().anyMatch(SPANISH_SPEAKING::contains);
        if (NameIndex.script(e) == null && countries.stream().noneMatch(CHINESE::contains) && !spanish) {
            // Only the people whose names the news of these scripts transcribes, as other scripts' keys are filed
            // (NameIndex.script): of Russia's, North Korea's, Iran's and the Arabic-speaking world's programmes and
            // countries, and China's people in Hangul. A list of millions would otherwise fill the heap.
            return 0;
        }
        int scripts = 0;
        if (countries.stream().noneMatch(KOREAN::contains) && !(countries.isEmpty() && NameIndex.korean(e)
                && koreanSurname(e.name()))) {
            scripts |= IN_HANGUL;
        }
        // A person of a North Korean programme with no country given is most often a North Korean.
        if (countries.stream().noneMatch(HAN_NAMES::contains) && !(countries.isEmpty() && NameIndex.korean(e))) {
            scripts |= IN_HAN;
        }
        if ((scripts & IN_HAN) != 0) {
            scripts |= IN_KANA;
        }
        if (countries.stream().anyMatch(CHINESE::contains)) {
            scripts |= OF_CHINA;
        }
        if (spanish) {
            scripts |= SPANISH;
        }
        return scripts;
    }

    /**
     * Whether the surname of a person's name is one syllable, as Korean surnames are ("PANG, Su Nam"): a North Korean
     * the list gives no country has keys of Korean names already, and these would read Korean words as his.
     */
    private static boolean koreanSurname(String name) {
        List<String> surname = NameForms.surname(name);
        if (surname.size() != 1) {
            return false;
        }
        int syllables = 0;
        String w = surname.get(0);
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (vowel && (i == 0 || "aeiouy".indexOf(w.charAt(i - 1)) < 0)) {
                syllables++;
            }
        }
        return syllables == 1;
    }

    /**
     * The folded words of form {@code f}, without the Arabic article (Korean and Chinese write Zawahiri without it:
     * 자와히리, 扎瓦希里); null when a word is not in Latin letters (a translated name, 普京).
     */
    private static List<String> words(NameIndex names, int f, int script) {
        List<String> words = new ArrayList<>(names.length(f));
        for (int k = 0; k < names.length(f); k++) {
            String w = names.lexicon().word(names.word(f, k));
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if ((c < 'a' || c > 'z') && c != '\'') {
                    return null;
                }
            }
            if (!NameForms.article(w)) {
                words.add((script & SPANISH) != 0 ? spanishSounds(w) : w);
            }
        }
        return words.isEmpty() ? null : words;
    }

    /**
     * A Spanish word written with the letters of its sounds as the readings take them ({@link ScriptKeys#foreignOfLatin}
     * reads English spelling): j, and g before e or i, as h (Joaquin is Korean 호아킨, Japanese ホアキン); h not
     * sounded; ll as y; gu and qu before e or i as g and k; z, and c before e or i, as s (Guzman 구스만).
     */
    static String spanishSounds(String w) {
        StringBuilder b = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : ' ';
            boolean soft = next == 'e' || next == 'i';
            boolean uSilent = next == 'u' && i + 2 < n && (w.charAt(i + 2) == 'e' || w.charAt(i + 2) == 'i');
            if (c == 'l' && next == 'l') {
                b.append('y');
                i++;
            } else if ((c == 'g' || c == 'q') && uSilent) {
                b.append(c == 'g' ? 'g' : 'k');
                i++;
            } else if (c == 'j' || c == 'g' && soft) {
                b.append('h');
            } else if (c == 'h' && (i == 0 || w.charAt(i - 1) != 'c')) {
                // Unsounded: Hernandez is 에르난데스.
                continue;
            } else if (c == 'z' || c == 'c' && soft) {
                b.append('s');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The words' keys, one a word, space-separated; null when a word has no consonant ("Ai"). */
    private static String key(List<String> words, ScriptKeys.Reading reading) {
        // A Chinese name's key is read only against the Hangul read as Mandarin: 조직인 read so is no Russian's.
        StringBuilder b = new StringBuilder(reading == ScriptKeys.Reading.MANDARIN ? MANDARIN : "");
        for (String w : words) {
            String k = ScriptKeys.foreignOfLatin(w, reading);
            if (k == null) {
                return null;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != MANDARIN.charAt(0)) {
                b.append(' ');
            }
            b.append(k);
        }
        return b.toString();
    }

    /** The words with those after each set bit of {@code joins} run into the one before: 0b11 makes "meixianghsiang". */
    private static List<String> joined(List<String> words, int joins) {
        List<String> out = new ArrayList<>(words.size());
        StringBuilder current = new StringBuilder(words.get(0));
        for (int w = 1; w < words.size(); w++) {
            if ((joins & 1 << (w - 1)) != 0) {
                current.append(words.get(w));
            } else {
                out.add(current.toString());
                current.setLength(0);
                current.append(words.get(w));
            }
        }
        out.add(current.toString());
        return out;
    }

    private static void file(Map<String, int[]> map, String key, int form, int least) {
        if (key == null || consonants(key) < least) {
            return;
        }
        int[] forms = map.get(key);
        if (forms == null) {
            map.put(key, new int[] {form});
        } else if (Arrays.stream(forms).noneMatch(f -> f == form)) {
            int[] more = Arrays.copyOf(forms, forms.length + 1);
            more[forms.length] = form;
            map.put(key, more);
        }
    }

    /** The consonants of a key: its sounds in lower case ({@code kOlsAnOp}: 5). */
    private static int consonants(String key) {
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            n += key.charAt(i) >= 'a' && key.charAt(i) <= 'z' ? 1 : 0;
        }
        return n;
    }

    /**
     * Drops the surnames alone whose key another surname of the people filed shares: 季姆琴科 reads as TIMCHENKO
     * and as DEMCHENKO (Chinese writes ди and ти alike), and stands for neither. People of one surname are left as
     * the index leaves them (the first designated of a family).
     */
    private static void onlyOneSurname(Map<String, int[]> surnames, NameIndex names, Map<Entity, Integer> scripts,
                                       int script) {
        if (surnames.isEmpty()) {
            return;
        }
        Map<String, Set<String>> spellings = new HashMap<>();
        scripts.forEach((e, s) -> {
            if ((s & script) == 0 || e.type() != EntityType.PERSON) {
                return;
            }
            for (String name : e.names()) {
                List<String> surname = NameForms.surname(name).stream().filter(w -> !NameForms.article(w)).toList();
                String key = surname.isEmpty() ? null : key(surname, script == IN_HAN ? ScriptKeys.Reading.HAN
                        : script == IN_KANA ? ScriptKeys.Reading.KANA
                        : (s & OF_CHINA) != 0 ? ScriptKeys.Reading.MANDARIN : ScriptKeys.Reading.HANGUL);
                if (key != null && surnames.containsKey(key)) {
                    spellings.computeIfAbsent(key, k -> new HashSet<>()).add(String.join(" ", surname));
                }
            }
        });
        surnames.keySet().removeIf(key -> spellings.getOrDefault(key, Set.of()).size() > 1);
        surnames.values().removeIf(forms -> Arrays.stream(forms).mapToObj(names::entity).distinct().count() > 1);
    }

    /**
     * Foreign people's names in katakana, as Japanese news writes every foreign name: ロゴジン is ROGOZIN, Dmitry
     * (a surname alone), ドミトリー・ロゴジン his name. A run of katakana is a word whole, as the characters around it
     * are of other scripts (ロゴジン副首相, 「ロゴジン」), and a name's words are joined by the middle dot (・). Filed
     * for the people Chinese characters transcribe ({@link #IN_KANA}), made the first time a text has katakana.
     */
    private static final class KanaNames {
        /**
         * The fewest consonants of a name of the Arabic-speaking world read without its vowels: the consonants of
         * two given names (Mohammad Reza, five) are many men's.
         */
        private static final int LEAST_CONSONANTS = 6;

        private final Map<String, int[]> names;
        private final Map<String, int[]> surnames;
        /**
         * The names of the Arabic-speaking world's and Iran's people by their consonants only: Arabic script writes
         * no short vowels, so the lists' romanisations and Japanese's differ in them (モハメド・レザー・アンサリ,
         * mo-ha-me-do re-za a-n-sa-ri, is ANSARI, Mohammad Reza).
         */
        private final Map<String, int[]> consonantNames;

        private KanaNames(Map<String, int[]> names, Map<String, int[]> surnames, Map<String, int[]> consonantNames) {
            this.names = names;
            this.surnames = surnames;
            this.consonantNames = consonantNames;
        }

        static KanaNames of(NameIndex index) {
            Map<String, int[]> names = new HashMap<>();
            Map<String, int[]> surnames = new HashMap<>();
            Map<String, int[]> consonantNames = new HashMap<>();
            Map<Entity, Integer> scripts = new HashMap<>();
            for (int f = 0; f < index.forms(); f++) {
                Entity e = index.entity(f);
                if (!filed(index, f) || (scripts.computeIfAbsent(e, TranscribedNames::scripts) & IN_KANA) == 0) {
                    continue;
                }
                List<String> words = words(index, f, scripts.get(e));
                boolean surname = alone(index, f);
                if (words == null || !surname && words.size() < 2) {
                    continue;
                }
                boolean arabic = ScriptKeys.ARABIC.equals(NameIndex.script(e));
                for (List<String> spoken : arabic ? asJapaneseSaysThem(words) : List.of(words)) {
                    String key = TranscribedNames.key(spoken, ScriptKeys.Reading.KANA);
                    file(surname ? surnames : names, key, f, LEAST);
                    if (!surname && key != null && arabic) {
                        file(consonantNames, withoutVowels(key), f, LEAST_CONSONANTS);
                    }
                }
            }
            onlyOneSurname(surnames, index, scripts, IN_KANA);
            return new KanaNames(names, surnames, consonantNames);
        }

        /**
         * The words of a name of the Arabic-speaking world or Iran as the lists romanise them, and as Japanese says
         * them too: the French ou one u (POURSAFI is プルサフィ, pu-ru-sa-fi) and an h after a vowel unsaid before a
         * consonant or at the word's end (SHAHRAM is シャーラム, AHMAD アーメド, ABDALLAH アブドッラー).
         */
        private static List<List<String>> asJapaneseSaysThem(List<String> words) {
            List<String> spoken = words.stream().map(w -> unsaidH(w.replace("ou", "u"))).toList();
            return spoken.equals(words) ? List.of(words) : List.of(words, spoken);
        }

        /** A folded word without an h after a vowel and before a consonant or at its end: "shahram" is "sharam". */
        private static String unsaidH(String w) {
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                boolean afterVowel = i > 0 && "aeiou".indexOf(w.charAt(i - 1)) >= 0;
                boolean beforeVowel = i + 1 < w.length() && "aeiouy".indexOf(w.charAt(i + 1)) >= 0;
                if (w.charAt(i) != 'h' || !afterVowel || beforeVowel) {
                    b.append(w.charAt(i));
                }
            }
            return b.toString();
        }

        /** A key's consonants only, its words still apart: {@code mOkAmEt lEsA} is {@code mkmt ls}. */
        private static String withoutVowels(String key) {
            StringBuilder b = new StringBuilder(key.length());
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (!Character.isUpperCase(c)) {
                    b.append(c);
                }
            }
            return b.toString();
        }

        /**
         * The names of runs of katakana: in "ロゴジン副首相は", ロゴジン is ROGOZIN, Dmitry's surname alone; in
         * "ドミトリー・ロゴジン", the two runs are his name.
         */
        void find(String text, List<Token> tokens, Found found) {
            List<int[]> runs = Tokens.runsWrittenTogether(tokens, t -> kana(text, t));
            dotted(text, tokens, runs, (from, to) -> {
                for (String key : runKeys(text, tokens, new int[] {from, to})) {
                    report(surnames.get(key), from, to, How.SURNAME, Script.KANA, found);
                }
            }, (first, last) -> {
                // Each run's key read once, for the names by their sounds and, without their vowels and the Arabic
                // article's run (アル, エル), for the Arabic-speaking world's by their consonants.
                List<String> keys = List.of("");
                StringBuilder consonants = new StringBuilder();
                for (int m = first; m <= last && !keys.isEmpty(); m++) {
                    int[] run = runs.get(m);
                    String kana = text.substring(tokens.get(run[0]).start(), tokens.get(run[1] - 1).end());
                    String key = ScriptKeys.foreignInKana(kana);
                    List<String> longer = new ArrayList<>();
                    for (String k : key == null ? List.<String>of() : withSoftSign(key)) {
                        for (String before : keys) {
                            longer.add(m == first ? k : before + ' ' + k);
                        }
                    }
                    keys = longer;
                    if (key != null && !kana.equals("アル") && !kana.equals("エル")) {
                        consonants.append(consonants.length() > 0 ? " " : "").append(withoutVowels(key));
                    }
                }
                for (String key : keys) {
                    report(names.get(key), runs.get(first)[0], runs.get(last)[1], How.NAME, Script.KANA, found);
                }
                if (!keys.isEmpty()) {
                    report(consonantNames.get(consonants.toString()), runs.get(first)[0], runs.get(last)[1],
                            How.NAME, Script.KANA, found);
                }
            });
        }

        /** The keys of a run of katakana: its key, and without the soft sign's i (イーゴリ for Igor); none if none. */
        private static List<String> runKeys(String text, List<Token> tokens, int[] run) {
            String key = ScriptKeys.foreignInKana(text.substring(tokens.get(run[0]).start(),
                    tokens.get(run[1] - 1).end()));
            return key == null ? List.of() : withSoftSign(key);
        }

        /** Whether the word is katakana (ロ) or the long-vowel mark (ー), which the tokenizer makes a word of its own. */
        private static boolean kana(String text, Token t) {
            for (int i = t.start(); i < t.end(); i++) {
                if (!ScriptKeys.kana(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
