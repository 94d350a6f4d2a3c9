package sanctionswatch.country;

import sanctionswatch.text.Lazy;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gazetteer of states: every name, demonym and seat of power the scanner recognises, from the bundled
 * {@code countries.tsv}.
 */
public final class Countries {
    private static final String RESOURCE = "/sanctionswatch/country/countries.tsv";
    private static volatile Countries bundled;

    private final Map<String, Country> byCode;
    private final List<CountryForm> forms;
    /**
     * The states by their folded names, for {@link #codeForName}: made at its first use, which only a list file's
     * reader makes (the scanner never does; with the other senses' words below, making it with the forms was 18 of the
     * 29 ms of CPU their reading took at a cold start).
     */
    private final Lazy<Map<String, String>> codeByFoldedName;
    private final Map<List<String>, Ambiguity> ambiguous;
    private final Map<String, String> joined;

    Countries(Map<String, Country> byCode, List<CountryForm> forms, Map<List<String>, Ambiguity> ambiguous,
              Map<String, String> joined) {
        this.byCode = byCode;
        this.joined = Map.copyOf(joined);
        this.ambiguous = Map.copyOf(ambiguous);
        this.forms = List.copyOf(forms);
        this.codeByFoldedName = Lazy.of(() -> {
            Map<String, String> names = new HashMap<>();
            for (CountryForm f : this.forms) {
                if (f.code() != null && f.kind() != CountryForm.Kind.PLACE) {
                    names.putIfAbsent(String.join(" ", f.words()), f.code());
                }
            }
            return names;
        });
    }

    /**
     * The gazetteer shipped with the scanner, read once: as the build wrote it ({@link BundledCountries}), or made from
     * its sources where the classes come without that file.
     */
    public static Countries bundled() {
        Countries c = bundled;
        if (c == null) {
            synchronized (Countries.class) {
                c = bundled;
                if (c == null) {
                    c = BundledCountries.read();
                    bundled = c != null ? c : made();
                    c = bundled;
                }
            }
        }
        return c;
    }

