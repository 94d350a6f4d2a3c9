package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What in a text stands by a mention found by a weak rule (a core name, a surname alone): one of the entry's countries
 * named, the country of one of its programmes named ("Putin" in a text that names Russia: RUSSIA-EO14024), or the
 * words of the entry's trade ("Hezbollah fighters", "the Lazarus hackers", "sanctioned by the Treasury").
 *
 * <p>Built once per text from its words and the countries named in it: {@code Corroboration c = new
 * Corroboration(Set.of("RU"), tokens); c.of(putin)} is true.
 */
final class Corroboration {
    /**
     * The state a programme is about, by the start of its tag: OFAC's programme tags (RUSSIA-EO14024, DPRK3,
     * IRAN-HR, SYRIA-EO13894, VENEZUELA-EO13850, UKRAINE-EO13661, which names Russians; HK-EO13936, Hong Kong's
     * normalisation order, which names officials of Hong Kong and of the mainland).
     */
    private static final Map<String, String> PROGRAMME_COUNTRIES = Map.ofEntries(Map.entry("RUSSIA", "RU"),
            Map.entry("UKRAINE", "RU"), Map.entry("CYBER-RU", "RU"), Map.entry("DPRK", "KP"),
            Map.entry("NKSPEA", "KP"), Map.entry("IRAN", "IR"), Map.entry("IRGC", "IR"), Map.entry("IFSR", "IR"),
            Map.entry("SYRIA", "SY"), Map.entry("VENEZUELA", "VE"), Map.entry("CUBA", "CU"),
            Map.entry("BELARUS", "BY"), Map.entry("NICARAGUA", "NI"), Map.entry("BURMA", "MM"),
            Map.entry("IRAQ", "IQ"), Map.entry("LEBANON", "LB"), Map.entry("LIBYA", "LY"),
            Map.entry("SOMALIA", "SO"), Map.entry("SUDAN", "SD"), Map.entry("SOUTH SUDAN", "SS"),
            Map.entry("YEMEN", "YE"), Map.entry("CAR", "CF"), Map.entry("DRCONGO", "CD"),
            Map.entry("HK-EO", "HK"), Map.entry("CHINA", "CN"), Map.entry("MALI", "ML"),
            Map.entry("ETHIOPIA", "ET"), Map.entry("ZIMBABWE", "ZW"));
    /** Words of a text about sanctions, whatever the programme; in order, so the evidence given is always the same. */
    private static final List<String> SANCTIONS = List.of("sanction", "sanctions", "sanctioned", "ofac", "designated",
            "designation", "blacklist", "blacklisted", "embargo");
    /**
     * The same in the other languages sanctions news is written in, each form a word takes (Russian and Ukrainian
     * cases, Arabic with its article and conjunction), folded and romanised as the tokenizer reads them: "санкций" is
     * sanktsiy, "sanções" sancoes; 制裁 and 제재 are two words each, as the tokenizer makes every Han and Hangul
     * syllable one.
     */
    private static final List<List<String>> SANCTIONS_ELSEWHERE = Stream.of("sanções", "sanção", "sancionado",
            "sancionados", "sanciones", "sanción", "sancionada", "sanzioni", "sanzione", "sanzionato", "sanzionati",
            "sanctionné", "sanctionnés", "sanctionnée", "Sanktionen", "Sanktion", "sanktioniert", "Sanktionsliste",
            "санкции", "санкций", "санкциями", "санкциях", "санкциям", "санкцию", "санкция", "санкционный",
            "санкционного", "санкционном", "санкционные", "санкционных", "санкції", "санкцій", "санкціями",
            "санкціях", "санкційний", "санкційного", "санкційному", "санкційні", "عقوبات", "العقوبات", "والعقوبات",
            "بعقوبات", "عقوبة", "تحریم", "تحریمها", "تحریم‌ها", "تحریمی", "制裁", "제재",
            // Polish, Czech, Dutch, Turkish, Romanian, Indonesian and Hebrew, whose news names sanctions so too
            // ("Sankcje nałożono na…", "objętych sankcjami", "ABD Hazinesi yaptırım listesine").
            "sankcje", "sankcji", "sankcjami", "sankcjach", "sankcjom", "sankcyjnej", "sankcyjny", "sankce", "sankcí",
            "sankcemi", "sankcích", "sancties", "sanctie", "sanctielijst", "gesanctioneerd", "yaptırım",
            "yaptırımlar", "yaptırımları", "yaptırımı", "yaptırımlara", "yaptırımlarla", "sancțiuni", "sancțiunile",
            "sancţiuni", "sancţiunile", "sancționat", "sanksi", "סנקציות", "הסנקציות", "בסנקציות")
            .map(w -> Tokenizer.tokenize(w).stream().map(Token::norm).toList()).distinct().toList();
    /** Words of terrorism, in English and the languages of Europe that write it alike ("terroristas", "Terroristen"). */
    private static final List<String> TERROR_TRADE = List.of("militant", "militants", "terrorist", "terrorists",
            "terror", "jihadist", "jihadists", "militia", "militias", "fighters", "insurgents", "extremist",
            "extremists", "attack", "attacks", "rebels", "hostages", "terrorista", "terroristas", "terroristi", "terroriste", "terroristes", "terroristen",
            "terrorismo", "terrorisme", "terrorismus", "guerrilheiro", "miliziani", "milices", "milizen",
            // Polish, Czech, Turkish, Romanian and Indonesian, folded as the tokenizer reads them (terroryści,
            // teroristé, terör, teroriști).
            "terrorysci", "terrorystow", "terrorystyczna", "terorista", "teroriste", "teror", "terorist", "teroristi",
            "teroris");
    /** Words of the trade of a programme's entries, by the start of its tag. */
    private static final Map<String, List<String>> TRADES = Map.of(
            "SDGT", TERROR_TRADE,
            "FTO", TERROR_TRADE,
            "SDNT", List.of("cartel", "cartels", "drug", "drugs", "trafficking", "traffickers", "narcotics",
                    "cocaine", "fentanyl"),
            "ILLICIT-DRUGS", List.of("cartel", "cartels", "drug", "drugs", "trafficking", "traffickers",
                    "narcotics", "cocaine", "fentanyl"),
            "CYBER", List.of("hacker", "hackers", "hacking", "cyber", "ransomware", "crypto", "cryptocurrency",
                    "bitcoin", "mixer", "laundering", "darknet"));

