package sanctionswatch.match;

/** Why a piece of text was taken for a list entry; shown to analysts beside each mention. */
public enum MatchRule {
    /** The primary name as the list writes it, word for word. */
    EXACT("exact", 1.0),
    /** The primary name of a person in natural order: "Ashot Mkrtychev" for "MKRTYCHEV, Ashot". */
    REORDERED("reordered", 0.97),
    /**
     * A name with a part left out that the news leaves out: a middle name or patronymic ("Vladimir Putin"), the
     * second of two surnames ("Nicolas Maduro"), the Arabic article ("Ayman Zawahiri"), an organisation's legal form
     * ("Beijing Alite Technologies").
     */
    PARTIAL("partial", 0.9),
    /** An alias the list gives (aka / fka / nka), in any of the orders above. */
    ALIAS("alias", 0.92),
    /** An alias the list itself marks as weak. */
    WEAK_ALIAS("weak alias", 0.7),
    /** A surname standing alone, tied to a full mention of the same person in the same article. */
    SURNAME("surname", 0.85),
    /**
     * An organisation's acronym ("IRGC") or short form ("Wagner" for "Wagner Group"), tied to a full mention of it in
     * the same article; never standing alone.
     */
    SHORT_FORM("short form", 0.85),
    /**
     * Another romanisation of the same name: Yevgeny / Evgeniy / Evgenii, Sergei / Sergey, -ov / -off, Hassan /
     * Hasan ({@link Romanisation#key}). Names of two words or more only.
     */
    TRANSLITERATED("transliterated", 0.88),
    /** A given name written as its initial: "V. Putin". */
    INITIALS("initials", 0.8),
    /**
     * One word of a name of two or more misspelt by one letter (left out, added, changed or swapped), the word long
     * enough to carry it; scored by how long the word is ({@link #fuzzyScore}).
     */
    FUZZY("fuzzy", 0.9),
    /** An identifier the list gives, matched exactly: a vessel's IMO number. */
    IDENTIFIER("identifier", 1.0),
    /**
     * An organisation by the distinctive core of its name, as news names it: "Rostec" for STATE CORPORATION ROSTEC,
     * "Hezbollah" for LEBANESE HEZBOLLAH, "Metalloinvest" for HOLDINGOVAYA KOMPANIYA METALLOINVEST AO; only a core
     * one entry of the list has, and kept only with corroboration (as a weak alias).
     */
    CORE("core name", 0.8),
    /**
     * A person by surname alone, with no full mention in the text: "Putin's war"; only a surname one listed person
     * has, of five letters or more and no ordinary word, not after another name word ("Daniil Medvedev"), and kept
     * only with corroboration (as a weak alias).
     */
    SURNAME_ALONE("surname alone", 0.75),
    /**
     * A name the news gives the entry in another language, translated or written in another script as no rule
     * recovers: 普京 for Putin, 真主党 ("Party of God") for Hezbollah, 정찰총국 for the Reconnaissance General
     * Bureau ({@code translated-names.tsv}).
     */
    TRANSLATED("translated", 0.9);

    /** The lowest score a fuzzy match can have; below it, a misspelling is too likely another name. */
    public static final double FUZZY_THRESHOLD = 0.8;

    /** A one-letter slip in a word of {@code length} letters: 0.8 at five letters, rising towards 0.95. */
    public static double fuzzyScore(int length) {
        return Math.min(0.95, 1.0 - 1.0 / length);
    }

    private final String label;
    private final double score;

    MatchRule(String label, double score) {
        this.label = label;
        this.score = score;
    }

    /**
     * A mention by this rule stands only with corroboration: another mention of the entry, or one of its countries
     * named in the same text ({@link EntityMatcher#corroborated}).
     */
    public boolean needsCorroboration() {
        return this == WEAK_ALIAS || this == CORE || this == SURNAME_ALONE;
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
