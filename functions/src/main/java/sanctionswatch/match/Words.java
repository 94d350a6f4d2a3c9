package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.Lazy;
import sanctionswatch.text.Normalizer;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;
import sanctionswatch.text.Tsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small word sets the matching rules consult. */
final class Words {
    /**
     * Korean particles of one syllable that follow a name in the same word: topic, subject, object, of, and, to, from
     * (무역과, 캐시의, 은행은, 세친은, 콜차노프를).
     */
    static final String KOREAN_PARTICLES = "은는이가을를의와과에도로";
    /** Korean particles of two syllables that follow a name in the same word (은행으로, 세친에게, 은행과의). */
    static final Set<String> KOREAN_PARTICLES_2 = Set.of("에게", "으로", "에서", "과의", "와의", "이나", "이며", "까지",
            "부터", "처럼", "보다", "에는", "에도", "이다", "라는");

    /**
     * The syllables of a particle ending the Hangul word {@code word}, or 0: two of {@link #KOREAN_PARTICLES_2} after
     * two syllables at least (세친에게: 2), else one of {@link #KOREAN_PARTICLES} after two (세친은: 1).
     */
    static int koreanParticle(String word) {
        int n = word.length();
        if (n >= 4 && KOREAN_PARTICLES_2.contains(word.substring(n - 2))) {
            return 2;
        }
        return n >= 3 && KOREAN_PARTICLES.indexOf(word.charAt(n - 1)) >= 0 ? 1 : 0;
    }

    /** Lower-case words inside names: "Abu al-Baghdadi", "Bank of the Republic", "Ludwig van Beethoven". */
    static final Set<String> PARTICLES = Set.of("al", "el", "as", "ash", "ad", "an", "ar", "az", "bin", "ibn", "bint",
            "abu", "ul", "ud", "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du", "la", "le",
            "les", "van", "von", "y", "e", "i", "of", "the", "and", "for", "in", "on", "at", "to", "zu", "ter");

    /**
     * Words of the Arabic script's closed classes, Arabic's and Persian's prepositions, conjunctions, demonstratives,
     * relatives and "to be", as the tokenizer folds them (أو is او, آن ان): no word of a name, though consonants alone
     * make some of them a name's key. Persian در ("in") has the consonants of Dhar, so "در صادرات" ("in exports")
     * would be DHAR, Siddhartha. على is left out: Egyptian writing spells the name Ali so. And "said", which begins
     * a sentence of news before the name of who said it: وقال محمد ("and Muhammad said") has the consonants of VAKILI,
     * Mohammad.
     */
    static final Set<String> ARABIC_FUNCTION_WORDS = Set.of("في", "الى", "عن", "مع", "او", "هذا", "هذه", "ذلك",
            "التي", "الذي", "الذين", "كان", "كانت", "قد", "لم", "لن", "ثم", "منذ", "حتى", "خلال", "ضد", "بين", "عند",
            "لدى", "در", "از", "به", "که", "را", "این", "ان", "برای", "است", "قال", "وقال", "قالت", "وقالت",
            // Quantifiers and personal pronouns: چند مشاور ("several advisers") has the consonants of AJNAD MISR,
            // وهما مصطفى ("and the two, Mustafa") those of MUSTAFA, Ayham.
            "چند", "چندین", "هر", "همه", "برخی", "بعضی", "كل", "بعض", "عدة", "هو", "هي", "هم", "هما", "وهو", "وهي",
            "وهم", "وهما");

    /** Whether a folded word is an ordinary word of English or a particle ("mining", "development", "of"). */
    static boolean ordinary(String word) {
        return common().contains(word) || PARTICLES.contains(word);
    }

    /**
     * "Son of" in Arabic script (إبن folds to ابن), which joins a name to the father's that follows it: no name ends
     * with it (محمد ابن ... is Muhammad son of someone, not BENHAMMEDI, Mohammed).
     */
    static final Set<String> ARABIC_SON_OF = Stream.of("بن", "ابن").map(Normalizer::fold)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Titles Arabic and Persian news writes before a name: "Mr." (السيد, آقای), "Sheikh" (الشيخ, شیخ), and Persian's
     * Seyed (سید) of the Prophet's descendants. With one word after it, the title and a given name or surname are no
     * name of two words: السيد حسن ("Mr. Hasan") is not HASAN, As'ad, whose key السيد has; سید ابراهیم رئیسی is
     * Raisi, not KASKAR, Shaikh Anis Ibrahim by his weak alias of Sayed and Ibrahim.
     */
    static final Set<String> ARABIC_TITLES = Stream.of("السيد", "الشيخ", "آقای", "آقا", "سید", "سيد", "شیخ", "شيخ")
            .map(Normalizer::fold).collect(Collectors.toUnmodifiableSet());