    private final Set<String> countriesNamed;
    private final List<Token> tokens;
    /** The text's words, gathered the first time a weak mention asks for them: most texts have none. */
    private Set<String> words;

    /** The corroboration a text gives: the countries it names and its words. */
    Corroboration(Set<String> countriesNamed, List<Token> tokens) {
        this.countriesNamed = countriesNamed;
        this.tokens = tokens;
    }

    /** Whether the text has these words one after the other (one word, or the syllables of 制裁). */
    private boolean says(List<String> words) {
        if (!says(words.get(0))) {
            return false;
        }
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            if (Words.startsAt(tokens, i, words)) {
                return true;
            }
        }
        return false;
    }

    private boolean says(String word) {
        if (words == null) {
            words = new HashSet<>(tokens.size());
            for (Token t : tokens) {
                words.add(t.norm());
            }
        }
        return words.contains(word);
    }

    /** Whether the state of code {@code code} is named: {@code named("IR")}. */
    boolean named(String code) {
        return countriesNamed.contains(code);
    }

    /** Whether one of the countries of the entry's addresses and nationality is named. */
    boolean located(Entity e) {
        return where(e) != null;
    }

    /** Whether one of the entry's countries, or of its programmes, is named. */
    boolean countries(Entity e) {
        return countryNamed(e) != null;
    }

    /**
     * What in the text stands by a mention of the entry by rule {@code rule}, in words for an analyst ("RU named",
     * "'sanctioned' in the text"), or null when nothing does: for a weak alias one of the entry's countries or its
     * programmes' named; for a surname alone one of the entry's own countries (its addresses and nationality:
     * "Putin" where Russia is named, not "Kazan" of ALI MUHAMMAD KAZAN); for a core name also sanctions or the
     * entry's trade spoken of ("Hezbollah fighters").
     */
    String of(Entity e, MatchRule rule) {
        return switch (rule) {
            case WEAK_ALIAS, PARTIAL_ALIAS -> countryNamed(e);
            case SURNAME_ALONE -> where(e);
            default -> trade(e);
        };
    }

    /** "RU named" for the first of the entry's own countries the text names; null for none. */
    private String where(Entity e) {
        for (String c : e.countries()) {
            if (countriesNamed.contains(c)) {
                return c + " named";
            }
        }
        return null;
    }

    /** "RU named", of the entry's countries or its programmes' ("RU named, of RUSSIA-EO14024"); null for none. */
    String countryNamed(Entity e) {
        String where = where(e);
        return where != null ? where : programmeCountry(e);
    }

    /**
     * Whether the state of code {@code code} is one a programme of the entry is about: IR for BANK SADERAT IRAN
     * (IRAN, IFSR), not BY for VTB BANK BELARUS (RUSSIA-EO14024), a subsidiary abroad.
     */
    static boolean programmeState(Entity e, String code) {
        for (String p : e.programs()) {
            for (Map.Entry<String, String> c : PROGRAMME_COUNTRIES.entrySet()) {
                if (p.startsWith(c.getKey()) && c.getValue().equals(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "KP named, of DPRK3": the state of one of the entry's programmes named; null for none. */
    private String programmeCountry(Entity e) {
        for (String p : e.programs()) {
            for (Map.Entry<String, String> c : PROGRAMME_COUNTRIES.entrySet()) {
                if (p.startsWith(c.getKey()) && countriesNamed.contains(c.getValue())) {
                    return c.getValue() + " named, of " + p;
                }
            }
        }
        return null;
    }

    /**
     * What in the text speaks of one of the entry's programmes, or null: the programme's state named ("KP named, of
     * DPRK3") or its trade's words ("'fentanyl' in the text, of SDNTK"); not the entry's own countries, nor sanctions
     * at large. Asked of a name that thousands bear ("Zhang Jian"): a text about North Korea's crypto launderers
     * speaks of no drug trafficker of that name.
     */
    String programme(Entity e) {
        String named = programmeCountry(e);
        return named != null ? named : tradeWords(e);
    }

    private String trade(Entity e) {
        String named = countryNamed(e);
        return named != null ? named : sanctionsOrTrade(e);
    }

    /**
     * What in the text speaks of sanctions or of one of the entry's programmes' trade, its countries aside, or null:
     * "'sanctioned' in the text".
     */
    String sanctionsOrTrade(Entity e) {
        for (String w : SANCTIONS) {
            if (says(w)) {
                return "'" + w + "' in the text";
            }
        }
        for (List<String> w : SANCTIONS_ELSEWHERE) {
            if (says(w)) {
                return "'" + String.join("", w) + "' in the text";
            }
        }
        return tradeWords(e);
    }

    /** The first word of the trade of one of the entry's programmes the text has ("'drugs' in the text, of SDNT"). */
    private String tradeWords(Entity e) {
        for (String p : e.programs()) {
            for (Map.Entry<String, List<String>> trade : TRADES.entrySet()) {
                if (p.startsWith(trade.getKey())) {
                    for (String w : trade.getValue()) {
                        if (says(w)) {
                            return "'" + w + "' in the text, of " + p;
                        }
                    }
                }
            }
        }
        return null;
    }
}
