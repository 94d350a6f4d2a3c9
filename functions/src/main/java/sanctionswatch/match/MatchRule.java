package sanctionswatch.match;

/** Why a piece of text was taken for a list entry; shown to analysts beside each mention. */
public enum MatchRule {
    /** The primary name as the list writes it, word for word. */
    EXACT("exact", 1.0, "the primary name as the list writes it"),
    /** The primary name of a person in natural order: "Ashot Mkrtychev" for "MKRTYCHEV, Ashot". */
    REORDERED("reordered", 0.97, "the primary name in natural order"),
    /**
     * A name with a part left out that the news leaves out: a middle name or patronymic ("Vladimir Putin"), the
     * second of two surnames ("Nicolas Maduro"), the Arabic article ("Ayman Zawahiri"), an organisation's legal form
     * ("Beijing Alite Technologies").
     */
    PARTIAL("partial", 0.9, "a name with a part the news leaves out left out"),
    /** An alias the list gives (aka / fka / nka), in any of the orders above. */
    ALIAS("alias", 0.92, "an alias the list gives"),
    /** An alias the list itself marks as weak. */
    WEAK_ALIAS("weak alias", 0.7, "an alias the list marks weak"),
    /** A surname standing alone, tied to a full mention of the same person in the same article. */
    SURNAME("surname", 0.85, "the surname of a person named in full in the text"),
    /**
     * An organisation's acronym ("IRGC") or short form ("Wagner" for "Wagner Group"), tied to a full mention of it in
     * the same article; never standing alone.
     */
    SHORT_FORM("short form", 0.85, "the acronym or short form of an organisation named in full in the text"),
    /**
     * Another romanisation of the same name: Yevgeny / Evgeniy / Evgenii, Sergei / Sergey, -ov / -off, Hassan /
     * Hasan ({@link Romanisation#key}). Names of two words or more only.
     */
    TRANSLITERATED("transliterated", 0.88, "another romanisation or script of a name"),
    /** A given name written as its initial: "V. Putin". */
    INITIALS("initials", 0.8, "a given name written as its initial"),
    /**
     * One word of a name of two or more misspelt by one letter (left out, added, changed or swapped), the word long
     * enough to carry it; scored by how long the word is ({@link #fuzzyScore}).
     */
    FUZZY("fuzzy", 0.9, "a name with one word misspelt by one letter"),
    /**
     * An identifier the list gives, matched exactly, its type in the mention's evidence: a vessel's IMO or MMSI
     * number after the word ("IMO 9274343", "MMSI 572469210"), a crypto wallet address ("XBT address"
     * bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm), a bank's SWIFT/BIC code (SABRRUMM) ({@link IdentifierIndex}).
     */
    IDENTIFIER("identifier", 1.0, "an identifier the list gives"),
    /**
     * An organisation by the distinctive core of its name, as news names it: "Rostec" for STATE CORPORATION ROSTEC,
     * "Hezbollah" for LEBANESE HEZBOLLAH, "Metalloinvest" for HOLDINGOVAYA KOMPANIYA METALLOINVEST AO; only a core
     * one entry of the list has, and kept only with corroboration (as a weak alias).
     */
    CORE("core name", 0.8, "the distinctive core of an organisation's name, no other entry's"),
    /**
     * A person by surname alone, with no full mention in the text: "Putin's war"; only a surname one listed person
     * has, of five letters or more and no ordinary word, not after another name word ("Daniil Medvedev"), and kept
     * only with corroboration (as a weak alias).
     */
    SURNAME_ALONE("surname alone", 0.75, "a surname no other listed person has"),
    /**
     * A name the news gives the entry in another language, translated or written in another script as no rule
     * recovers: 普京 for Putin, 真主党 ("Party of God") for Hezbollah, 정찰총국 for the Reconnaissance General
     * Bureau ({@code translated-names.tsv}).
     */
    TRANSLATED("translated", 0.9, "the name the news gives the entry in another language"),
    /**
     * A person's alias with a part left out, as {@link #PARTIAL} is of the primary name: "Raul Castro" of CASTRO
     * RODRIGUEZ, Raul, an alias of a Mexican trafficker. Aliases are often the names of other, famous people with a
     * surname dropped, so it stands only where one of the entry's countries is named (Mexico, not Cuba).
     */
    PARTIAL_ALIAS("partial alias", 0.85, "an alias with a part the news leaves out left out, with its country named");

    /** The lowest score a fuzzy match can have; below it, a misspelling is too likely another name. */
    public static final double FUZZY_THRESHOLD = 0.8;

    /** A one-letter slip in a word of {@code length} letters: 0.8 at five letters, rising towards 0.95. */
    public static double fuzzyScore(int length) {
        return Math.min(0.95, 1.0 - 1.0 / length);
    }

    private final String label;
    private final double score;
    private final String meaning;

    MatchRule(String label, double score, String meaning) {
        this.label = label;
        this.score = score;
        this.meaning = meaning;
    }

    /** What the rule takes for the entry, in words for an analyst: "a surname no other listed person has". */
    public String meaning() {
        return meaning;
    }

    /**
     * A mention by this rule stands only with corroboration: another mention of the entry, or one of its countries
     * named in the same text ({@link EntityMatcher#corroborated}).
     */
    public boolean needsCorroboration() {
        return this == WEAK_ALIAS || this == CORE || this == SURNAME_ALONE || this == PARTIAL_ALIAS;
    }

    /** The rule's name as mentions carry it ("reordered"). */
    public String label() {
        return label;
    }

    /** Confidence in [0, 1] that text matched by this rule names the entry. */
    public double score() {
        return score;
    }
}
