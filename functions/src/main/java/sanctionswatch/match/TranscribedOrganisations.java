package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Foreign organisations as Korean and Japanese news names them: the generic words translated, the proper words
 * written by their sound. 밍정국제무역 is MINGZHENG INTERNATIONAL TRADING LIMITED (밍정 Mingzheng read as Mandarin, 국제
 * international, 무역 trading), 단둥 훙샹실업발전공사 DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD, 토네이도 캐시
 * TORNADO CASH, SIAファルコン・インターナショナル・グループ SIA FALCON INTERNATIONAL GROUP. As in {@link
 * TranslatedOrganisations}, a name is the bag of its words in any order: each generic word as the English the lists
 * write ({@code korean-words.tsv} for Korean, the kana and han rows of {@code organisation-words.tsv} for Japanese),
 * each proper word by its sound key ({@link ScriptKeys#foreignOfLatin}: Hangul read for a foreign name, or as
 * Mandarin for a Chinese entry's; katakana), the list's proper words keyed each alone and, where they stand side by
 * side, run together (Korean writes JUI PANG as one word, 주이방).
 *
 * <p>Filed only for entries whose names are foreign to the script, as {@link TranscribedNames} files people: in
 * Hangul not the Koreas' (their names are Korean words, {@link KoreanNames}), in katakana not East Asia's (written
 * in Chinese characters), and only of the programmes and countries whose names have keys of other scripts ({@code
 * NameIndex.script}) and China's. A name stands whole, with a proper word and two words or more; of two words only
 * where the entry's country is named. A proper word alone (블렌더, ラザルス) is no name here: too many loanwords of
 * either script read as one (an organisation's one-word core stands as a surname alone does, where its country is
 * named: {@link TranscribedNames}); but a Chinese entry's proper words, two or more, that Korean runs into one word of
 * three syllables or more stand in quotes where the entry's country is named (대만기업 ‘주이방’, JUI PANG SHIPPING CO
 * LTD).
 */
final class TranscribedOrganisations {
    /** The fewest consonants of a name's proper words together: shorter ones are too many words' of either script. */
    private static final int LEAST = 4;
    /**
     * The fewest where the entry's country is named and a generic word ends the name, as Korean and Japanese end
     * one: 알 빌라드 이슬라믹 은행 (AL BILAD ISLAMIC BANK, b l d) in a report on Iraq's banks; not "은행 스베르" ("the bank
     * Sber...", no BPS-SBERBANK). Two consonants (アルファ銀行, ALFA-BANK) found six more in the development half and
     * four false alarms more in the test half.
     */
    private static final int LEAST_WITH_COUNTRY = 3;
    /** Words of a name at most, generic and proper. */
    private static final int LONGEST_NAME = 8;
    /** Before a bag's key, for each reading: bags of one reading never meet another's. */
    private static final Map<ScriptKeys.Reading, String> MARK = Map.of(ScriptKeys.Reading.HANGUL, "h:",
            ScriptKeys.Reading.MANDARIN, "m:", ScriptKeys.Reading.KANA, "j:");
    /** Countries whose organisations Japanese writes in Chinese characters, not katakana. */
    private static final Set<String> IN_KANJI = Set.of("JP", "CN", "TW", "HK", "MO", "KP", "KR");
    private static final String HOW = "its words translated, its proper words by their sound";
    private static final String HOW_ONE_WORD = "its proper words by their sound in one word";

    /** Quotes around a name run into one word: ‘주이방’, 'Jui Pang'. */
    private static final String OPENING_QUOTES = "'\"‘“「『";
    private static final String CLOSING_QUOTES = "'\"’”」』";
    /** The fewest syllables of a Chinese entry's proper words that Korean runs into one word. */
    private static final int LEAST_SYLLABLES = 3;

    private final Map<String, List<Entity>> bags;
    /** A Chinese entry's proper words, two or more side by side, run together and read as Mandarin (주이방). */
    private final Map<String, List<Entity>> oneWord;
    /** Bags whose proper words have fewer than {@link #LEAST} consonants: they stand where the country is named. */
    private final Map<String, List<Entity>> shortBags;

    private TranscribedOrganisations(Map<String, List<Entity>> bags, Map<String, List<Entity>> oneWord,
                                     Map<String, List<Entity>> shortBags) {
        this.bags = bags;
        this.oneWord = oneWord;
        this.shortBags = shortBags;
    }

    /** The foreign organisations of {@code list}, by the bags of words of their names in each reading. */
    static TranscribedOrganisations of(Watchlist list) {
        Map<String, List<Entity>> bags = new HashMap<>();
        Map<String, List<Entity>> oneWord = new HashMap<>();
        Map<String, List<Entity>> shortBags = new HashMap<>();
        for (Entity e : list.entities()) {
            if (e.type() != EntityType.ORGANISATION) {
                continue;
            }
            Set<String> countries = NameIndex.countries(e);
            boolean chinese = countries.stream().anyMatch(TranscribedNames.CHINESE::contains);
            if (NameIndex.script(e) == null && !chinese) {
                continue;
            }
            List<ScriptKeys.Reading> readings = new ArrayList<>(2);
            if (countries.stream().noneMatch(TranscribedNames.KOREAN::contains)) {
                // A Chinese entry's name read as Mandarin (자샹, JIAXIANG) and as English (트릴리언스 석유화학,
                // TRILIANCE PETROCHEMICAL CO. LTD. of Hong Kong): Hong Kong's companies have names of either.
                if (chinese) {
                    readings.add(ScriptKeys.Reading.MANDARIN);
                }
                readings.add(ScriptKeys.Reading.HANGUL);
            }
            if (countries.stream().noneMatch(IN_KANJI::contains)) {
                readings.add(ScriptKeys.Reading.KANA);
            }
            Set<String> ofEntity = new HashSet<>();
            Set<String> oneWordOfEntity = new HashSet<>();
            Set<String> shortOfEntity = new HashSet<>();
            for (String name : e.names()) {
                List<String> generic = new ArrayList<>();
                // The proper words, in runs of words side by side.
                List<List<String>> runs = new ArrayList<>();
                boolean inRun = false;
                int words = 0;
                for (String w : NameForms.withoutLegalForms(NameForms.words(name))) {
                    // A Russian bank's name joined to "bank", as Korean and Japanese write it by its sound
                    // (SOVCOMBANK is 소브콤방크, ソフコムバンク): its word, then "bank" (방크, バンク).
                    String stem = NameIndex.bankStem(w);
                    List<String> english = stem != null ? null : TranslatedOrganisations.generic(w);
                    if (english == null && stem == null
                            && (KoreanNames.englishWord(w) || TranslatedOrganisations.englishOfKana(w))) {
                        // A word of the lists Korean or Japanese translates (SHIPPING, 해운, シッピング) that the
                        // table of the lists' own words does not have.
                        english = List.of(w);
                    }
                    if (english != null) {
                        generic.addAll(english);
                        inRun = false;
                    } else if (!NameForms.article(w)) {
                        if (!inRun) {
                            runs.add(new ArrayList<>(2));
                        }
                        runs.get(runs.size() - 1).add(stem != null ? stem : w);
                        inRun = true;
                        words++;
                    }
                    if (stem != null) {
                        generic.add("bank");
                        inRun = false;
                    }
                }
                words += generic.size();
                if (runs.isEmpty() || words < 2 || words > LONGEST_NAME) {
                    continue;
                }
                for (ScriptKeys.Reading reading : readings) {
                    List<String> each = new ArrayList<>();
                    List<String> joined = new ArrayList<>();
                    for (List<String> run : runs) {
                        for (String w : run) {
                            each.add(ScriptKeys.foreignOfLatin(w, reading));
                        }
                        joined.add(ScriptKeys.foreignOfLatin(String.join("", run), reading));
                    }
                    int consonants = each.contains(null) ? 0 : consonants(each);
                    if (consonants >= LEAST_WITH_COUNTRY) {
                        Set<String> to = consonants >= LEAST ? ofEntity : shortOfEntity;
                        to.add(MARK.get(reading) + bag(generic, each));
                        to.add(MARK.get(reading) + bag(generic, joined));
                    }
                    if (consonants >= LEAST && reading == ScriptKeys.Reading.MANDARIN && runs.size() == 1
                            && runs.get(0).size() >= 2) {
                        oneWordOfEntity.add(joined.get(0));
                    }
                }
            }
            ofEntity.forEach(b -> bags.computeIfAbsent(b, k -> new ArrayList<>(1)).add(e));
            oneWordOfEntity.forEach(b -> oneWord.computeIfAbsent(b, k -> new ArrayList<>(1)).add(e));
            shortOfEntity.removeAll(ofEntity);
            shortOfEntity.forEach(b -> shortBags.computeIfAbsent(b, k -> new ArrayList<>(1)).add(e));
        }
        return new TranscribedOrganisations(bags, oneWord, shortBags);
    }

    /** Whether the text has Hangul or katakana: only then is anything here read or made. */
    static boolean anyToRead(String text, List<Token> tokens) {
        for (Token t : tokens) {
            char c = text.charAt(t.start());
            if (ScriptKeys.hangul(c) || ScriptKeys.kana(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisations the text names with their proper words by sound: in "단둥리치어스무역과 밍정국제무역 등",
     * MINGZHENG INTERNATIONAL TRADING LIMITED over 밍정국제무역. {@code countryNamed} says whether the text names a
     * country of the entry; a name of two words stands only then.
     */
    List<TranslatedOrganisations.Found> find(String text, List<Token> tokens, Predicate<Entity> countryNamed) {
        return new Reading(text, tokens, countryNamed).found();
    }

    /** What a stretch of the text is in a name: a generic word with its English words, or a proper word. */
    private record Element(int from, int to, List<String> english, String proper, Script script, boolean whole) {
        boolean generic() {
            return english != null;
        }
    }

    private enum Script { HANGUL, KANA, HAN, LATIN }

    /** One text read: its words as elements of names, and the names found. */
    private final class Reading {
        private final String text;
        private final List<Token> tokens;
        private final Predicate<Entity> countryNamed;
        private final List<TranslatedOrganisations.Found> found = new ArrayList<>(0);

        Reading(String text, List<Token> tokens, Predicate<Entity> countryNamed) {
            this.text = text;
            this.tokens = tokens;
            this.countryNamed = countryNamed;
        }

        List<TranslatedOrganisations.Found> found() {
            // Stretches of elements a name may run over: words of one sentence joined by nothing, spaces, a hyphen
            // or a middle dot.
            List<Element> stretch = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                Script script = script(tokens.get(i));
                if (script == null) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end()
                        && script(tokens.get(end)) == script) {
                    end++;
                }
                if (!stretch.isEmpty() && !joins(stretch.get(stretch.size() - 1).to(), i)) {
                    names(stretch);
                    stretch.clear();
                }
                List<Element> word = elements(i, end, script);
                if (word == null) {
                    names(stretch);
                    stretch.clear();
                } else {
                    stretch.addAll(word);
                }
                i = end;
            }
            names(stretch);
            return found;
        }

        /** Whether the word ending before token {@code to} and the one at {@code next} may be words of one name. */
        private boolean joins(int to, int next) {
            Token before = tokens.get(to - 1);
            Token after = tokens.get(next);
            if (before.sentence() != after.sentence()) {
                return false;
            }
            String between = text.substring(before.end(), after.start());
            return between.isEmpty() || between.isBlank() && between.indexOf('\n') < 0 || between.equals("-")
                    || between.equals("\u30FB");
        }

        private Script script(Token t) {
            char c = text.charAt(t.start());
            if (ScriptKeys.hangul(c)) {
                return Script.HANGUL;
            }
            if (ScriptKeys.kana(c)) {
                return Script.KANA;
            }
            if (ScriptKeys.han(c)) {
                return Script.HAN;
            }
            return c < 0x80 && t.capitalised() && Character.isLetter(c) ? Script.LATIN : null;
        }

        /** The elements of the word of tokens {@code from}–{@code end} in one script, or null for no name's word. */
        private List<Element> elements(int from, int end, Script script) {
            return switch (script) {
                case HANGUL -> hangul(from, end);
                case KANA -> kana(from, end);
                case HAN -> han(from, end);
                case LATIN -> {
                    List<Element> words = new ArrayList<>(end - from);
                    for (int k = from; k < end; k++) {
                        String norm = tokens.get(k).norm();
                        List<String> english = TranslatedOrganisations.generic(norm);
                        words.add(new Element(k, k + 1, english, english == null ? norm : null, script, false));
                    }
                    yield words;
                }
            };
        }

        /**
         * A Hangul word as Korean's generic words and the runs of syllables between them: 훙샹실업발전공사 is 훙샹,
         * industrial, development and a legal form. A particle after a generic word ends the word (무역과).
         */
        private List<Element> hangul(int from, int end) {
            List<Element> out = new ArrayList<>();
            int properFrom = -1;
            int i = from;
            while (i < end) {
                int length = 0;
                List<String> english = null;
                for (int n = Math.min(KoreanNames.LONGEST, end - i); n >= 1; n--) {
                    // A word of one syllable ends a word only (부, 성: ministry), as KoreanNames reads it.
                    if (n == 1 && i + 1 < end) {
                        continue;
                    }
                    english = asListed(KoreanNames.english(syllables(i, i + n)));
                    if (english != null) {
                        length = n;
                        break;
                    }
                }
                if (english == null) {
                    if (properFrom < 0) {
                        properFrom = i;
                    }
                    i++;
                    continue;
                }
                if (properFrom >= 0) {
                    out.add(proper(properFrom, i));
                    properFrom = -1;
                }
                out.add(new Element(i, i + length, english, null, Script.HANGUL, false));
                i += length;
            }
            if (properFrom >= 0) {
                boolean particle = end - properFrom == 1
                        && Words.KOREAN_PARTICLES.indexOf(text.charAt(tokens.get(properFrom).start())) >= 0;
                if (!particle || out.isEmpty()) {
                    out.add(out.isEmpty() ? new Element(properFrom, end, null, syllables(properFrom, end),
                            Script.HANGUL, true) : proper(properFrom, end));
                }
            }
            return out;
        }

        /**
         * A katakana word as one generic word, or as a proper word with a generic word written on to its end or its
         * start: a Russian bank joined to "bank" as Japanese writes it (ソブコムバンク, SOVCOMBANK; ノビコムバンク,
         * NOVIKOMBANK), as Korean's words are read inside a word ({@link #hangul}). The generic word is the longest
         * the table has, of two characters or more, leaving two or more to the proper word.
         */
        private List<Element> kana(int from, int end) {
            String kana = text.substring(tokens.get(from).start(), tokens.get(end - 1).end());
            List<String> english = TranslatedOrganisations.genericOfKana(kana);
            if (english != null) {
                return List.of(new Element(from, end, english, null, Script.KANA, false));
            }
            for (int k = from + 2; k <= end - 2; k++) {
                String after = text.substring(tokens.get(k).start(), tokens.get(end - 1).end());
                List<String> suffix = TranslatedOrganisations.genericOfKana(after);
                if (suffix != null) {
                    return List.of(kanaProper(from, k), new Element(k, end, suffix, null, Script.KANA, false));
                }
            }
            for (int k = end - 2; k >= from + 2; k--) {
                String before = text.substring(tokens.get(from).start(), tokens.get(k - 1).end());
                List<String> prefix = TranslatedOrganisations.genericOfKana(before);
                if (prefix != null) {
                    return List.of(new Element(from, k, prefix, null, Script.KANA, false), kanaProper(k, end));
                }
            }
            return List.of(new Element(from, end, null, kana, Script.KANA, false));
        }

        private Element kanaProper(int from, int to) {
            return new Element(from, to, null, text.substring(tokens.get(from).start(), tokens.get(to - 1).end()),
                    Script.KANA, false);
        }

        private Element proper(int from, int to) {
            return new Element(from, to, null, syllables(from, to), Script.HANGUL, false);
        }

        /** A run of Chinese characters (in Japanese text) as the table's generic words, or null if one is not. */
        private List<Element> han(int from, int end) {
            List<Element> out = new ArrayList<>();
            int i = from;
            while (i < end) {
                List<String> english = null;
                int length = 0;
                for (int n = Math.min(TranslatedOrganisations.LONGEST_HAN, end - i); n >= 1; n--) {
                    english = TranslatedOrganisations.genericOfHan(syllables(i, i + n));
                    if (english != null) {
                        length = n;
                        break;
                    }
                }
                if (english == null) {
                    // A character of no generic word: the name, if any, ends before it; the run is no name's.
                    return out.isEmpty() ? null : out;
                }
                out.add(new Element(i, i + length, english, null, Script.HAN, false));
                i += length;
            }
            return out;
        }

        private String syllables(int from, int to) {
            StringBuilder b = new StringBuilder(to - from);
            for (int k = from; k < to; k++) {
                b.append(tokens.get(k).norm());
            }
            return b.toString();
        }

        /** Every stretch of elements within {@code stretch}, of a sound word and a proper word, looked up. */
        private void names(List<Element> stretch) {
            for (int s = 0; s < stretch.size(); s++) {
                if (stretch.get(s).generic() && stretch.get(s).english().isEmpty()) {
                    // A name starts with a word of it, not a legal form.
                    continue;
                }
                for (int e = s + 1; e <= Math.min(stretch.size(), s + LONGEST_NAME); e++) {
                    look(stretch.subList(s, e));
                }
            }
        }

        /**
         * A Chinese entry's proper words that Korean runs into one word, in quotes, where the entry's country is
         * named: "대만기업 ‘주이방’과" is JUI PANG SHIPPING CO LTD. Without the quotes or the country, a word of three
         * syllables read as Mandarin is too often a Korean word or a place.
         */
        private void oneWord(Element word) {
            if (!word.whole() || word.to() - word.from() < LEAST_SYLLABLES) {
                return;
            }
            int before = tokens.get(word.from()).start() - 1;
            int after = tokens.get(word.to() - 1).end();
            if (before < 0 || after >= text.length() || OPENING_QUOTES.indexOf(text.charAt(before)) < 0
                    || CLOSING_QUOTES.indexOf(text.charAt(after)) < 0) {
                return;
            }
            List<Entity> entities = oneWord.get(ScriptKeys.foreignInHangul(word.proper(), true));
            for (Entity entity : entities == null ? List.<Entity>of() : entities) {
                if (countryNamed.test(entity)) {
                    found.add(new TranslatedOrganisations.Found(word.from(), word.to(), entity, HOW_ONE_WORD));
                }
            }
        }

        private void look(List<Element> name) {
            if (name.size() == 1 && name.get(0).script() == Script.HANGUL && !name.get(0).generic()) {
                oneWord(name.get(0));
            }
            boolean kana = false;
            boolean hangul = false;
            List<String> generic = new ArrayList<>();
            List<Element> proper = new ArrayList<>();
            for (Element e : name) {
                kana |= e.script() == Script.KANA;
                hangul |= e.script() == Script.HANGUL;
                if (e.generic()) {
                    generic.addAll(e.english());
                } else {
                    proper.add(e);
                }
            }
            if (proper.isEmpty() || kana == hangul || generic.size() + proper.size() < 2) {
                return;
            }
            List<ScriptKeys.Reading> readings = kana ? List.of(ScriptKeys.Reading.KANA)
                    : List.of(ScriptKeys.Reading.HANGUL, ScriptKeys.Reading.MANDARIN);
            for (ScriptKeys.Reading reading : readings) {
                List<String> keys = new ArrayList<>(proper.size());
                for (Element p : proper) {
                    String key = switch (p.script()) {
                        case HANGUL -> ScriptKeys.foreignInHangul(p.proper(), reading == ScriptKeys.Reading.MANDARIN);
                        case KANA -> ScriptKeys.foreignInKana(p.proper());
                        default -> ScriptKeys.foreignOfLatin(p.proper(), reading);
                    };
                    keys.add(key);
                }
                if (keys.contains(null)) {
                    continue;
                }
                String bag = MARK.get(reading) + bag(generic, keys);
                boolean weak = generic.size() + proper.size() == 2;
                for (Entity entity : bags.getOrDefault(bag, List.of())) {
                    if (!weak || countryNamed.test(entity)) {
                        found.add(new TranslatedOrganisations.Found(name.get(0).from(),
                                name.get(name.size() - 1).to(), entity, HOW));
                    }
                }
                for (Entity entity : name.get(name.size() - 1).generic() ? shortBags.getOrDefault(bag, List.of())
                        : List.<Entity>of()) {
                    if (countryNamed.test(entity)) {
                        found.add(new TranslatedOrganisations.Found(name.get(0).from(),
                                name.get(name.size() - 1).to(), entity, HOW));
                    }
                }
            }
        }
    }

    /**
     * The English words of a Korean word as the lists' words are read ({@link TranslatedOrganisations#generic}):
     * 실업's "industrial" is industry, as INDUSTRIAL of a list name is; null for no Korean word.
     */
    static List<String> asListed(List<String> english) {
        if (english == null) {
            return null;
        }
        List<String> out = new ArrayList<>(english.size());
        for (String w : english) {
            List<String> listed = w.equals("-") ? List.of() : TranslatedOrganisations.generic(w);
            out.addAll(listed == null ? List.of(w) : listed);
        }
        return out;
    }

    private static int consonants(List<String> keys) {
        int n = 0;
        for (String k : keys) {
            for (int i = 0; i < k.length(); i++) {
                n += k.charAt(i) >= 'a' && k.charAt(i) <= 'z' ? 1 : 0;
            }
        }
        return n;
    }

    private static String bag(List<String> generic, List<String> proper) {
        List<String> all = new ArrayList<>(generic.size() + proper.size());
        all.addAll(generic);
        for (String key : proper) {
            all.add(skeleton(key));
        }
        all.sort(null);
        return String.join(" ", all);
    }

    /**
     * A proper word's key in a bag: its consonants alone where it has four or more. Korean writes an English word by
     * how it sounds, its vowels as the spelling does not tell (TRILIANCE is 트릴리언스, t-l-l-n-s in both, "a" heard
     * as 어); a shorter word keeps its vowels, as two or three consonants are many Korean words' ("러시아 기업",
     * "Russian companies", would be RUSSIAN ACADEMY OF SCIENCES' institute).
     */
    private static String skeleton(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 'A' || c > 'Z') {
                b.append(c);
            }
        }
        return b.length() >= 4 ? b.toString() : key;
    }
}
