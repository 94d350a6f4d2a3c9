package sanctionswatch.match;

import sanctionswatch.watchlist.Entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * IRAN-HR, SYRIA-EO13894, VENEZUELA-EO13850, UKRAINE-EO13661, which names Russians).
     */
    private static final Map<String, String> PROGRAMME_COUNTRIES = Map.ofEntries(Map.entry("RUSSIA", "RU"),
            Map.entry("UKRAINE", "RU"), Map.entry("CYBER-RU", "RU"), Map.entry("DPRK", "KP"),
            Map.entry("NKSPEA", "KP"), Map.entry("IRAN", "IR"), Map.entry("IRGC", "IR"), Map.entry("IFSR", "IR"),
            Map.entry("SYRIA", "SY"), Map.entry("VENEZUELA", "VE"), Map.entry("CUBA", "CU"),
            Map.entry("BELARUS", "BY"), Map.entry("NICARAGUA", "NI"), Map.entry("BURMA", "MM"),
            Map.entry("IRAQ", "IQ"), Map.entry("LEBANON", "LB"), Map.entry("LIBYA", "LY"),
            Map.entry("SOMALIA", "SO"), Map.entry("SUDAN", "SD"), Map.entry("SOUTH SUDAN", "SS"),
            Map.entry("YEMEN", "YE"), Map.entry("CAR", "CF"), Map.entry("DRCONGO", "CD"),
            Map.entry("HONGKONG", "HK"), Map.entry("CHINA", "CN"), Map.entry("MALI", "ML"),
            Map.entry("ETHIOPIA", "ET"), Map.entry("ZIMBABWE", "ZW"));
    /** Words of a text about sanctions, whatever the programme. */
    private static final Set<String> SANCTIONS = Set.of("sanction", "sanctions", "sanctioned", "ofac", "designated",
            "designation", "blacklist", "blacklisted", "embargo");
    /** Words of the trade of a programme's entries, by the start of its tag. */
    private static final Map<String, Set<String>> TRADES = Map.of(
            "SDGT", Set.of("militant", "militants", "terrorist", "terrorists", "terror", "jihadist", "jihadists",
                    "militia", "militias", "fighters", "insurgents", "extremist", "extremists"),
            "FTO", Set.of("militant", "militants", "terrorist", "terrorists", "terror", "jihadist", "jihadists",
                    "militia", "militias", "fighters", "insurgents", "extremist", "extremists"),
            "SDNT", Set.of("cartel", "cartels", "drug", "drugs", "trafficking", "traffickers", "narcotics",
                    "cocaine", "fentanyl"),
            "ILLICIT-DRUGS", Set.of("cartel", "cartels", "drug", "drugs", "trafficking", "traffickers",
                    "narcotics", "cocaine", "fentanyl"),
            "CYBER", Set.of("hacker", "hackers", "hacking", "cyber", "ransomware", "crypto", "cryptocurrency",
                    "bitcoin", "mixer", "laundering", "darknet"));

    private final Set<String> countriesNamed;
    private final Set<String> words;

    /** The corroboration a text gives: the countries it names and its words, folded. */
    Corroboration(Set<String> countriesNamed, List<Token> tokens) {
        this.countriesNamed = countriesNamed;
        this.words = new HashSet<>(tokens.size());
        for (Token t : tokens) {
            words.add(t.norm());
        }
    }

    /** Whether one of the countries of the entry's addresses and nationality is named. */
    boolean located(Entity e) {
        for (String c : e.countries()) {
            if (countriesNamed.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the entry's countries, or of its programmes, is named. */
    boolean countries(Entity e) {
        if (located(e)) {
            return true;
        }
        for (String p : e.programs()) {
            for (Map.Entry<String, String> c : PROGRAMME_COUNTRIES.entrySet()) {
                if (p.startsWith(c.getKey()) && countriesNamed.contains(c.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text stands by a mention of the entry by rule {@code rule}: for a weak alias one of the entry's
     * countries or its programmes' named; for a surname alone one of the entry's own countries (its addresses and
     * nationality: "Putin" where Russia is named, not "Kazan" of ALI MUHAMMAD KAZAN); for a core name also sanctions
     * or the entry's trade spoken of ("Hezbollah fighters").
     */
    boolean of(Entity e, MatchRule rule) {
        return switch (rule) {
            case WEAK_ALIAS -> countries(e);
            case SURNAME_ALONE -> located(e);
            default -> trade(e);
        };
    }

    private boolean trade(Entity e) {
        if (countries(e) || SANCTIONS.stream().anyMatch(words::contains)) {
            return true;
        }
        for (String p : e.programs()) {
            for (Map.Entry<String, Set<String>> trade : TRADES.entrySet()) {
                if (p.startsWith(trade.getKey()) && trade.getValue().stream().anyMatch(words::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