    /**
     * The Romance languages' "of" with or without an article, one word for names: BANCO CENTRAL DE VENEZUELA is the
     * "Banco Central da Venezuela" of Portuguese news, the "Cartel del Golfo" of Spanish the "Cartel do Golfo" of
     * Portuguese. Read as "de" in the lists' names and in texts alike.
     */
    private static final Set<String> OF_WITH_ARTICLE = Set.of("da", "do", "del", "di", "du", "della", "dello");

    /** {@code "de"} for one of {@link #OF_WITH_ARTICLE}, else the word itself: {@code ofBase("da")} is "de". */
    static String ofBase(String w) {
        return ofWithArticle(w) ? "de" : w;
    }

    /**
     * A generation's word after a name, abbreviated as news writes it, and the word the lists write (KINAHAN JUNIOR,
     * Christopher Vincent is "Christopher Kinahan Jnr"); the words themselves are no other name's.
     */
    private static final Map<String, String> GENERATIONS = Map.of("jr", "junior", "jnr", "junior", "junior",
            "junior", "sr", "senior", "snr", "senior", "senior", "senior");

    /** The lists' word for a generation's word ({@link #GENERATIONS}), or null: {@code generation("jnr")} is junior. */
    static String generation(String w) {
        return w.length() <= 6 ? GENERATIONS.get(w) : null;
    }

    /** Whether the folded word is one of {@link #OF_WITH_ARTICLE}: asked of every word of a text. */
    static boolean ofWithArticle(String w) {
        return w.length() >= 2 && w.length() <= 5 && w.charAt(0) == 'd' && OF_WITH_ARTICLE.contains(w);
    }

    /**
     * Whether the folded {@code acronym}'s letters run in order through {@code words}, the first being the first
     * word's initial: "gru" through [glavnoe, razvedyvatelnoe, upravlenie], "komid" through [korea, mining,
     * development, trading, corporation]; not "hur" through [main, intelligence, directorate].
     */
    static boolean spellsAcronym(List<String> words, String acronym) {
        if (words.isEmpty() || acronym.isEmpty() || words.get(0).isEmpty()
                || words.get(0).charAt(0) != acronym.charAt(0)) {
            return false;
        }
        int k = 0;
        for (String w : words) {
            for (int i = 0; i < w.length() && k < acronym.length(); i++) {
                if (w.charAt(i) == acronym.charAt(k)) {
                    k++;
                }
            }
        }
        return k == acronym.length();
    }

    /** Words after a surname that make it a whole family's, not one listed member's: "the Katerji family". */
    static final Set<String> FAMILY_WORDS = Set.of("family", "families", "clan", "clans", "dynasty");

    /**
     * Words after a surname alone that make it an oil's name, as fields and grades are named: "700,000 barrels of
     * Sokol crude" is Sakhalin's grade, not SOKOL, Sergey Mikhaylovich.
     */
    static final Set<String> GRADE_WORDS = Set.of("crude", "blend", "grade", "oilfield", "field", "condensate");