    /** The gazetteer made from its sources: {@code countries.tsv}, its other languages, the JDK's CLDR names. */
    static Countries made() {
        try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Countries parse(BufferedReader in) throws IOException {
        Map<String, Country> byCode = new LinkedHashMap<>();
        List<CountryForm> forms = new ArrayList<>();
        Map<List<String>, Ambiguity> ambiguous = new HashMap<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new IllegalStateException("countries.tsv:" + lineNo + ": expected 4 tab-separated columns");
            }
            if (cols[0].equals("~")) {
                Set<String> otherSense = new HashSet<>();
                for (String w : cols[3].split("\\|")) {
                    if (!w.isBlank()) {
                        otherSense.add(w.strip());
                    }
                }
                ambiguous.put(words(cols[1]), new Ambiguity(cols[2].equals("name"), Set.copyOf(otherSense)));
                continue;
            }
            String code = cols[0].equals("--") ? null : cols[0];
            String[] names = cols[1].split("\\|");
            if (code != null) {
                byCode.put(code, new Country(code, names[0]));
            }
            addForms(forms, code, cols[1], code == null ? CountryForm.Kind.NOT_A_COUNTRY : CountryForm.Kind.NAME);
            addForms(forms, code, cols[2], CountryForm.Kind.DEMONYM);
            addForms(forms, code, cols[3], CountryForm.Kind.PLACE);
        }
        Map<String, String> joined = new HashMap<>();
        addOtherLanguages(byCode, forms, joined);
        return new Countries(byCode, forms, ambiguous, joined);
    }

    private static final String OTHER_LANGUAGES = "/sanctionswatch/country/countries-languages.tsv";
    /**
     * The languages sanctions news is written in besides English, whose names of states the scanner knows: Turkish,
     * Dutch, Polish, Czech, Indonesian and Romanian too, which write most states otherwise (Rusya, Rusland, Rosja,
     * Rusko; İran, Irán).
     */
    private static final List<String> LANGUAGES = List.of("ru", "uk", "ko", "zh", "zh-Hant", "ja", "ar", "fa", "es",
            "fr", "de", "pt", "it", "tr", "nl", "pl", "cs", "id", "ro");

    /**
     * Names of every state in the other {@link #LANGUAGES}, from the Unicode CLDR data the JDK carries (Россия, 북한,
     * إيران, 朝鲜, Corea del Norte; Traditional Chinese where Taiwan and Hong Kong write a state otherwise: 寮國, 印尼),
     * and the short forms, demonyms and capitals of {@code countries-languages.tsv}. A name that mostly means
     * something else is left out ({@link #OTHER_SENSES}); a name CLDR qualifies is taken without its qualifier
     * ({@link #unqualified}). The abbreviations that stand for a state only joined to another's ({@link #joined()})
     * go to {@code joined}.
     */
    private static void addOtherLanguages(Map<String, Country> byCode, List<CountryForm> forms,
                                          Map<String, String> joined) {
        Set<List<String>> english = new HashSet<>();
        forms.forEach(f -> english.add(f.words()));
        // Names romanised as the English ones are (Иран is iran, Судан sudan), kept once more as inflecting: "Ирана"
        // and "Судана" are read as their nominatives only by a form that declines.
        Set<List<String>> inflecting = new HashSet<>();
        for (String code : byCode.keySet()) {
            if (code.length() != 2) {
                continue;
            }
            Locale state = new Locale("", code);
            for (String language : LANGUAGES) {
                String name = islandsInLowerCase(unqualified(state.getDisplayCountry(Locale.forLanguageTag(language))));
                List<Token> tokens = Tokenizer.tokenize(name);
                List<String> words = words(tokens);
                if (name.equals(code) || words.isEmpty() || OtherSenses.WORDS.contains(words)
                        || english.contains(words) && (!inflects(name) || !inflecting.add(words))) {
                    continue;
                }
                if (inflects(name)) {
                    inflecting.add(words);
                }
                forms.add(new CountryForm(code, words, isAbbreviation(name), CountryForm.Kind.NAME, inflects(name),
                        capitalised(tokens)));
                english.add(words);
            }
        }
        for (Tsv.Row row : Tsv.rows(Countries.class, OTHER_LANGUAGES, 4)) {
            if (!byCode.containsKey(row.get(0))) {
                throw new IllegalStateException("countries-languages.tsv:" + row.line() + ": no state " + row.get(0));
            }
            if (row.get(2).equals("joined")) {
                for (String abbreviation : row.get(3).split("\\|")) {
                    joined.put(words(abbreviation).get(0), row.get(0));
                }
                continue;
            }
            addForms(forms, row.get(0), row.get(3), CountryForm.Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT)));
        }
    }

    /**
     * The one-syllable abbreviations of states that Korean writes joined by a middle dot to another's (한·미·일 is
     * South Korea, the US and Japan; 북·러 North Korea and Russia), as folded words with the code each stands for.
     * Alone they are ordinary syllables (한 "one", 미 "not yet", 일 "work"), so they are no {@link #forms()} of their
     * own: a state's abbreviation counts only in such a run.
     */
    public Map<String, String> joined() {
        return joined;
    }

    /**
     * A CLDR name without the qualifier after its comma or parenthesis, which news does not write: "Мьянма (Бирма)"
     * is Мьянма, "Гонконг, ОАР Китаю" is Гонконг, "Гонконг (САР)" Гонконг. Chinese full-width parentheses stay, as
     * Chinese writes them in the name: 刚果（金） is the Democratic Republic of the Congo, 刚果（布） the Republic.
     */
    static String unqualified(String name) {
        int cut = name.length();
        for (char c : new char[] {'(', ',', '،'}) {
            int at = name.indexOf(c);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return name.substring(0, cut).strip();
    }

    /** The words for "island" and "islands" that begin CLDR's names of island states in the Romance languages. */
    private static final Set<String> ISLANDS = Set.of("Islas", "Isla", "Îles", "Île", "Isole", "Isola", "Ilhas",
            "Ilha");

    /**
     * A Romance name of islands with its first word in lower case, as running text writes it ("battant pavillon des
     * îles Marshall", "las islas Caimán"), so that it counts in either case: "Îles Marshall" is "îles Marshall".
     */
    static String islandsInLowerCase(String name) {
        int space = name.indexOf(' ');
        if (space > 0 && ISLANDS.contains(name.substring(0, space))) {
            return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        }
        return name;
    }

    /** Whether the phrase is written in Cyrillic or Arabic script, whose words inflect in running text. */
    private static boolean inflects(String phrase) {
        return phrase.chars().anyMatch(c -> c >= 0x400 && c < 0x530 || c >= 0x600 && c <= 0x6FF);
    }

    /**
     * Names of states in other languages that mostly mean something else where they stand: English words ("Island",
     * German for Iceland; "Columbia", Romanian for Colombia; "Norfolk", "Reunion", "Indie"), given names ("Mauricio",
     * Spanish for Mauritius; "Turki", Indonesian for Turkey; "Dominika"), words of the language itself (مالی,
     * Persian "financial", is Mali; عمان is Oman and Amman), and Chinese pairs of characters that other words
     * contain (海地 Haiti in 沿海地区 "coastal areas", 马里 Mali in 马里乌波尔 Mariupol; Traditional 查德 Chad in 調查德國
     * "investigate Germany", 東加 Tonga in 中東加強 "the Middle East steps up", 獅子山 Sierra Leone, Hong Kong's Lion
     * Rock), Korean words of two syllables that are words of their own or begin longer ones (저지 Jersey is
     * "prevention", 인도 India "handover" and begins 인도적 "humanitarian", 수단 Sudan is "means", 말리 Mali begins
     * 말리다 "to stop", 오만 Oman is "arrogance", 가나 Ghana begins 가나다 "ABC"). Compared as folded words, so a
     * name of another language that folds alike is left out too: Russian Сальвадор is salvador, Portuguese Maurício
     * mauricio.
     */
    private static final Set<String> OTHER_SENSES = Set.of("Island", "Grenade", "Granada", "Mauricio", "Salvador",
            "Columbia", "Norfolk", "Reunion", "Indie", "Turki", "Dominika",
            "مالی", "مالي", "عمان", "海地", "马里", "乍得", "多哥", "加纳", "文莱", "查德", "馬利", "東加", "獅子山", "저지",
            "인도", "수단", "말리", "오만", "가나");

    /** The {@link #OTHER_SENSES} as folded words, made where the forms are made, not where they are read. */
    private static final class OtherSenses {
        static final Set<List<String>> WORDS = otherSenseWords();
    }

    private static Set<List<String>> otherSenseWords() {
        Set<List<String>> words = new HashSet<>();
        OTHER_SENSES.forEach(name -> words.add(words(name)));
        return Set.copyOf(words);
    }

    /**
     * Adds the forms of one column, each word counting in lower case where the form writes it so (a Russian, Spanish
     * or French demonym: российский, estadounidense; "Arabie saoudite").
     */
    private static void addForms(List<CountryForm> forms, String code, String column, CountryForm.Kind kind) {
        for (String phrase : column.split("\\|")) {
            if (phrase.isBlank()) {
                continue;
            }
            boolean region = phrase.startsWith("@");
            String written = region ? phrase.substring(1) : phrase;
            List<Token> tokens = Tokenizer.tokenize(written);
            forms.add(new CountryForm(code, words(tokens), isAbbreviation(written),
                    region ? CountryForm.Kind.REGION : kind, inflects(written), capitalised(tokens)));
        }
    }

    private static List<String> words(String phrase) {
        return words(Tokenizer.tokenize(phrase));
    }

    /** The folded words of a phrase's tokens, made once with {@link #capitalised} for each form at load. */
    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::norm).toList();
    }

    /** Which words of the phrase are written capitalised: "Arabie saoudite" is [true, false]. */
    private static List<Boolean> capitalised(List<Token> tokens) {
        return tokens.stream().map(Token::capitalised).toList();
    }

    /**
     * A country name that is also something else.
     *
     * @param personalName also a given name or surname ("Jordan", "Chad")
     * @param otherSense   words that, near it, mean the other sense ("Atlanta" for Georgia the US state)
     */
    public record Ambiguity(boolean personalName, Set<String> otherSense) {}

    /** How the form of a country with these folded words may mean something else; null when it may not. */
    public Ambiguity ambiguity(List<String> words) {
        return ambiguous.get(words);
    }

    /** "US", "UAE", "DPRK", "U.S.": capitals only, at most four letters. */
    private static boolean isAbbreviation(String phrase) {
        int letters = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.') {
                return false;
            }
        }
        return letters > 0 && letters <= 4;
    }

    public List<CountryForm> forms() {
        return forms;
    }

    /** The states by code, in the order of {@code countries.tsv}. */
    Map<String, Country> states() {
        return byCode;
    }

    /** The names that may mean something else, by their folded words ({@link #ambiguity}). */
    Map<List<String>, Ambiguity> ambiguities() {
        return ambiguous;
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The code for a country as a list file names it: {@code "Russia"}, {@code "Korea, North"},
     * {@code "Bahamas, The"}, {@code "Region: Crimea"}, {@code "Palestinian"}.
     */
    public Optional<String> codeForName(String listName) {
        String name = listName.strip();
        if (name.startsWith("Region:")) {
            name = name.substring("Region:".length()).strip();
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            name = name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
        }
        String folded = String.join(" ", Tokenizer.tokenize(name).stream().map(Token::norm).toList());
        if (folded.startsWith("the ")) {
            String withoutThe = folded.substring(4);
            String code = codeByFoldedName.get().get(folded);
            return Optional.ofNullable(code != null ? code : codeByFoldedName.get().get(withoutThe));
        }
        return Optional.ofNullable(codeByFoldedName.get().get(folded));
    }
}
