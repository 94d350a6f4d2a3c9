package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.HanPinyin;
import sanctionswatch.text.Lazy;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;
import sanctionswatch.text.Tokens;
import sanctionswatch.text.Tsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Organisations as news in other languages names them, by translating their generic words: "Banque centrale
 * syrienne" is CENTRAL BANK OF SYRIA, "Группа ГАЗ" GAZ GROUP, "جمعية البستان الخيرية" AL-BUSTAN CHARITY ASSOCIATION,
 * 朝鲜国防科学院 ACADEMY OF NATIONAL DEFENSE SCIENCE. Each language puts the words in its own order ("the bank central
 * Syrian"), so a name is the bag of its words: each generic word as the English the lists write for it ({@code
 * organisation-words.tsv}), each proper word (ГАЗ, البستان) by its key ({@link Romanisation#key} for Latin letters and
 * romanised Cyrillic, {@link ScriptKeys#arabic} for Arabic script), legal forms, articles and "of" left out. A bag
 * meets a list name's bag only whole, and only where a word of another language than English is in it: English names
 * are the phrase index's. A bag of generic words alone (central bank, defence ministry: every state has one), or of
 * two words, stands only where the entry's country is named; a country word the list's name does not have ("cartel
 * mexicano de Sinaloa", 朝鲜 before a body's name) is passed over where it is the entry's country.
 */
final class TranslatedOrganisations {
    private enum Script { LATIN, ARABIC, HAN }

    private record Word(List<String> english, boolean foreign) {}

    /** The words of each script: folded word, its English words and whether it is another language's. */
    private static final Map<String, Word> LATIN = new HashMap<>();
    private static final Map<String, Word> ARABIC = new HashMap<>();
    private static final Map<String, Word> HAN = new HashMap<>();
    /** Japanese words in katakana (グループ, group), read with proper words by sound ({@link TranscribedOrganisations}). */
    private static final Map<String, Word> KANA = new HashMap<>();
    /** The English words of {@link #KANA}: a list's name has them as generic words (SHIPPING, シッピング). */
    private static final Set<String> KANA_ENGLISH = new HashSet<>();
    /** The longest Chinese word, in characters: a run of characters is read by the longest word where it stands. */
    static final int LONGEST_HAN;
    /** The English words the country words stand for, with the country's code. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("iran", "IR"), Map.entry("syria",
            "SY"), Map.entry("russia", "RU"), Map.entry("korea", "KP"), Map.entry("belarus", "BY"), Map.entry("mexico",
            "MX"), Map.entry("venezuela", "VE"), Map.entry("cuba", "CU"), Map.entry("iraq", "IQ"), Map.entry("lebanon",
            "LB"), Map.entry("china", "CN"));
    /** {@link #COUNTRIES} the other way: the English word of each country's code. */
    private static final Map<String, String> STATES = new HashMap<>();

    static {
        COUNTRIES.forEach((word, code) -> STATES.put(code, word));
    }

    /**
     * The endings of Russian adjectives and nouns in the nominative as the lists romanise them (AVTOMOBILNYI,
     * BELARUSSKI, ROSSIYSKAYA): a list's word is a table's stem only with one of these after it, not CUBANACAN's
     * "cubana".
     */
    private static final Set<String> ROMANISED_ENDINGS = Set.of("i", "y", "yi", "ii", "iy", "ij", "aya", "aia",
            "oe", "oye", "ye", "ie");

    /** Words a name runs over at most: a name of more is no name news translates word for word. */
    private static final int LONGEST_NAME = 8;

    /**
     * A Chinese company's generic words as one where Chinese has one word for several of the lists': 海运, 航运 and
     * 船务 are the HONGXIANG MARINE's, the HUAXIN SHIPPING's and SHANGHAI DONGFENG SHPG's "shipping" alike.
     */
    private static final Map<String, String> HAN_SAME = Map.of("marine", "shipping", "maritime", "shipping",
            "navigation", "shipping", "shpg", "shipping", "intl", "international");
    /** The place a Hong Kong company's list name ends in (HUAXIN SHIPPING HONGKONG LTD), which Chinese leaves out. */
    private static final Set<String> HONG_KONG = Set.of("hong", "kong", "hongkong", "hk");
    /** Characters a Chinese company's proper words run over at most (丹东鸿祥, four: dan dong hong xiang). */
    private static final int LONGEST_PROPER_HAN = 8;
    private static final String PINYIN = "its proper words read in pinyin, its generic words translated";
    /** The generic word of a Chinese company's name of proper words and a legal form alone ({@link #pinyinBag}). */
    private static final String LEGAL_FORM = "-";

    static {
        int longest = 1;
        for (Tsv.Row row : Tsv.rows(TranslatedOrganisations.class, "/sanctionswatch/match/organisation-words.tsv",
                3)) {
            String script = row.get(0);
            List<String> english = List.of(row.get(2).split(" "));
            Map<String, Word> words = switch (script) {
                case "english", "latin" -> LATIN;
                case "arabic" -> ARABIC;
                case "han" -> HAN;
                case "kana" -> KANA;
                default -> throw new IllegalStateException("organisation-words.tsv:" + row.line()
                        + ": script is english, latin, arabic, han or kana, not " + script);
            };
            StringBuilder folded = new StringBuilder();
            for (Token t : Tokenizer.tokenize(row.get(1))) {
                folded.append(t.norm());
            }
            Word before = words.put(folded.toString(), new Word(english.equals(List.of("-")) ? List.of() : english,
                    !script.equals("english")));
            if (before != null) {
                // English and Latin rows share one table: a French "centre" after the lists' English one would make
                // every English text that writes "centre" read as another language's.
                throw new IllegalStateException("organisation-words.tsv:" + row.line() + ": " + folded
                        + " is in the table already");
            }
            if (script.equals("han")) {
                longest = Math.max(longest, folded.length());
            }
        }
        LONGEST_HAN = longest;
        KANA.values().forEach(w -> KANA_ENGLISH.addAll(w.english()));
    }

    /**
     * The table's words of other languages than English that have a meaning ("banque", "compania"; not "de"), numbered:
     * in a text of Latin letters only, most texts, the only words {@link #anyToRead} looks for, each distinct word of
     * the text looked up once with the hash its tokenizer made ({@link Lexicon#ids}), in a table small enough to stay
     * in the processor's caches.
     */
    private static final Lexicon FOREIGN_LATIN = foreignLatin();

    private static Lexicon foreignLatin() {
        Lexicon words = new Lexicon();
        LATIN.forEach((folded, w) -> {
            if (w.foreign() && !w.english().isEmpty()) {
                words.add(folded);
            }
        });
        return words.trimmed();
    }

    /** The English words of a word of a list's name (TRADING: trade; CO: none), or null for a proper word. */
    static List<String> generic(String folded) {
        Word w = LATIN.get(folded);
        return w == null ? null : w.english();
    }

    /** The English words of a Japanese word in katakana (インターナショナル: international), or null. */
    static List<String> genericOfKana(String kana) {
        Word w = KANA.get(kana);
        return w == null ? null : w.english();
    }

    /** Whether the lists' English word is one a Japanese word in katakana stands for (shipping: シッピング). */
    static boolean englishOfKana(String english) {
        return KANA_ENGLISH.contains(english);
    }

    /** The English words of a word of Chinese characters (银行: bank), or null. */
    static List<String> genericOfHan(String han) {
        Word w = HAN.get(han);
        return w == null ? null : w.english();
    }

    private final Map<String, List<Entity>> latinBags;
    private final Map<String, List<Entity>> arabicBags;
    /** The list's Chinese companies by their generic words and their proper words' letters run together. */
    private final Map<String, List<Entity>> pinyinBags;
    /** The keys of the proper words of the latin bags: a declined Cyrillic word is read as the one of them it is. */
    private final Set<String> latinProper;
    /** The list's foreign organisations' bags by sound, made the first time a text has Hangul or katakana. */
    private final Lazy<TranscribedOrganisations> transcribed;

    private TranslatedOrganisations(Watchlist list, Map<String, List<Entity>> latinBags,
                                    Map<String, List<Entity>> arabicBags, Map<String, List<Entity>> pinyinBags,
                                    Set<String> latinProper) {
        this.transcribed = Lazy.of(() -> TranscribedOrganisations.of(list));
        this.latinBags = latinBags;
        this.arabicBags = arabicBags;
        this.pinyinBags = pinyinBags;
        this.latinProper = latinProper;
    }

    /** The organisations of {@code list}, by the bags of words of their names and aliases. */
    static TranslatedOrganisations of(Watchlist list) {
        Map<String, List<Entity>> latin = new HashMap<>();
        Map<String, List<Entity>> arabic = new HashMap<>();
        Map<String, List<Entity>> pinyin = new HashMap<>();
        Set<String> proper = new HashSet<>();
        for (Entity e : list.entities()) {
            if (e.type() != EntityType.ORGANISATION) {
                continue;
            }
            Set<String> latinOfEntity = new HashSet<>();
            Set<String> arabicOfEntity = new HashSet<>();
            boolean chinese = NameIndex.countries(e).stream().anyMatch(TranscribedNames.CHINESE::contains);
            // Each name's words, and where it has a state's long name, its words with the state's short word: a
            // name of two words that way is a description ("Iranian airline" for THE AIRLINE OF THE ISLAMIC
            // REPUBLIC OF IRAN), so it takes three.
            Map<List<String>, Integer> wordings = new LinkedHashMap<>();
            for (String name : e.names()) {
                List<String> words = NameForms.words(name);
                wordings.putIfAbsent(words, 2);
                List<String> shorter = NameForms.withStatesShort(words);
                if (shorter != words) {
                    wordings.putIfAbsent(shorter, 3);
                }
                // A ministry by its first field, as English names it: "le ministère iranien de la Défense", Iran's
                // "Ministry of Defence", is MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS where Iran is named; and
                // with its state's word, which Arabic and Russian write after it ("وزارة الدفاع الإيرانية").
                List<String> ministry = NameForms.ministryBeforeAnd(NameForms.withoutLegalForms(words));
                if (ministry != null) {
                    wordings.putIfAbsent(ministry, 2);
                    for (String code : NameIndex.countries(e)) {
                        String state = STATES.get(code);
                        if (state != null) {
                            List<String> withState = new ArrayList<>(ministry);
                            withState.add(state);
                            wordings.putIfAbsent(withState, 3);
                        }
                    }
                }
            }
            for (Map.Entry<List<String>, Integer> wording : wordings.entrySet()) {
                String pinyinBag = chinese ? pinyinBag(wording.getKey()) : null;
                if (pinyinBag != null) {
                    List<Entity> of = pinyin.computeIfAbsent(pinyinBag, k -> new ArrayList<>(1));
                    if (!of.contains(e)) {
                        of.add(e);
                    }
                }
                int least = wording.getValue();
                List<String> generic = new ArrayList<>();
                List<String> latinKeys = new ArrayList<>();
                List<String> arabicKeys = new ArrayList<>();
                // A Chinese company's proper words as Arabic writes their Mandarin sound, with ng as نغ and as نج.
                List<String> mandarinKeys = new ArrayList<>();
                List<String> mandarinKeysNj = new ArrayList<>();
                for (String w : NameForms.withoutLegalForms(wording.getKey())) {
                    // The lists' romanised Russian as the text's Cyrillic, with its ending (BELARUSSKI AVTOMOBILNYI
                    // ZAVOD: belarussk, avtomobiln, zavod).
                    Word word = LATIN.get(w);
                    for (int cut = 1; word == null && cut <= 3 && w.length() - cut >= 5; cut++) {
                        if (ROMANISED_ENDINGS.contains(w.substring(w.length() - cut))) {
                            word = LATIN.get(w.substring(0, w.length() - cut));
                        }
                    }
                    if (word != null) {
                        generic.addAll(word.english());
                    } else if (!NameForms.article(w)) {
                        latinKeys.add(Romanisation.key(w));
                        String key = ScriptKeys.arabicOfLatin(w);
                        arabicKeys.add(key == null ? "" : key);
                        if (chinese) {
                            mandarinKeys.add(Objects.requireNonNullElse(ScriptKeys.mandarinInArabic(w, false), ""));
                            mandarinKeysNj.add(Objects.requireNonNullElse(ScriptKeys.mandarinInArabic(w, true), ""));
                        }
                    }
                }
                if (generic.isEmpty() || generic.size() + latinKeys.size() < least
                        || generic.size() + latinKeys.size() > LONGEST_NAME) {
                    continue;
                }
                latinOfEntity.add(bag(generic, latinKeys));
                proper.addAll(latinKeys);
                for (List<String> keys : chinese ? List.of(arabicKeys, mandarinKeys, mandarinKeysNj)
                        : List.of(arabicKeys)) {
                    if (!keys.contains("")) {
                        arabicOfEntity.add(bag(generic, keys));
                    }
                }
            }
            latinOfEntity.forEach(b -> latin.computeIfAbsent(b, k -> new ArrayList<>(1)).add(e));
            arabicOfEntity.forEach(b -> arabic.computeIfAbsent(b, k -> new ArrayList<>(1)).add(e));
        }
        return new TranslatedOrganisations(list, latin, arabic, pinyin, Set.copyOf(proper));
    }

    /**
     * A Chinese company's name as Chinese writes it: its proper words first, which the lists spell in pinyin, then its
     * generic words. SHANGHAI DONGFENG SHPG CO LTD is shipping with shanghaidongfeng, 上海东风航运有限公司 read; a name
     * of proper words and a legal form alone (ZHUHAI ZHENRONG COMPANY LIMITED, 珠海振戎公司) has the legal form's "-"
     * for its generic word where its proper words have eight letters or more. Null for a name with no generic word, a
     * proper word after one (KOREA KWANGSON BANKING's order is no Chinese name's), or proper words of fewer than four
     * letters.
     */
    private static String pinyinBag(List<String> words) {
        List<String> generic = new ArrayList<>();
        StringBuilder proper = new StringBuilder();
        List<String> named = NameForms.withoutLegalForms(words);
        for (String w : named) {
            String same = HAN_SAME.get(w);
            Word word = LATIN.get(w);
            if (same != null) {
                generic.add(same);
            } else if (word != null) {
                word.english().forEach(english -> generic.add(HAN_SAME.getOrDefault(english, english)));
            } else if (HONG_KONG.contains(w) || NameForms.article(w)) {
                continue;
            } else if (!generic.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                return null;
            } else {
                proper.append(w);
            }
        }
        if (generic.isEmpty() && named.size() < words.size() && proper.length() >= 8) {
            generic.add(LEGAL_FORM);
        }
        return generic.isEmpty() || proper.length() < 4 || generic.size() >= LONGEST_NAME ? null
                : bag(generic, List.of(proper.toString()));
    }

    /**
     * Whether the text has a word this class reads names from: a generic word of another language than English, a
     * Chinese character, Hangul or katakana. Asked before the bags are made, the first time a text needs them: an
     * English text never does, and a function's cold start does not pay for them (some 40,000 names read).
     */
    static boolean anyToRead(String text, List<Token> tokens) {
        if (!Tokens.anyFrom(text, tokens, '\u0400')) {
            // Latin letters and digits only: no Chinese, Hangul or katakana, no Cyrillic stem, and a word of the
            // table is one of another language's only as FOREIGN_LATIN has it.
            for (int id : FOREIGN_LATIN.ids(tokens)) {
                if (id >= 0) {
                    return true;
                }
            }
            return false;
        }
        // Each distinct word of the text asked once for each first character it is written with: the 109 feed
        // articles say 13,551 words of which 8,372 are distinct within their article. What a word is here depends on
        // its folded form and its first character only ("Banque" and "banque" are asked apart).
        int[] askedWith = new int[tokens instanceof Tokens words ? words.distinct() : 0];
        for (Token t : tokens) {
            char first = text.charAt(t.start());
            int w = t.word();
            if (w >= 0 && w < askedWith.length) {
                if (askedWith[w] == first + 1) {
                    continue;
                }
                askedWith[w] = first + 1;
            }
            Script script = script(first);
            if (script == Script.HAN || ScriptKeys.hangul(first) || ScriptKeys.kana(first)
                    || anchor(text, t, script)) {
                return true;
            }
        }
        return false;
    }

    /** A word of the table of another language, with a meaning: "banque", "группа", not "de" or "bank". */
    private static boolean anchor(String text, Token t, Script script) {
        Word w = script == Script.ARABIC ? arabicWord(t.norm()) : latinWord(text, t);
        return w != null && !w.english().isEmpty() && (w.foreign() || Inflection.cyrillic(text.charAt(t.start())));
    }

    /**
     * A match: the words {@code from} to {@code to} (exclusive) of the text are a name of {@code entity}, found as
     * {@code how} says in a mention's evidence ("its words translated").
     */
    record Found(int from, int to, Entity entity, String how) {
        static final String TRANSLATED = "its words translated";

        Found(int from, int to, Entity entity) {
            this(from, to, entity, TRANSLATED);
        }
    }

    /**
     * The organisations the text's words name in another language, by their bags of words: in "la Banque centrale
     * syrienne", CENTRAL BANK OF SYRIA over "Banque centrale syrienne". {@code countryNamed} says whether the text
     * names a country of the entry; a bag of generic words alone or of two words stands only then.
     */
    List<Found> find(String text, List<Token> tokens, Predicate<Entity> countryNamed) {
        List<Found> found = new Reading(text, tokens, countryNamed).found();
        if (TranscribedOrganisations.anyToRead(text, tokens)) {
            found.addAll(transcribed.get().find(text, tokens, countryNamed));
        }
        return found;
    }

    /** One text read: what each word is in a name, worked out once, and the names found. */
    private final class Reading {
        private final String text;
        private final List<Token> tokens;
        private final Predicate<Entity> countryNamed;
        private final Element[] elements;
        private final List<Found> found = new ArrayList<>(0);

        Reading(String text, List<Token> tokens, Predicate<Entity> countryNamed) {
            this.text = text;
            this.tokens = tokens;
            this.countryNamed = countryNamed;
            this.elements = new Element[tokens.size()];
        }

        List<Found> found() {
            Set<Long> tried = new HashSet<>();
            for (int a = 0; a < tokens.size(); a++) {
                Token t = tokens.get(a);
                if (a > 0) {
                    latinThenGeneric(a);
                }
                Script script = script(text.charAt(t.start()));
                if (script == Script.HAN) {
                    int end = a + 1;
                    while (end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end()
                            && script(text.charAt(tokens.get(end).start())) == Script.HAN) {
                        end++;
                    }
                    int kana = kanaWordBefore(a);
                    han(a, end, kana, stateNamed(kana, a));
                    a = end - 1;
                    continue;
                }
                if (!anchor(text, t, script)) {
                    continue;
                }
                // Only a word of another language starts the search: English texts, most of them, pass by here.
                for (int from = Math.max(0, a - LONGEST_NAME + 1); from <= a; from++) {
                    if (!qualify(from, a, t.sentence(), script)) {
                        continue;
                    }
                    for (int to = a + 1; to <= Math.min(tokens.size(), from + LONGEST_NAME); to++) {
                        if (!qualify(to - 1, to - 1, t.sentence(), script)
                                || to - 1 > from && !joined(tokens.get(to - 2), tokens.get(to - 1))) {
                            break;
                        }
                        if (tried.add((long) from << 32 | to)) {
                            spaced(from, to, script);
                        }
                    }
                }
            }
            return found;
        }

        /**
         * A foreign company's own words in Latin letters with its generic words after them in Chinese characters,
         * Hangul or katakana, as Chinese, Korean and Japanese news write one: "Saint Petersburg银行" is BANK SAINT
         * PETERSBURG, "Rossiya 은행" BANK ROSSIYA, "Zagros石化公司" ZAGROS PETROCHEMICAL. The Latin words keep their
         * spelling, so they are keyed as an English text's are, not by their sound ({@link TranscribedOrganisations},
         * which takes ROSSIYA's two consonants for too short a name). Token {@code at} is the first after the Latin
         * words.
         */
        private void latinThenGeneric(int at) {
            Token first = tokens.get(at);
            char c = text.charAt(first.start());
            boolean han = script(c) == Script.HAN;
            if (!han && !ScriptKeys.hangul(c) && !ScriptKeys.kana(c) || !latinWord(at - 1)
                    || !joined(tokens.get(at - 1), first)
                    || !text.substring(tokens.get(at - 1).end(), first.start()).isBlank()) {
                return;
            }
            // The generic words from the first character on, each with the token it ends at.
            List<List<String>> generic = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            int end = at;
            while (end < tokens.size() && (end == at || tokens.get(end).start() == tokens.get(end - 1).end())
                    && sameScript(c, text.charAt(tokens.get(end).start()))) {
                end++;
            }
            // Each character one token, as the tokenizer reads these scripts.
            String run = text.substring(first.start(), tokens.get(end - 1).end());
            int longest = han ? LONGEST_HAN : ScriptKeys.hangul(c) ? KoreanNames.LONGEST : run.length();
            int i = 0;
            while (i < run.length() && generic.size() < LONGEST_NAME) {
                int length = 0;
                List<String> english = null;
                for (int n = Math.min(run.length() - i, longest); n >= 1 && english == null; n--) {
                    english = genericIn(c, run.substring(i, i + n));
                    length = n;
                }
                if (english == null) {
                    break;
                }
                generic.add(english);
                i += length;
                ends.add(at + i);
            }
            if (!generic.isEmpty()) {
                Token before = tokens.get(at - 1);
                for (int from = at - 1; from >= Math.max(0, at - 3) && latinWord(from)
                        && tokens.get(from).sentence() == before.sentence()
                        && (from == at - 1 || joined(tokens.get(from), tokens.get(from + 1))); from--) {
                    List<String> latinGeneric = new ArrayList<>();
                    List<String> proper = new ArrayList<>();
                    for (int k = from; k < at; k++) {
                        Element e = element(k, Script.LATIN);
                        (e.generic ? latinGeneric : proper).addAll(e.words);
                    }
                    List<String> words = new ArrayList<>(latinGeneric);
                    for (int g = 0; g < generic.size(); g++) {
                        words.addAll(generic.get(g));
                        look(latinBags, words, proper, from, ends.get(g), true);
                    }
                }
            }
        }

        /** Whether token {@code i} is a word in Latin letters a name may have: capitalised, or a table's word. */
        private boolean latinWord(int i) {
            Token t = tokens.get(i);
            char c = text.charAt(t.start());
            return c < 0x80 && Character.isLetterOrDigit(c) && element(i, Script.LATIN) != null;
        }

        private boolean qualify(int from, int to, int sentence, Script script) {
            for (int i = from; i <= to; i++) {
                Token t = tokens.get(i);
                if (t.sentence() != sentence || script(text.charAt(t.start())) != script
                        || element(i, script) == null || i > from && !joined(tokens.get(i - 1), t)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether two words may be words of one name: no bracket, comma, colon or semicolon between them ("банк
         * (Росія)" is a bank of Russia, not BANK ROSSIYA); quotes, apostrophes and hyphens join («Кубань»,
         * d’investissement).
         */
        private boolean joined(Token before, Token after) {
            for (int c = before.end(); c < after.start(); c++) {
                if ("()[],;:".indexOf(text.charAt(c)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        private void spaced(int from, int to, Script script) {
            Element first = element(from, script);
            Element last = element(to - 1, script);
            if (first.generic && first.words.isEmpty() || last.generic && last.words.isEmpty()) {
                // A name starts and ends with a word of it: "de la" and "of the" are between words only.
                return;
            }
            Token end = tokens.get(to - 1);
            if (last.generic && Inflection.cyrillic(text.charAt(end.start())) && Inflection.adjectival(end.norm())) {
                // Nor with an adjective: "российских финансовых" (Russian financial) is the start of a description.
                return;
            }
            List<String> generic = new ArrayList<>();
            List<String> proper = new ArrayList<>();
            // The proper words with each one's other key, where it has one (a place's adjective read as the place).
            List<String> otherProper = new ArrayList<>();
            boolean foreign = false;
            boolean andJoined = false;
            for (int i = from; i < to; i++) {
                Element e = element(i, script);
                if (e.generic) {
                    foreign |= e.foreign && !e.words.isEmpty();
                    generic.addAll(e.words);
                } else {
                    proper.add(e.words.get(0));
                    otherProper.add(e.words.get(e.words.size() - 1));
                    andJoined |= e.andJoined;
                }
            }
            if (script == Script.ARABIC && !proper.isEmpty()
                    && proper.stream().allMatch(k -> k.length() < ScriptKeys.ARABIC.length() + 3)) {
                return;
            }
            if (foreign) {
                // A state's word that ends the words is not passed over: the name without it is found on its own,
                // and the state's word may begin the next name ("Quds-Einheit der iranischen Revolutionsgarde").
                // Three generic words or more are no name on their own: their state after them says whose they are
                // ("міністерства народної безпеки КНДР", the DPRK's MINISTRY OF PEOPLE'S SECURITY); two are a
                // description ("تجارة البتروكيماويات الإيرانية", Iran's petrochemical trade).
                boolean endsInState = last.generic && last.words.size() == 1
                        && COUNTRIES.containsKey(last.words.get(0));
                boolean stateOfGeneric = endsInState && proper.isEmpty() && generic.size() >= 4;
                look(script == Script.ARABIC ? arabicBags : latinBags, generic, proper, from, to,
                        !endsInState || stateOfGeneric);
                // Arabic read without a joined "and" only for two proper words or more: one is too often an
                // ordinary word (وأنشطة مجموعة, "and the activities of a group", is no INVEST GROUP). As Persian
                // sounds it, one of four consonants or more too: "مؤسسة المستضعفين" is MOSTAZAFAN FOUNDATION, ض read
                // z; "شرقی ایران" ("eastern Iran", sh-r-gh) no IRAN & SHARGH COMPANY.
                if (!otherProper.equals(proper) && (script != Script.ARABIC || proper.size() >= 2
                        || !andJoined && otherProper.get(0).length() >= ScriptKeys.ARABIC.length() + 4)) {
                    look(script == Script.ARABIC ? arabicBags : latinBags, generic, otherProper, from, to,
                            !endsInState || stateOfGeneric);
                }
            }
        }

        /**
         * Where a word in katakana joined to the characters at {@code at} begins, or {@code at} for none: katakana is
         * a word a character, as the tokenizer reads it, so the run before, joined, is the word.
         */
        private int kanaWordBefore(int at) {
            int from = at;
            while (from > 0 && tokens.get(from - 1).end() == tokens.get(from).start()
                    && ScriptKeys.kana(text.charAt(tokens.get(from - 1).start()))) {
                from--;
            }
            return from;
        }

        /**
         * The state the words from {@code from} to {@code to} name by a kana row's country word, as Japanese writes a
         * body of its name after it (イラン石油省, "Iran's oil ministry"); null for none.
         */
        private String stateNamed(int from, int to) {
            if (from == to) {
                return null;
            }
            List<String> english = genericOfKana(text.substring(tokens.get(from).start(), tokens.get(to).start()));
            return english != null && english.size() == 1 && COUNTRIES.containsKey(english.get(0)) ? english.get(0)
                    : null;
        }

        /**
         * Chinese: a run of characters read word by word from each character on, the longest word first; from its
         * first character with {@code stateBefore}, the state the word in katakana from {@code kanaFrom} before it
         * names ({@link #stateNamed}).
         */
        private void han(int from, int end, int kanaFrom, String stateBefore) {
            StringBuilder run = new StringBuilder();
            for (int i = from; i < end; i++) {
                run.append(tokens.get(i).norm());
            }
            for (int s = 0; s < run.length(); s++) {
                List<String> generic = new ArrayList<>();
                boolean withState = s == 0 && stateBefore != null;
                if (withState) {
                    generic.add(stateBefore);
                }
                int i = s;
                int words = 0;
                while (i < run.length() && words < LONGEST_NAME) {
                    int length = hanWord(run, i);
                    if (length == 0) {
                        break;
                    }
                    generic.addAll(HAN.get(run.substring(i, i + length)).english());
                    i += length;
                    words++;
                    if (words >= 2 || withState) {
                        look(latinBags, generic, List.of(), withState ? kanaFrom : from + s, from + i, true);
                    }
                }
            }
            if (!pinyinBags.isEmpty()) {
                pinyin(run.toString(), from);
            }
        }

        /**
         * Chinese companies in a run of characters from token {@code from}: two characters or more read in pinyin,
         * then generic words read for their meaning, as {@link #pinyinBag} files the list's names. In
         * "朝鲜的上海东风航运有限公司", 上海东风 is shanghaidongfeng and 航运 shipping: SHANGHAI DONGFENG SHPG CO LTD.
         */
        private void pinyin(String run, int from) {
            // Each character's reading once: a proper word is read from every character on, up to eight long.
            String[] syllables = new String[run.length()];
            for (int c = 0; c < run.length(); c++) {
                syllables[c] = HanPinyin.of(run.charAt(c));
            }
            for (int s = 0; s < run.length(); s++) {
                StringBuilder sound = new StringBuilder();
                for (int p = s; p < run.length() && p - s < LONGEST_PROPER_HAN; p++) {
                    if (syllables[p] == null) {
                        break;
                    }
                    sound.append(syllables[p]);
                    if (p == s) {
                        continue;
                    }
                    List<String> generic = new ArrayList<>();
                    List<String> proper = List.of(sound.toString());
                    int i = p + 1;
                    for (int words = 0; i < run.length() && words < LONGEST_NAME; words++) {
                        int length = hanWord(run, i);
                        if (length == 0) {
                            break;
                        }
                        HAN.get(run.substring(i, i + length)).english()
                                .forEach(english -> generic.add(HAN_SAME.getOrDefault(english, english)));
                        i += length;
                        List<Entity> entities = pinyinBags.get(bag(generic.isEmpty() ? List.of(LEGAL_FORM) : generic,
                                proper));
                        for (Entity e : entities == null ? List.<Entity>of() : entities) {
                            found.add(new Found(from + s, from + i, e, PINYIN));
                        }
                    }
                }
            }
        }

        private void look(Map<String, List<Entity>> bags, List<String> generic, List<String> proper, int from,
                          int to, boolean passStateOver) {
            if (generic.isEmpty()) {
                return;
            }
            boolean ownCountry = generic.stream().anyMatch(COUNTRIES::containsKey);
            if (!proper.isEmpty() || ownCountry || generic.size() >= 4) {
                // Generic words alone name the entry where the state is among them (Banque centrale syrienne) or
                // where they are four or more (对外建设指导局, EXTERNAL CONSTRUCTION GUIDANCE BUREAU): a ministry of
                // defence or a military security command of three words is any state's, most often the writer's own.
                boolean weak = proper.isEmpty() && !ownCountry || generic.size() + proper.size() == 2;
                List<Entity> entities = bags.get(bag(generic, proper));
                if (entities != null) {
                    for (Entity e : entities) {
                        if (!weak || countryNamed.test(e)) {
                            found.add(new Found(from, to, e));
                        }
                    }
                }
            }
            // A country word the list's name does not have, where it is the entry's country: 朝鲜 before ACADEMY OF
            // NATIONAL DEFENSE SCIENCE, "mexicano" in "cartel mexicano de Sinaloa".
            for (String word : passStateOver ? new HashSet<>(generic) : Set.<String>of()) {
                String code = COUNTRIES.get(word);
                if (code == null) {
                    continue;
                }
                List<String> without = new ArrayList<>(generic);
                without.remove(word);
                if (without.isEmpty() || without.size() + proper.size() < 2) {
                    continue;
                }
                List<Entity> of = bags.get(bag(without, proper));
                if (of != null) {
                    for (Entity e : of) {
                        if (code.equals("KP") ? NameIndex.korean(e) : NameIndex.countries(e).contains(code)) {
                            found.add(new Found(from, to, e));
                        }
                    }
                }
            }
        }

        private Element element(int i, Script script) {
            Element e = elements[i];
            if (e == null) {
                e = TranslatedOrganisations.this.element(text, tokens.get(i), script);
                elements[i] = e == null ? Element.NONE : e;
            }
            return e == Element.NONE ? null : e;
        }
    }

    /**
     * What a word is in a name: a generic word with its English words (none for "of" and legal forms) and whether it
     * is another language's, or a proper word with its key and its other reading's, and whether that other reading is
     * the word without an "and" joined to it ({@code andJoined}: ولياونينج) rather than as Persian sounds it.
     */
    private record Element(boolean generic, List<String> words, boolean foreign, boolean andJoined) {
        static final Element NONE = new Element(false, List.of(), false);

        Element(boolean generic, List<String> words, boolean foreign) {
            this(generic, words, foreign, false);
        }
    }

    /** What word {@code t} is in a name, or null for a word in lower case of no table: a name runs over none. */
    private Element element(String text, Token t, Script script) {
        String norm = t.norm();
        if (script == Script.ARABIC) {
            Word w = arabicWord(norm);
            if (w != null) {
                return new Element(true, w.english(), true);
            }
            // Two consonants or more, and three in one of the name's proper words ({@link #spaced}): the shorter
            // keys of Arabic script are shared by too many ordinary words, but a Chinese name's syllables are short
            // (داليان هايبو, DALIAN HAIBO: ~adlyn ~ahb).
            String key = ScriptKeys.arabic(norm);
            if (key == null || key.length() < ScriptKeys.ARABIC.length() + 2) {
                return null;
            }
            // "And" joined to the name's first word (ولياونينج دانشينج, "and Liaoning Danxing"): read without it too.
            String other = norm.length() >= 5 && norm.charAt(0) == 'و' ? ScriptKeys.arabic(norm.substring(1)) : null;
            boolean andJoined = other != null && other.length() >= ScriptKeys.ARABIC.length() + 2;
            if (!andJoined) {
                // Else as Persian sounds it, as Iran's companies are named in Latin letters (اقتصاد, EGHTESAD).
                other = ScriptKeys.persian(norm);
            }
            return other == null || other.length() < ScriptKeys.ARABIC.length() + 2
                    ? new Element(false, List.of(key), false)
                    : new Element(false, List.of(key, other), false, andJoined);
        }
        boolean cyrillic = Inflection.cyrillic(text.charAt(t.start()));
        Word w = latinWord(text, t);
        if (w != null) {
            return new Element(true, w.english(), w.foreign() || cyrillic);
        }
        if (!t.capitalised() || norm.length() < 2) {
            return null;
        }
        if (NameForms.article(norm)) {
            // The Arabic article, which the lists' bags leave out: Исламский банк «Аль-Билад» is AL BILAD ISLAMIC
            // BANK. Between a name's words only, as "of" is.
            return new Element(true, List.of(), false);
        }
        String key = Romanisation.key(norm);
        if (!cyrillic) {
            return new Element(false, List.of(key), false);
        }
        boolean known = latinProper.contains(key);
        if (!known) {
            String nominative = Inflection.nominative(norm, c -> latinProper.contains(Romanisation.key(c)), 3);
            if (nominative != null) {
                key = Romanisation.key(nominative);
                known = true;
            }
        }
        // A place's adjective is the place the list may name too: Московський (moskovskiy) is MOSKOVSKY's and
        // MOSCOW's.
        int sk = norm.lastIndexOf("sk");
        String place = sk >= 4 && norm.length() - sk <= 6 ? Romanisation.key(norm.substring(0, sk)) : null;
        if (place != null && latinProper.contains(place) && !place.equals(key)) {
            return new Element(false, known ? List.of(key, place) : List.of(place), false);
        }
        return new Element(false, List.of(key), false);
    }

    /** A word of the table in Latin letters or Cyrillic, a Cyrillic one with its case ending or without. */
    private static Word latinWord(String text, Token t) {
        String norm = t.norm();
        Word w = LATIN.get(norm);
        if (w == null && Inflection.cyrillic(text.charAt(t.start()))) {
            for (int cut = 1; w == null && cut <= 3 && norm.length() - cut >= 3; cut++) {
                w = LATIN.get(norm.substring(0, norm.length() - cut));
            }
        }
        return w;
    }

    /** An Arabic or Persian word of the table, with the article or a prefix joined to it or without. */
    private static Word arabicWord(String norm) {
        Word w = ARABIC.get(norm);
        if (w != null) {
            return w;
        }
        for (String prefix : new String[] {"وال", "بال", "لل", "ال", "و", "ل", "ب"}) {
            if (norm.startsWith(prefix) && norm.length() - prefix.length() >= 2) {
                w = ARABIC.get(norm.substring(prefix.length()));
                if (w != null) {
                    return w;
                }
            }
        }
        return null;
    }

    /** The characters the longest word of the table at {@code i} of {@code run} has, or 0 for none there. */
    private static int hanWord(CharSequence run, int i) {
        for (int n = Math.min(LONGEST_HAN, run.length() - i); n >= 1; n--) {
            if (HAN.containsKey(run.subSequence(i, i + n).toString())) {
                return n;
            }
        }
        return 0;
    }

    /**
     * The English words of a generic word in the script of character {@code c}, Chinese characters, Hangul or
     * katakana (银行, 은행, バンク: bank), or null for no such word; katakana's of two characters or more.
     */
    private static List<String> genericIn(char c, String word) {
        if (ScriptKeys.han(c)) {
            return genericOfHan(word);
        }
        if (ScriptKeys.hangul(c)) {
            return TranscribedOrganisations.asListed(KoreanNames.english(word));
        }
        return word.length() >= 2 ? genericOfKana(word) : null;
    }

    /** Whether two characters are of one script of the three whose words run on without spaces. */
    private static boolean sameScript(char a, char b) {
        return ScriptKeys.hangul(a) ? ScriptKeys.hangul(b) : ScriptKeys.kana(a) ? ScriptKeys.kana(b)
                : ScriptKeys.han(a) && ScriptKeys.han(b);
    }

    private static Script script(char c) {
        if (ScriptKeys.arabic(c)) {
            return Script.ARABIC;
        }
        if (ScriptKeys.han(c)) {
            return Script.HAN;
        }
        return Script.LATIN;
    }

    private static String bag(List<String> generic, List<String> proper) {
        List<String> all = new ArrayList<>(generic.size() + proper.size());
        all.addAll(generic);
        all.addAll(proper);
        all.sort(null);
        return String.join(" ", all);
    }
}