    /**
     * Words that put a vessel's name in a maritime context, folded as the tokenizer folds them (the Arabic script's
     * ي and ك as Persian's ی and ک).
     */
    static final Set<String> MARITIME = Stream.of("vessel", "vessels", "ship", "ships", "shipping", "tanker",
            "tankers", "freighter", "cargo", "yacht", "yachts", "superyacht", "superyachts", "ferry", "imo",
            "flagged", "flag", "port", "ports", "boat", "boats", "aboard", "fleet",
            "sailed", "sailing", "maritime", "crew", "docked", "dock", "captain", "carrier", "bulker", "hull",
            "anchored", "seized", "boarded", "mmsi", "transponder", "ais", "strait", "shipment", "shipments",
            // A ship's size as the shipping press gives it ("the 116,000-dwt Yasa Golden Bosphorus") and its class.
            "dwt", "deadweight", "vlcc", "aframax", "suezmax", "panamax",
            "oil", "sts", "coast", "nave", "navi", "petroliera", "petroliere", "bandiera", "navire",
            "navires", "petrolier", "petroliers", "pavillon", "buque", "buques", "petrolero", "petroleros", "barco",
            "navio", "navios", "petroleiro", "petroleiros", "bandeira", "schiff", "schiffe", "tankschiff",
            "frachter", "flagge", "hafen", "sudno", "tankery", "yakhta", "船", "舶", "艦", "舰", "سفينة", "السفينة",
            "سفن", "السفن", "ناقلة", "الناقلة", "ناقلات", "الناقلات", "ميناء", "يخت", "کشتی", "نفتکش")
            .map(w -> Tokenizer.tokenize(w).get(0).norm()).collect(Collectors.toUnmodifiableSet());

    /**
     * Maritime words of Hangul, Han and kana, which the tokenizer reads a syllable at a time (선박, "ship", is 선 and
     * 박): "朝鮮船隻Ul Ji Bong 6" and "유조선 Sam Jong 2" speak of ships as "the vessel Ul Ji Bong 6" does.
     */
    static final List<String> MARITIME_RUNS = List.of("油轮", "油輪", "货轮", "貨輪", "港口", "海运", "海運", "航运",
            "航運", "タンカー", "선박", "유조선", "화물선", "선적", "해운", "항구", "선원", "운반선", "탱커", "요트");

    private static final String COMMON_WORDS = "/sanctionswatch/match/common-words.txt";
    private static volatile Set<String> common;

    private Words() {}

    /** Ordinary English words and common given names, folded; a list name of one such word never matches alone. */
    static Set<String> common() {
        Set<String> c = common;
        if (c == null) {
            synchronized (Words.class) {
                c = common;
                if (c == null) {
                    // As the build wrote them, read in bulk; from their text where the classes come without that.
                    c = BundledIndex.commonWords();
                    c = c != null ? c : commonFromText();
                    common = c;
                }
            }
        }
        return c;
    }

