package sanctionswatch.match;

import sanctionswatch.country.Countries;
import sanctionswatch.country.CountryForm;
import sanctionswatch.text.Normalizer;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokens;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Finds the states a text names: by name, demonym, capital or seat of power. */
public final class CountryMatcher {
    /** Capitalised words that follow a state's name without making it a person's: "Jordan King Abdullah". */
    private static final Set<String> AFTER_STATE = Set.of("king", "queen", "prime", "president", "foreign", "crown",
            "minister", "government", "army", "police", "interior", "defence", "defense", "air", "navy", "central",
            "national", "supreme", "state", "parliament", "embassy", "border", "coast", "today");
    /** Capitalised words that come before a state's name without making it a person's: "Northern Georgia". */
    private static final Set<String> BEFORE_STATE = Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "neighbouring", "neighboring", "visit", "in", "from", "to");

    private final PhraseIndex index;
    private final List<CountryForm> forms;
    private final Countries countries;
    /** {@link Countries#joined()}: 한 is KR, 미 US, 북 KP where a middle dot joins them. */
    private final Map<String, String> joined;
    /**
     * The first characters of the {@link #joined} abbreviations (Hangul syllables), so that the words of a text in
     * another script are turned away without a look-up in the map: every word that starts no state's form is asked.
     */
    private final BitSet joinedFirst;
    /** How the words of the forms of inflecting languages begin ({@link #stem}). */
    private final Set<String> inflecting;
    /** The words of the forms that inflect: the base form of a declined word must be one of them. */
    private final BitSet inflectingWords;
    /** The shortest stem a declined name of a state is read from: "Кубе" (kube) is Куба. */
    private static final int MIN_STEM = 3;

    public CountryMatcher(Countries countries) {
        this.countries = countries;
        this.joined = countries.joined();
        this.joinedFirst = new BitSet();
        joined.keySet().forEach(w -> joinedFirst.set(w.charAt(0)));
        this.forms = List.copyOf(countries.forms());
        PhraseIndex.Builder builder = new PhraseIndex.Builder();
        Set<String> stems = new HashSet<>();
        for (int f = 0; f < forms.size(); f++) {
            builder.add(forms.get(f).words(), f);
            if (forms.get(f).inflects()) {
                forms.get(f).words().forEach(w -> stems.add(stem(w)));
            }
        }
        this.index = builder.build();
        this.inflecting = Set.copyOf(stems);
        BitSet words = new BitSet();
        for (CountryForm f : forms) {
            if (f.inflects()) {
                f.words().forEach(w -> words.set(index.lexicon().id(w)));
            }
        }
        this.inflectingWords = words;
    }

    /**
     * Endings of the adjectives of states that the reading of case endings does not take back to a form the
     * gazetteer has, romanised, with the nominatives they come from: the feminine accusative (китайскую компанию,
     * kitayskuyu: китайская, kitayskaya) and the genitive plural (российских банков, rossiyskikh: российские,
     * rossiyskie; Ukrainian російських, rosiyskikh: російські, rosiyski).
     */
    private static final String[][] ADJECTIVE_ENDINGS = {{"uyu", "aya"}, {"yuyu", "yaya"}, {"ikh", "ie", "i"},
            {"ykh", "ye"}};

    /** The id of the nominative of a state's adjective in one of the {@link #ADJECTIVE_ENDINGS}, or -1. */
    private int adjective(String word) {
        for (String[] ending : ADJECTIVE_ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() - ending[0].length() >= MIN_STEM) {
                String stem = word.substring(0, word.length() - ending[0].length());
                for (int n = 1; n < ending.length; n++) {
                    int id = index.lexicon().id(stem + ending[n]);
                    if (id >= 0 && inflectingWords.get(id)) {
                        return id;
                    }
                }
            }
        }
        return -1;
    }

    /** How an inflected word begins: its first three letters ("ros" of rossii and rossiya). */
    private static String stem(String word) {
        return word.length() <= 3 ? word : word.substring(0, 3);
    }

    public List<CountryMention> find(String text, List<Token> tokens) {
        List<CountryMention> out = new ArrayList<>();
        Set<List<String>> people = new HashSet<>(0);
        List<PhraseIndex.Hit> hits = new ArrayList<>(2);
        int[] ids = index.lexicon().ids(tokens);
        // Words read as their base form where they are a word of some name already ("Китаю" is a word of the
        // Ukrainian name of Hong Kong, and China's in the dative): tried as both.
        int[] bases = null;
        BitSet inflected = new BitSet();
        // Only a word beginning in Cyrillic or Arabic letters is read as inflected: a text whose words all begin below
        // Cyrillic (most news: Tokens notes its words' highest first character) skips the loop, which read each word's
        // first character from the text, a string of two bytes a character where it holds a curly quote.
        int readFrom = Tokens.anyFrom(text, tokens, '\u0400') ? 0 : ids.length;
        for (int k = readFrom; k < ids.length; k++) {
            char first = text.charAt(tokens.get(k).start());
            boolean cyrillic = Inflection.cyrillic(first) && inflecting.contains(stem(tokens.get(k).norm()));
            if (ids[k] < 0 && (ScriptKeys.arabic(first) || cyrillic)) {
                // России, российского, Кубе, وإيران: the inflected word read as its base form, a word of a form that
                // inflects. A Russian word is tried only where it begins as a form of an inflecting language does
                // (most words of a Russian text begin as none); an Arabic one always, as its prefixes come first.
                ids[k] = Inflection.base(text, tokens.get(k), index.lexicon(), inflectingWords::get, MIN_STEM);
                if (ids[k] < 0 && cyrillic) {
                    ids[k] = adjective(tokens.get(k).norm());
                }
                inflected.set(k, ids[k] >= 0);
            } else if (ids[k] >= 0 && cyrillic) {
                int base = Inflection.base(text, tokens.get(k), index.lexicon(), inflectingWords::get, MIN_STEM);
                if (base >= 0 && base != ids[k]) {
                    if (bases == null) {
                        bases = ids.clone();
                    }
                    bases[k] = base;
                    inflected.set(k);
                }
            }
        }
        // Turkish writes ş, ğ, ı or İ in nearly every sentence; a text with no letter past Latin-1 (most news) is
        // no Turkish text, and its unknown capitalised words are not searched for an apostrophe.
        if (Tokens.anyLetterFrom(tokens, '\u0100')) {
            for (int k = 0; k < ids.length; k++) {
                if (ids[k] < 0 && tokens.get(k).capitalised()) {
                    ids[k] = Inflection.beforeSuffix(text, tokens.get(k), index.lexicon());
                }
            }
        }
        if (Inflection.german(tokens)) {
            // German's genitive of a state's name: "die Wirtschaft Venezuelas", "Russlands Krieg".
            for (int k = 0; k < ids.length; k++) {
                if (ids[k] < 0 && tokens.get(k).capitalised() && tokens.get(k).norm().length() >= 5) {
                    ids[k] = Inflection.germanGenitiveBase(tokens.get(k).norm(), index.lexicon());
                }
            }
        }
        if (Inflection.westSlavic(text, tokens)) {
            // Polish and Czech decline states' names too: "wobec Rosji i Iranu", "v Rusku a na Ukrajině". Their
            // names are no inflecting forms (those are Cyrillic and Arabic ones), and English "Iran" is Iranu's.
            // A plural name's later words in lower case, as Czech writes them (Spojených arabských emirátů), are
            // read after a word of a name.
            for (int k = 0; k < ids.length; k++) {
                if (ids[k] >= 0) {
                    continue;
                }
                if (tokens.get(k).capitalised()) {
                    ids[k] = Inflection.westSlavicBase(tokens.get(k).norm(), index.lexicon());
                }
                if (ids[k] < 0 && (tokens.get(k).capitalised() || k > 0 && ids[k - 1] >= 0)) {
                    ids[k] = Inflection.westSlavicPluralBase(tokens.get(k).norm(), index.lexicon());
                }
            }
        }
        int[] baseIds = bases;
        Consumer<PhraseIndex.Hit> collect = hits::add;
        int i = 0;
        while (i < tokens.size()) {
            if (ids[i] < 0 && (baseIds == null || baseIds[i] < 0)) {
                // No form begins with a word the gazetteer does not have: most words of a text ("said", "the").
                i = joinedRun(text, tokens, i, out);
                continue;
            }
            hits.clear();
            index.matchAt(tokens, ids, i, collect);
            if (baseIds != null && baseIds[i] != ids[i]) {
                index.matchAt(tokens, baseIds, i, collect);
            }
            PhraseIndex.Hit longest = null;
            CountryForm form = null;
            for (PhraseIndex.Hit hit : hits) {
                CountryForm f = firstAcceptable(text, hit, tokens, inflected);
                if (f != null) {
                    longest = hit;
                    form = f;
                }
            }
            if (longest == null) {
                i = joinedRun(text, tokens, i, out);
                continue;
            }
            if (form.code() != null && form.kind() != CountryForm.Kind.REGION
                    && !otherSense(form, text, tokens, longest.from(), longest.to(), people)) {
                Token first = tokens.get(longest.from());
                Token last = tokens.get(longest.to() - 1);
                out.add(new CountryMention(form.code(), text.substring(first.start(), last.end()), first.start(),
                        last.end(), first.paragraph(), first.sentence()));
            }
            i = longest.to();
        }
        return out;
    }

    /** The dots Korean and Japanese join abbreviations with: 한·미, 日・米, and Hangul's arae-a, 북ㆍ중. */
    private static final String MIDDLE_DOTS = "·・‧ㆍ";
    /** Korean particles that may follow a run of abbreviations: 한·미 간 "between", 북·러의, 한·미·일을. */
    private static final String PARTICLES_AFTER = "간의은는이가을를과와도에로";

    /**
     * Adds the states of a run of abbreviations joined by middle dots that begins at token {@code i}, two or more
     * ("한·미·일 정상회의", "북·중·러를"), and returns the token after it; {@code i + 1} where no run begins. The run
     * starts a word and ends one or before a particle: in 대북·대미 "towards the North, towards the US" 북 does not
     * start a word, in 중·고교 "middle and high school" 고 is no state's, in 북·중동 "the North and the Middle East" 중
     * begins a word.
     */
    private int joinedRun(String text, List<Token> tokens, int i, List<CountryMention> out) {
        String word = tokens.get(i).norm();
        if (word.isEmpty() || !joinedFirst.get(word.charAt(0)) || !joined.containsKey(word)
                || !Words.startsWord(text, tokens.get(i))) {
            return i + 1;
        }
        List<Integer> run = new ArrayList<>(3);
        run.add(i);
        int next;
        while ((next = joinedNext(text, tokens, run.get(run.size() - 1))) >= 0) {
            run.add(next);
        }
        Token last = tokens.get(run.get(run.size() - 1));
        if (run.size() < 2 || last.end() < text.length() && ScriptKeys.hangul(text.charAt(last.end()))
                && PARTICLES_AFTER.indexOf(text.charAt(last.end())) < 0) {
            return i + 1;
        }
        for (int k : run) {
            Token t = tokens.get(k);
            out.add(new CountryMention(joined.get(t.norm()), text.substring(t.start(), t.end()), t.start(), t.end(),
                    t.paragraph(), t.sentence()));
        }
        return run.get(run.size() - 1) + 1;
    }

    /** The token of a state's abbreviation one middle dot after token {@code k}, or -1: 미 after 한 in 한·미. */
    private int joinedNext(String text, List<Token> tokens, int k) {
        int dot = tokens.get(k).end();
        if (dot >= text.length() - 1 || MIDDLE_DOTS.indexOf(text.charAt(dot)) < 0) {
            return -1;
        }
        for (int n = k + 1; n < tokens.size() && n <= k + 2; n++) {
            // Hangul's arae-a (ㆍ) is a letter, a token of its own between the two.
            Token t = tokens.get(n);
            if (t.start() == dot + 1) {
                return joined.containsKey(t.norm()) ? n : -1;
            }
        }
        return -1;
    }

    /**
     * Whether a country's name means something else here: a word of its other sense nearby, or a person's name
     * (then every later occurrence in the text is the person too).
     */
    private boolean otherSense(CountryForm form, String text, List<Token> tokens, int from, int to,
                               Set<List<String>> people) {
        Countries.Ambiguity a = countries.ambiguity(form.words());
        if (a == null) {
            return false;
        }
        if (people.contains(form.words())) {
            return true;
        }
        if (Words.anyNear(tokens, from, 5, a.otherSense()) || Words.anyNear(tokens, to - 1, 5, a.otherSense())) {
            return true;
        }
        if (a.personalName() && nameNeighbour(text, tokens, from, to)) {
            people.add(form.words());
            return true;
        }
        return false;
    }

    /** Run on, with spaces only, into another capitalised name word: "Michael Jordan", "Chad Smith". */
    private static boolean nameNeighbour(String text, List<Token> tokens, int from, int to) {
        if (to < tokens.size()) {
            Token next = tokens.get(to);
            if (next.capitalised() && !next.upper() && next.sentence() == tokens.get(to - 1).sentence()
                    && Words.spacesOnly(text, tokens.get(to - 1).end(), next.start())
                    && !AFTER_STATE.contains(next.norm())) {
                return true;
            }
        }
        if (from > 0) {
            Token previous = tokens.get(from - 1);
            boolean firstOfSentence = from - 1 == 0 || tokens.get(from - 2).sentence() != previous.sentence();
            return previous.capitalised() && !previous.upper() && !firstOfSentence
                    && Words.spacesOnly(text, previous.end(), tokens.get(from).start())
                    && !BEFORE_STATE.contains(previous.norm());
        }
        return false;
    }

    /**
     * The first form of a phrase found that the words stand for as written: in capitals where the form asks for it,
     * starting a word, and where a word was read as inflected, a form of a script that inflects ("Георгий" is no
     * inflection of Georgia).
     */
    private CountryForm firstAcceptable(String text, PhraseIndex.Hit hit, List<Token> tokens, BitSet inflected) {
        boolean anyInflected = inflected.nextSetBit(hit.from()) >= 0 && inflected.nextSetBit(hit.from()) < hit.to();
        for (int value : hit.values()) {
            CountryForm f = forms.get(value);
            if (acceptable(f, text, tokens, hit.from(), hit.to()) && Words.startsWord(text, tokens.get(hit.from()))
                    && (!anyInflected || f.inflects())) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether the words are written as the form asks: in capitals for an abbreviation ("US", not "us"), and
     * capitalised where the form writes a word so; a word the form writes in lower case counts whatever its case
     * ("Arabie saoudite", "российский"). An abbreviation's capitals may take a Turkish case ending after an
     * apostrophe ("ABD’den").
     */
    private static boolean acceptable(CountryForm form, String text, List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (form.caseSensitive() ? !t.upper() && !Inflection.upperBeforeSuffix(text, t)
                    : form.capitalised().get(i - from) && !t.capitalised() && !Words.PARTICLES.contains(t.norm())) {
                return false;
            }
        }
        return true;
    }
}