    /** The common words folded from their text, {@code common-words.txt}. */
    static Set<String> commonFromText() {
        return load(COMMON_WORDS);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> words = new HashSet<>(65_536);
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    words.add(Normalizer.fold(line.strip()));
                }
            }
            // Not copied into an immutable set: hashing its 40,000 words a second time was two fifths of reading
            // them at a cold start with Lambda's flags (bench/README.md, "The list's scanner at a cold start").
            return Collections.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String TRANSLATED = "/sanctionswatch/match/translated-names.tsv";

    /** The kind of a translated name that its language writes as a common noun, in lower case: "les talibans". */
    private static final String NOUN = "noun";

    /**
     * The translated names of kind {@value #NOUN}, folded, with the ids of the entries each names: "talibans" is
     * TALIBAN's. Read the first time a text has a name in lower case that a list's name has capitalised.
     */
    private static final Lazy<Map<List<String>, Set<String>>> NOUNS = Lazy.of(() -> {
        Map<List<String>, Set<String>> out = new HashMap<>();
        for (Tsv.Row row : Tsv.rows(Words.class, TRANSLATED, 5)) {
            if (row.get(2).equals(NOUN)) {
                out.computeIfAbsent(NameForms.words(row.get(3)), k -> new HashSet<>()).add(row.get(0));
            }
        }
        return Map.copyOf(out);
    });

    /**
     * The ids of the entries whose name the folded words are as a common noun, written in lower case: {@code
     * nounOf([talebani])} is TALIBAN's ("i talebani sono entrati a Kabul"); empty for a name of no such row.
     */
    static Set<String> nounOf(List<String> folded) {
        return NOUNS.get().getOrDefault(folded, Set.of());
    }

    /**
     * The names of {@code list}'s entries in other languages ({@code translated-names.tsv}), as name forms: a name in
     * full by rule {@link MatchRule#TRANSLATED}, a short name by the rule of a surname alone or a core name, which asks
     * for corroboration. Rows of entries the list does not have are passed over.
     */
    static List<NameForm> translated(Watchlist list) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : list.entities()) {
            byId.put(e.id(), e);
        }
        List<Tsv.Row> rows = Tsv.rows(Words.class, TRANSLATED, 5);
        // Each language's full names, by entry: the names another entry's name may hold.
        Map<String, Map<String, List<List<String>>>> namesByLanguage = new HashMap<>();
        for (Tsv.Row row : rows) {
            if (!row.get(2).equals("name") && !row.get(2).equals("short") && !row.get(2).equals(NOUN)) {
                throw new IllegalStateException("translated-names.tsv:" + row.line() + ": kind is name, short or "
                        + "noun, not " + row.get(2));
            }
            List<String> words = NameForms.words(row.get(3));
            if (!row.get(2).equals("short") && !words.isEmpty()) {
                namesByLanguage.computeIfAbsent(row.get(1), k -> new HashMap<>())
                        .computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(words);
            }
        }
        List<NameForm> forms = new ArrayList<>();
        for (Tsv.Row row : rows) {
            Entity e = byId.get(row.get(0));
            if (e == null) {
                continue;
            }
            MatchRule rule = !row.get(2).equals("short") ? MatchRule.TRANSLATED
                    : e.type() == EntityType.PERSON ? MatchRule.SURNAME_ALONE : MatchRule.CORE;
            List<String> words = NameForms.words(row.get(3));
            if (!words.isEmpty()) {
                forms.add(new NameForm(e, words, rule));
                for (List<String> other : withOtherForms(words, row.get(0),
                        namesByLanguage.getOrDefault(row.get(1), Map.of()))) {
                    forms.add(new NameForm(e, other, rule));
                }
            }
            if (row.get(3).indexOf(Respacing.JOINER) >= 0) {
                // The words a Persian name holds apart with a zero-width non-joiner run together where a page lost
                // it: خامنه‌ای (Khamenei) copied as خامنهای ({@link Respacing}).
                forms.add(new NameForm(e, NameForms.words(row.get(3).replace(String.valueOf(Respacing.JOINER),
                        "")), rule));
            }
            if (row.get(3).contains(" " + Respacing.ALLAH)) {
                // "Allah" written joined to the word before it, as Persian news often writes it: حزبالله, نصرالله.
                forms.add(new NameForm(e, NameForms.words(row.get(3).replace(" " + Respacing.ALLAH, Respacing.ALLAH)),
                        rule));
            }
        }
        return forms;
    }

    /**
     * A translated name that holds another entry's translated name in the same language, written with that entry's
     * other names in the language instead: Катаиб Хизбалла (KATA'IB HIZBALLAH) holds Хизбалла, one of HIZBALLAH's
     * two Russian names, so it is Катаиб Хезболла too, as news writes it. {@code byEntry} holds the language's full
     * names by list entry id; {@code id} is the name's own entry.
     */
    private static List<List<String>> withOtherForms(List<String> words, String id,
            Map<String, List<List<String>>> byEntry) {
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> other : byEntry.entrySet()) {
            List<List<String>> names = other.getValue();
            if (names.size() < 2 || other.getKey().equals(id)) {
                continue;
            }
            for (List<String> held : names) {
                int at = Collections.indexOfSubList(words, held);
                if (at < 0 || held.size() == words.size()) {
                    continue;
                }
                for (List<String> instead : names) {
                    if (instead.equals(held)) {
                        continue;
                    }
                    List<String> written = new ArrayList<>(words.subList(0, at));
                    written.addAll(instead);
                    written.addAll(words.subList(at + held.size(), words.size()));
                    if (!out.contains(written)) {
                        out.add(written);
                    }
                }
            }
        }
        return out;
    }

    /** A word of the set within {@code window} words of word {@code at}, in the same paragraph. */
    static boolean anyNear(List<Token> tokens, int at, int window, Set<String> words) {
        int paragraph = tokens.get(at).paragraph();
        for (int i = Math.max(0, at - window); i <= Math.min(tokens.size() - 1, at + window); i++) {
            if (i != at && tokens.get(i).paragraph() == paragraph && words.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of a sports report: a club playing its league's matches is no armed group of the same name. Not "minute",
     * which politics shares with "scored" ("the Obama Administration scored a last-minute win in its pursuit of
     * global sanctions against Iran").
     */
    static final Set<String> SPORT = Set.of("league", "match", "matches", "goal", "goals", "coach", "stadium",
            "season", "scored", "football", "soccer", "fixture", "tournament", "cup", "striker", "midfielder",
            "goalkeeper", "players", "kick", "referee");

    /**
     * Whether the word starts a word of the text as written: a Hangul syllable after another is inside a word
     * (이란 "Iran" is not the ending of 무엇이란 "what is"); words of every other script are words already.
     */
    static boolean startsWord(String text, Token t) {
        int start = t.start();
        return start == 0 || !ScriptKeys.hangul(text.codePointAt(start)) || !ScriptKeys.hangul(text.charAt(start - 1));
    }

    /** Only spaces between offsets {@code from} and {@code to} of the text, and at least one. */
    static boolean spacesOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return from < to;
    }

    /**
     * The paragraphs that hold a word of {@code words} (folded), or a run of {@code runs} (words of Hangul, Han or kana,
     * which the tokenizer reads a syllable at a time) at a syllable of the text.
     */
    static BitSet paragraphsWith(String text, List<Token> tokens, Set<String> words, List<String> runs) {
        BitSet paragraphs = new BitSet();
        for (Token t : tokens) {
            if (words.contains(t.norm()) || t.norm().length() == 1 && t.norm().charAt(0) >= 0x3040
                    && runs.stream().anyMatch(run -> text.startsWith(run, t.start()))) {
                paragraphs.set(t.paragraph());
            }
        }
        return paragraphs;
    }

    /**
     * Namesakes: a person's name next to one of these words is someone else who bears it. (Not "chef": French news
     * writes "Hassan Nasrallah, le chef du Hezbollah".)
     */
    static final Set<String> NAMESAKE_WORDS = Set.of("composer", "singer", "drummer", "guitarist",
            "pianist", "violinist", "conductor", "actor", "actress", "footballer", "striker", "midfielder",
            "defender", "goalkeeper", "athlete", "sprinter", "tennis", "golfer", "boxer", "novelist", "poet",
            "painter", "rapper", "comedian", "quarterback", "batsman", "cricketer");

    /** A president's title as news writes it before a name, folded: President, Presidente, Président, Präsident. */
    static final Set<String> PRESIDENT = Set.of("president", "presidente", "presidenta", "prasident",
            "prezydent", "presedintele", "cumhurbaskani");
    /** Words before a president's title that make it another office's: Vice President, Vizepräsident's "Vize". */
    static final Set<String> VICE = Set.of("vice", "vize", "deputy");

    /**
     * People and things an organisation's or a ship's one-word name is also the name of: "the comedian Sinbad", "the
     * film Gladiator", "a tributary of Baikal" (the lake, not the guns IZHEVSKY MEKHANICHESKY ZAVOD sells as Baikal;
     * the namesakes' trades among them, in one set so that one look around the word does).
     */
    static final Set<String> OTHER_THINGS = Stream.concat(NAMESAKE_WORDS.stream(), Stream.of("film",
            "movie", "game", "album", "song", "band", "novel", "series", "character", "demon", "brand", "spacecraft",
            "rocket", "mission", "telescope", "app", "spyware", "software", "club", "team", "restaurant", "hotel",
            "island", "mountains", "mountain", "river", "lake", "tributary", "valley", "peninsula", "opera",
            "festival", "goddess", "god", "hero"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * A bank's word as the languages of the news write it before a bank's name, folded and romanised as the tokenizer
     * reads them (банк, банка, банку are bank, banka, banku; Banque, Banco, Banca).
     */
    static final Set<String> BANKS = Set.of("bank", "banka", "banku", "bankom", "banke", "banque", "banco", "banca",
            "bankasi");

    /** Things of {@link #OTHER_THINGS} a company makes and names after itself: "Kalashnikov brand weapons". */
    static final Set<String> PRODUCTS = Set.of("brand", "app", "software", "spyware");

    /** The nouns of {@link #OTHER_BODIES} of the news's own bodies, which a broadcaster's or press's name agrees with. */
    /** Nouns of a news outlet before its name: "the news website Al-Mourabitoun", "the newspaper Al-Akhbar". */
    static final Set<String> OUTLETS = Set.of("website", "newspaper", "outlet", "portal");
    static final Set<String> NEWS_BODIES = Set.of("news", "agency", "newspaper", "magazine", "television", "tv",
            "radio");
    /**
     * Nouns of bodies of kinds a list's organisation is seldom of, which the word before them names: "Mehr news
     * agency", "the Zenit league". After an organisation's one word that none of its names has (MEHR BANK), the word
     * is that other body's name. Not "party": Hamas and Hezbollah are parties too ("the Hezbollah party").
     */
    static final Set<String> OTHER_BODIES = Stream.concat(NEWS_BODIES.stream(), Stream.of("league"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The words before a report's source, folded as the tokenizer reads them: "according to", Persian's به گزارش ("as
     * ... reports") and به نقل از ("quoting"), Arabic's نقلا عن and وفقا ل ("quoting", "according to").
     */
    static final List<List<String>> SOURCE_CREDITS = Stream.of("according to", "به گزارش", "به نقل از", "نقلا عن",
            "نقلاً عن", "وفقا ل", "وفقاً ل", "حسب").map(p -> Tokenizer.tokenize(p).stream().map(Token::norm).toList())
            .distinct().toList();
    /** Verbs after a report's source: "Fars news agency reported", "Tasnim said". */
    static final Set<String> REPORTING_VERBS = Set.of("reported", "reports", "reporting", "said", "says", "quoted",
            "cited", "added");

    /**
     * Whether a word of {@code least} letters or more ends with one of {@code endings}: {@code endsWithOne("sanktionen",
     * 6, "ionen")} is true, {@code endsWithOne("union", 6, "ion")} false.
     */
    static boolean endsWithOne(String word, int least, String... endings) {
        if (word.length() < least) {
            return false;
        }
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code words} stand in the text's tokens from {@code at}, one after the other. */
    static boolean startsAt(List<Token> tokens, int at, List<String> words) {
        if (at < 0 || at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).norm().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is named after people or things, and places: "Said Khan Market" is a market, "Putin Street" a street,
     * "Hydra Town" the town of the island of Hydra, no tanker once called HYDRA.
     */
    static final Set<String> NAMED_AFTER = Set.of("street", "road", "avenue", "square", "market", "bridge",
            "airport", "university", "foundation", "prize", "award", "institute", "school", "college", "mosque",
            "hospital", "stadium", "park", "museum", "library", "boulevard", "district", "centre", "center", "hall",
            "town", "city", "village", "harbour", "harbor", "beach", "bay");

    /** A state's regions by their nouns, after a region's name: "the Chaharmahal and Bakhtiari province". */
    static final Set<String> REGIONS = Set.of("province", "region", "county", "governorate", "oblast", "prefecture");

    /** Words that make the next or previous name a ship's: "the tanker Dover", "Finikia, a cargo ship". */
    static final Set<String> VESSEL_NOUNS = Set.of("tanker", "vessel", "ship", "freighter", "yacht",
            "carrier", "bulker", "boat", "mv", "mt", "supertanker", "trawler", "superyacht", "megayacht",
            // The same in Italian, French, Spanish, Portuguese, German and Russian (romanised: судно, танкер, яхта).
            "nave", "petroliera", "navire", "petrolier", "bateau", "buque", "petrolero", "barco", "navio",
            "petroleiro", "schiff", "frachter", "jacht", "sudno", "yakhta",
            // Their plurals, before a list of names: "the tankers Balita, Domani and Freedom".
            "tankers", "vessels", "ships", "freighters", "yachts", "carriers", "bulkers", "boats", "supertankers",
            "superyachts", "navi", "petroliere", "navires", "petroliers", "bateaux", "buques", "petroleros", "barcos",
            "navios", "petroleiros", "schiffe", "jachten", "sudna", "tankery", "yakhty",
            // Chinese and Japanese, a word a character as the tokenizer reads them (traditional as simplified): 号, the
            // mark after a ship's name (“奥林匹亚号”(Olympia), 「サンチ号」), and the 船 of 货船, the 轮 of 油轮, the 艇
            // of 游艇, the 舰 of 军舰.
            "号", "船", "轮", "艇", "舰");

    /** Words of a ship's flag, after its name: "the Baliar, flying the Liberian flag", "l'Olympia, battant pavillon". */
    static final Set<String> FLAG_WORDS = Set.of("flag", "flagged", "flying", "pavillon", "bandiera", "bandera",
            "bandeira", "flagge", "imo");

    /** "And" in the languages of the corpus, romanised: "Boris et Arkadi Rotenberg", "Борис и Аркадий Ротенберг". */
    static final Set<String> COORDINATORS = Set.of("and", "et", "y", "e", "und", "i", "ve", "en", "ta");

    /** Words between the names of a list: "Balita, Domani and Freedom", "Shellest et Nega". */
    static final Set<String> LIST_JOINS = Set.of("and", "or", "et", "ou", "e", "y", "o", "und", "oder", "i", "ta",
            "the", "le", "la", "l", "les", "il", "el", "los", "las", "der", "die", "das");

    /**
     * Nouns of the institutions every state has, and of its parties: "Communist Party" is an alias of Peru's SHINING
     * PATH, and stands for it only where Peru is named.
     */
    static final Set<String> INSTITUTIONS = Set.of("ministry", "bank", "police", "army", "navy", "agency",
            "office", "department", "directorate", "service", "council", "committee", "court", "guard", "forces",
            "force", "intelligence", "authority", "administration", "bureau", "commission", "fund", "university",
            "institute", "academy", "prosecutor", "parliament", "assembly", "government", "security", "customs",
            "party");

    /** Titles and roles that stand before a surname alone: "President Putin", "oligarch Deripaska". */
    static final Set<String> ROLE_WORDS = Set.of("president", "minister", "premier", "prime", "deputy",
            "chairman", "chairwoman", "chair", "ceo", "chief", "director", "general", "gen", "mr", "mrs", "ms", "dr",
            "sheikh", "leader", "oligarch", "tycoon", "billionaire", "businessman", "businesswoman", "commander",
            "colonel", "col", "secretary", "governor", "senator", "ambassador", "founder", "head", "marshal",
            "admiral", "spokesman", "spokeswoman", "envoy", "emir", "king", "prince", "ayatollah", "mullah", "judge",
            "mayor", "lawmaker", "dictator", "strongman", "warlord", "kingpin", "boss", "owner", "magnate",
            "banker", "financier", "vice", "foreign", "defence", "defense", "finance", "supreme", "former", "ex",
            // Honorifics of other languages: French "M. Poutine", German "Herr", Spanish "Sr.", Italian "Sig.".
            "m", "mme", "herr", "frau", "sr", "sra", "senor", "senora", "sig", "signor", "signora");

    /**
     * Whether the folded word is a title or role that stands before a name ({@link #ROLE_WORDS}), a president's title
     * in another language ({@link #PRESIDENT}), or a German compound of one, which German capitalises as it does
     * every noun: "Verteidigungsminister Vladimir Padrino", "Präsident Nicolás Maduro", "Vizepräsidentin".
     */
    static boolean role(String folded) {
        return ROLE_WORDS.contains(folded) || PRESIDENT.contains(folded) || folded.length() > 9
                && (folded.endsWith("minister") || folded.endsWith("ministerin") || folded.endsWith("prasident")
                || folded.endsWith("prasidentin") || folded.endsWith("chef") || folded.endsWith("chefin"));
    }

    /** Second words that make the first the name's short form: "Wagner Group", "Lazarus Group", "Sinaloa Cartel". */
    static final Set<String> GENERIC_ORGANISATION_WORDS = Set.of("group", "company", "corporation", "bank",
            "organization", "organisation", "party", "network", "front", "movement", "brigade", "brigades", "army",
            "cartel", "corps", "foundation", "association", "battalion", "regiment", "shipyard", "plant", "factory",
            "refinery", "exchange", "airline", "airlines");

    /**
     * The word for a head of state's government named by his surname: "the Assad regime", "regime di Assad",
     * "режим Асада", "رژیم اسد", "نظام الأسد"; folded and romanised as the tokenizer reads them.
     */
    static final Set<String> REGIME_WORDS = Stream.of("regime", "regimes", "régimen", "режим", "режима", "режиму",
            "режимом", "режиме", "رژیم", "نظام")
            .map(w -> Tokenizer.tokenize(w).get(0).norm()).collect(Collectors.toUnmodifiableSet());
}
