package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the candidates of one text become its mentions where they overlap or tie: the leftmost longest stretch wins,
 * a stretch several entries fit is decided by what else the text says of them, and a weak mention of an entry the
 * text names in full is tied to that full mention. Worked on the candidates of {@link EntityMatcher}: "Nicolas Maduro"
 * fits the father MADURO MOROS and the son MADURO GUERRA, and is the father's unless the text tells them apart.
 */
final class Overlaps {
    private Overlaps() {
    }

    /**
     * A surname alone of a person also named in full in the text is that person's surname mention ("Mkrtychev" before
     * "Ashot Mkrtychev"), and a core name of an organisation named in full its short form ("Wagner" after "Wagner
     * Group"): stronger than either standing alone.
     */
    static List<Candidate> namedInFull(List<Candidate> chosen) {
        Set<String> full = new HashSet<>();
        for (Candidate c : chosen) {
            if (!c.rule().needsCorroboration()) {
                full.add(c.entity().id());
            }
        }
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            MatchRule tied = c.rule() == MatchRule.SURNAME_ALONE ? MatchRule.SURNAME
                    : c.rule() == MatchRule.CORE ? MatchRule.SHORT_FORM : null;
            out.add(tied != null && full.contains(c.entity().id())
                    ? new Candidate(c.from(), c.to(), c.entity(), c.entry(), tied, tied.score(),
                            "the entry named in full in the text")
                    : c);
        }
        return out;
    }


    /**
     * A parent organisation's name run on into its unit's: "Islamic Revolutionary Guard Corps Quds Force" is one
     * mention of ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE, not the IRGC's beside the Quds Force's. Where an
     * organisation's mention is followed, with spaces or a hyphen only between ("IRGC-Qods Force"), by one of another
     * organisation whose primary name begins with the first one's, the two are the second entry's; in the scripts
     * that write words together, with nothing between ("伊朗革命卫队圣城军", the IRGC's Quds Force). Not where the
     * second begins with the "and" Arabic joins to a word: للحرس الثوري وفيلق القدس is "to the IRGC and the Quds
     * Force", two bodies.
     */
    static List<Candidate> runOnIntoUnits(List<Candidate> chosen, String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (int k = 0; k < chosen.size(); k++) {
            Candidate parent = chosen.get(k);
            Candidate unit = k + 1 < chosen.size() ? chosen.get(k + 1) : null;
            if (unit != null && unit.from() == parent.to() && parent.entity() != unit.entity()
                    && parent.entity().type() == EntityType.ORGANISATION
                    && unit.entity().type() == EntityType.ORGANISATION
                    && (Words.spacesOnly(text, tokens.get(parent.to() - 1).end(), tokens.get(unit.from()).start())
                    || hyphenBetween(text, tokens.get(parent.to() - 1), tokens.get(unit.from()))
                    || tokens.get(parent.to() - 1).end() == tokens.get(unit.from()).start())
                    && startsWith(NameForms.words(unit.entity().name()), NameForms.words(parent.entity().name()))
                    && text.charAt(tokens.get(unit.from()).start()) != 'و') {
                out.add(new Candidate(parent.from(), unit.to(), unit.entity(), unit.entry(), unit.rule(), unit.score(),
                        unit.why())
                        .because("its parent's name written before it"));
                k++;
            } else {
                out.add(parent);
            }
        }
        return out;
    }

    /** "IRGC-Qods Force": the two words joined by a hyphen alone. */
    private static boolean hyphenBetween(String text, Token before, Token after) {
        return after.start() == before.end() + 1 && text.charAt(before.end()) == '-';
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() > prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    /** Keeps, of overlapping candidates, the one that starts first and then the longest; ties keep every entry. */
    static List<Candidate> leftmostLongest(List<Candidate> candidates) {
        // The candidates by stretch, in the order found, and the stretches by start and then the longest first: the
        // order a stable sort of every candidate by start, length and score gives, without sorting the candidates.
        // On a list of millions of names a stretch ties many entries (the AFP story with the 3M-name list: 2,613
        // candidates on 68 stretches), and sorting them all was a sixth of that scan's time at C1.
        Map<Long, List<Candidate>> bySpan = bySpan(candidates, new HashMap<>());
        // Each stretch as its start, then its end counted down from the largest, so that numbers sort in that order.
        long[] order = new long[bySpan.size()];
        int n = 0;
        for (long span : bySpan.keySet()) {
            order[n++] = (span & ~LOW_BITS) | (LOW_BITS - (span & LOW_BITS));
        }
        Arrays.sort(order);
        List<Candidate> out = new ArrayList<>();
        // Each entry's last stretch kept, by its number: a stretch keeps an entry once, and no set is cleared. Made
        // at the first stretch of two candidates or more: most stretches of most texts have one.
        IntMap keptOn = null;
        int stretch = 0;
        int coveredTo = -1;
        for (long o : order) {
            int from = (int) (o >>> 32);
            int to = (int) (LOW_BITS - (o & LOW_BITS));
            if (from < coveredTo) {
                continue;
            }
            List<Candidate> tied = bySpan.get(Candidate.span(from, to));
            if (!byScore(tied)) {
                tied.sort(Comparator.comparingDouble((Candidate c) -> c.score()).reversed());
            }
            stretch++;
            if (tied.size() == 1) {
                out.add(tied.get(0));
            } else {
                if (keptOn == null) {
                    keptOn = new IntMap(candidates.size());
                }
                for (Candidate c : tied) {
                    if (keptOn.put(c.entry(), stretch) != stretch) {
                        out.add(c);
                    }
                }
            }
            coveredTo = to;
        }
        return out;
    }

    /**
     * Whether a stretch's candidates are in order of score already, the highest first, as the stable sort of {@link
     * #leftmostLongest} would leave them: mostly so, as a pass finds a phrase's forms by one rule. Asked first, since
     * the sort itself compares through two lambdas that C1, Lambda's level, calls rather than inlines: on a list of
     * millions of names a stretch ties hundreds of candidates ("Korea", 135 forms of the 3M-name list), and the sort
     * was a twentieth of that list's scan of the AFP story at C1 (bench/README.md, "An OpenSanctions-size list",
     * perf8).
     */
    private static boolean byScore(List<Candidate> tied) {
        for (int k = 1; k < tied.size(); k++) {
            if (Double.compare(tied.get(k - 1).score(), tied.get(k).score()) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The candidates by stretch ({@link Candidate#span}) into {@code bySpan}, each stretch's in the order found. A
     * stretch's candidates mostly come one after another (a pass finds every form of a phrase at once), and join the
     * last stretch's without a look-up: a stretch's number hashes as {@code from ^ to}, the same for every word at an
     * even position (1), so on a list of millions of names thousands of look-ups walked one bin's tree. Such a run is
     * added at once, its list grown once: "Korea" is a word of 135 forms of the 3M-name list, and adding a stretch of
     * 135 candidates one by one grows a list of one twelve times, copying it each time (a fortieth of that list's scan
     * of the AFP story at C1, bench/README.md, "An OpenSanctions-size list", perf10); a run of one is added as before.
     */
    private static <M extends Map<Long, List<Candidate>>> M bySpan(List<Candidate> candidates, M bySpan) {
        int n = candidates.size();
        for (int i = 0; i < n; ) {
            Candidate c = candidates.get(i);
            int end = i + 1;
            while (end < n && candidates.get(end).from() == c.from() && candidates.get(end).to() == c.to()) {
                end++;
            }
            List<Candidate> tied = bySpan.computeIfAbsent(Candidate.span(c.from(), c.to()), k -> new ArrayList<>(1));
            if (end == i + 1) {
                tied.add(c);
            } else {
                tied.addAll(candidates.subList(i, end));
            }
            i = end;
        }
        return bySpan;
    }

    /** The low 32 bits of a number, where {@link Candidate#span} keeps a stretch's end. */
    private static final long LOW_BITS = 0xFFFF_FFFFL;


    /**
     * Where one stretch of text names several entries ("Nicolas Maduro": the father, Maduro Moros, and the son, Maduro
     * Guerra), keeps an entry's name written whole before another's with a part left out (the tanker HS ATLANTICA, not
     * HS ATLANTICA LIMITED), then those named elsewhere in the text too; failing that, those matched by the strongest
     * rule (an alias as the list writes it before a form derived from a name), then those whose full name the stretch
     * covers best (the son's has one given name more). A tie that remains is one mention of the entry designated
     * first, scored lower; or none, where the name is spelt otherwise than the list spells it and none of the
     * people's countries is named ("Mohammed Yusuf": a common name's); or, in Arabic script, the one person whose
     * surname has as many consonants as the text's word ({@link #byConsonants}).
     */
    static List<Candidate> closestOfTies(List<Candidate> chosen, Corroboration corroboration, List<Token> tokens) {
        Map<Long, List<Candidate>> bySpan = bySpan(chosen, new LinkedHashMap<>());
        if (bySpan.size() == chosen.size()) {
            return chosen;
        }
        IntMap setOf = namedElsewhere(bySpan.values(), chosen.size());
        // The number of words of each tied person's primary name, counted once in the text: on a list of millions of
        // names one stretch ties many people, the same on each of its stretches, and each count tokenizes the name.
        Map<Entity, Integer> nameWords = new IdentityHashMap<>();
        // A stretch of many candidates decided once for the text where later ones repeat it: "Korea", twelve times in
        // the AFP story, ties the same 135 entries of the 3M-name list each time, each decision reading every one.
        Map<Long, Decision> decisions = new HashMap<>();
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (List<Candidate> tied : bySpan.values()) {
            if (tied.size() < REPEATED) {
                out.addAll(decided(tied, setOf, corroboration, nameWords, tokens));
                continue;
            }
            long key = (long) tied.get(0).entry() << 32 | tied.size();
            Decision before = decisions.get(key);
            if (before != null && before.sameCandidates(tied)) {
                out.addAll(before.of(tied));
            } else {
                // (Without the words' consonants, which are a stretch's own: the decision is kept for others.)
                List<Candidate> kept = decided(tied, setOf, corroboration, nameWords, null);
                decisions.put(key, Decision.of(tied, kept));
                out.addAll(kept);
            }
        }
        return out;
    }

    /**
     * Whether the candidate is an organisation's primary name but its last word, its own state's name ({@link
     * NameForms#ownStateLast}), which the text names elsewhere: "Bank Saderat" in a text naming Iran.
     */
    private static boolean stateNamedApart(Candidate c, Corroboration corroboration) {
        if (c.rule() != MatchRule.PARTIAL || c.entity().type() != EntityType.ORGANISATION) {
            return false;
        }
        List<String> words = NameForms.words(c.entity().name());
        String code = words.size() == c.to() - c.from() + 1 ? NameForms.ownStateLast(c.entity(), words) : null;
        return code != null && corroboration.named(code);
    }

    /**
     * The people a name in Arabic script fits alike by its keys told apart by the consonants its last word writes:
     * بوتانين (b t n n) is POTANIN, Vladimir, not PUTIN, Vladimir (p t n), though vowels left out both read b t n. Those
     * whose surname's last word has as many consonants as the text's word; all of them where none does.
     */
    private static List<Candidate> byConsonants(List<Candidate> tied, List<Token> tokens) {
        if (tied.size() < 2 || tied.stream().anyMatch(c -> c.rule() != MatchRule.TRANSLITERATED
                || c.entity().type() != EntityType.PERSON)) {
            return tied;
        }
        String word = tokens.get(tied.get(0).to() - 1).norm();
        if (word.isEmpty() || !ScriptKeys.arabic(word.charAt(0))) {
            return tied;
        }
        int written = consonants(word, ScriptKeys.VOWEL_LETTERS, List.of());
        List<Candidate> fit = new ArrayList<>(tied.size());
        for (Candidate c : tied) {
            List<String> surname = NameForms.surname(c.entity().name());
            if (!surname.isEmpty()
                    && consonants(surname.get(surname.size() - 1), "aeiouy", LATIN_DIGRAPHS) == written) {
                fit.add(c);
            }
        }
        return fit.isEmpty() ? tied : fit;
    }

    /** Two Latin letters a romanisation writes for one Arabic consonant. */
    private static final List<String> LATIN_DIGRAPHS = List.of("sh", "kh", "gh", "th", "dh", "ch", "zh");

    /**
     * The consonants of a folded word: its letters but {@code vowels}, a letter doubled or a digraph counted once.
     * {@code consonants("potanin", "aeiouy", LATIN_DIGRAPHS)} is 4; of بوتين, 3.
     */
    private static int consonants(String word, String vowels, List<String> digraphs) {
        int n = 0;
        char before = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (vowels.indexOf(ch) >= 0 || ch == before) {
                before = ch;
                continue;
            }
            if (i > 0 && digraphs.contains(word.substring(i - 1, i + 1))) {
                before = ch;
                continue;
            }
            n++;
            before = ch;
        }
        return n;
    }

    /** How many candidates a stretch has at least for its decision to be kept for another: a few cost less again. */
    private static final int REPEATED = 8;

    /** What {@link #closestOfTies} keeps of one stretch's candidates. */
    private static List<Candidate> decided(List<Candidate> tied, IntMap setOf, Corroboration corroboration,
                                           Map<Entity, Integer> nameWords, List<Token> tokens) {
        if (tied.size() == 1 || tied.stream().allMatch(c -> c.rule() == MatchRule.IDENTIFIER)) {
            // A wallet the list gives two entries (1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL, KHATIBI AGHADA and
            // NIKAEEN RAVARI) is each one's: nothing in the words could tell them apart, nor should.
            return tied;
        }
        if (tied.stream().anyMatch(c -> !c.rule().needsCorroboration())) {
            // "Hamas" is the organisation's name before it is anybody's surname alone.
            tied = tied.stream().filter(c -> !c.rule().needsCorroboration()).toList();
        }
        if (tied.stream().anyMatch(c -> c.rule() == MatchRule.EXACT)
                && tied.stream().anyMatch(c -> c.rule() == MatchRule.PARTIAL)) {
            // "The vessels NS Champion and HS Atlantica" is the tanker HS ATLANTICA, named as the list writes
            // it, though the text names its owner, HS ATLANTICA LIMITED, in full elsewhere: a name written
            // whole is that entry's before it is a part of another's.
            tied = tied.stream().filter(c -> c.rule() != MatchRule.PARTIAL).toList();
        }
        List<Candidate> elsewhere = tied.stream().filter(c -> setOf.get(c.entry()) == ELSEWHERE).toList();
        if (!elsewhere.isEmpty()) {
            return elsewhere;
        }
        List<Candidate> located = tied.stream().filter(c -> corroboration.located(c.entity())).toList();
        if (!located.isEmpty()) {
            tied = located;
        }
        List<Candidate> ofItsState = tied.stream().filter(c -> stateNamedApart(c, corroboration)).toList();
        if (ofItsState.size() == 1 && tied.size() > 1 && tied.stream().allMatch(c -> c.rule() == MatchRule.PARTIAL)) {
            // "In September, the Treasury cut another Iranian state-owned bank, Bank Saderat": BANK SADERAT IRAN,
            // whose state's name the text gives apart, before BANK SADERAT PLC of London, less its legal form. (Not
            // before a name written whole: "Islamic State" is ISIL's alias, not ISLAMIC STATE EGYPT where Egypt is
            // named.)
            return ofItsState;
        }
        double score = tied.stream().mapToDouble(Overlaps::tieScore).max().orElse(0);
        List<Candidate> strongest = tied.stream().filter(c -> tieScore(c) == score).toList();
        // People by how much of the name the words cover (the son has one given name more; a surname alone covers
        // nothing of either); organisations not:
        // a parent's name is often the longer ("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA" before its
        // "JOINT STOCK COMPANY SBERBANK" abroad), and it comes first in the list.
        boolean people = strongest.stream().allMatch(c -> c.entity().type() == EntityType.PERSON
                && c.rule() != MatchRule.SURNAME_ALONE);
        List<Candidate> closest = people ? coveringMost(strongest, nameWords) : strongest;
        if (closest.size() == 1) {
            return closest;
        }
        // Nothing in the text tells them apart: one mention, of the entry designated first (the father before
        // the son, BORIS ROMANOVICH before BORIS BORISOVICH ROTENBERG: the list numbers entries as it adds them),
        // scored lower for the doubt, rather than two full mentions of which one is wrong.
        Candidate first = firstDesignated(closest);
        if (closest.size() >= COMMON_NAME && first.rule() == MatchRule.TRANSLITERATED
                && closest.stream().allMatch(c -> c.entity().type() == EntityType.PERSON)
                && closest.stream().noneMatch(c -> corroboration.countries(c.entity()))) {
            // A name spelt otherwise than the list spells it that two listed people or more fit alike, none of
            // whose countries the text names, is a common name's: "Mohammed Yusuf", Boko Haram's founder, in a
            // story on Nigeria; محمّد أحمد.
            return List.of();
        }
        List<Candidate> fit = tokens == null ? closest : byConsonants(closest, tokens);
        if (fit.size() == 1) {
            return fit;
        }
        StringBuilder also = new StringBuilder("designated first of ");
        closest.forEach(c -> also.append(c == first ? "" : c.entity().id() + " " + c.entity().name() + ", "));
        also.setLength(also.length() - 2);
        return List.of(new Candidate(first.from(), first.to(), first.entity(), first.entry(), first.rule(),
                first.score() * TIE_DOUBT, "").because(also + ", who fit the words as well"));
    }

    /**
     * {@link #decided} of a stretch's candidates, {@code tied}, for another stretch of the same candidates: the
     * positions in {@code tied} of those kept, in order, or of the one entry kept as the first designated of a tie
     * ({@code tie}, with its score and the tie's description).
     */
    private record Decision(List<Candidate> tied, int[] kept, int tie, double tieScore, String tieWhy) {
        static Decision of(List<Candidate> tied, List<Candidate> kept) {
            int[] at = new int[kept.size()];
            int k = 0;
            for (int i = 0; i < tied.size() && k < at.length; i++) {
                if (tied.get(i) == kept.get(k)) {
                    at[k++] = i;
                }
            }
            if (k == at.length) {
                return new Decision(tied, at, -1, 0, null);
            }
            // The first designated of a tie, made anew with a lower score and what it was tied with.
            Candidate first = kept.get(0);
            int tie = 0;
            while (tied.get(tie).entry() != first.entry() || tied.get(tie).rule() != first.rule()) {
                tie++;
            }
            return new Decision(tied, new int[0], tie, first.score(), first.why());
        }

        /** Whether {@code other}'s candidates are those decided, in order: entries, rules, scores, reasons, lengths. */
        boolean sameCandidates(List<Candidate> other) {
            if (other.size() != tied.size()) {
                return false;
            }
            for (int i = 0; i < other.size(); i++) {
                Candidate a = tied.get(i);
                Candidate b = other.get(i);
                if (a.entry() != b.entry() || a.entity() != b.entity() || a.rule() != b.rule()
                        || Double.compare(a.score(), b.score()) != 0 || !a.why().equals(b.why())
                        || a.to() - a.from() != b.to() - b.from()) {
                    return false;
                }
            }
            return true;
        }

        /** What the decision keeps of {@code other}, a stretch of the same candidates ({@link #sameCandidates}). */
        List<Candidate> of(List<Candidate> other) {
            if (tie >= 0) {
                Candidate c = other.get(tie);
                return List.of(new Candidate(c.from(), c.to(), c.entity(), c.entry(), c.rule(), tieScore, tieWhy));
            }
            List<Candidate> out = new ArrayList<>(kept.length);
            for (int i : kept) {
                out.add(other.get(i));
            }
            return out;
        }
    }

    /**
     * The entries each stretch names, by number ({@link Candidate#entry}): each entry's set of entries, numbered, or
     * {@link #ELSEWHERE} for one named elsewhere, which a stretch names only where it names others than here
     * ("Nicolas Maduro" twice names father and son twice, and neither elsewhere). Each distinct set is numbered
     * once, so an entry is named elsewhere when it stands in stretches of two numbers: on a list of millions of names,
     * a common name ties hundreds of entries, and comparing their sets pairwise was quadratic. A set of one entry is
     * numbered by that entry, with nothing made for it, where most stretches of most texts name one entry (the
     * feeds' articles with the 3M-name list); a larger one by its numbers sorted.
     */
    private static IntMap namedElsewhere(Collection<List<Candidate>> stretches, int candidates) {
        IntMap lastStretch = new IntMap(candidates);
        IntMap setOf = new IntMap(candidates);
        IntMap single = new IntMap(stretches.size());
        Map<EntrySet, Integer> sets = new HashMap<>();
        int stretch = 0;
        for (List<Candidate> tied : stretches) {
            stretch++;
            if (tied.size() == 1) {
                named(setOf, tied.get(0).entry(), single, sets);
                continue;
            }
            int[] entries = new int[tied.size()];
            int n = 0;
            for (Candidate c : tied) {
                if (lastStretch.put(c.entry(), stretch) != stretch) {
                    entries[n++] = c.entry();
                }
            }
            if (n == 1) {
                named(setOf, entries[0], single, sets);
                continue;
            }
            entries = Arrays.copyOf(entries, n);
            Arrays.sort(entries);
            int next = sets.size() + single.size();
            int set = sets.computeIfAbsent(new EntrySet(entries), k -> next);
            for (int entry : entries) {
                named(setOf, entry, set);
            }
        }
        return setOf;
    }

    /** {@link #namedElsewhere} of a stretch that names one entry alone, numbered by it in {@code single}. */
    private static void named(IntMap setOf, int entry, IntMap single, Map<EntrySet, Integer> sets) {
        int set = single.get(entry);
        if (set == IntMap.NONE) {
            set = sets.size() + single.size();
            single.put(entry, set);
        }
        named(setOf, entry, set);
    }

    /** {@link #namedElsewhere} of entry {@code entry} named in set {@code set}. */
    private static void named(IntMap setOf, int entry, int set) {
        int before = setOf.get(entry);
        if (before == IntMap.NONE) {
            setOf.put(entry, set);
        } else if (before != set) {
            setOf.put(entry, ELSEWHERE);
        }
    }

    /** {@link #namedElsewhere}'s mark of an entry named in stretches of two sets of entries. */
    private static final int ELSEWHERE = -1;

    /** A set of entries, their numbers sorted, equal to another of the same numbers. */
    private record EntrySet(int[] entries) {
        @Override
        public boolean equals(Object o) {
            return o instanceof EntrySet other && Arrays.equals(entries, other.entries);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(entries);
        }
    }

    /**
     * The score a candidate ties by: a person's short alias as a name with a part left out. "Vladimir Bogdanov" is
     * the alias BOGDANOV, Vladimir of one entry and BOGDANOV, Vladimir Leonidovich with the patronymic left out of
     * another: the words fit both as well, and the list's writing an alias out decides nothing between them.
     */
    private static double tieScore(Candidate c) {
        return c.rule() == MatchRule.ALIAS && c.entity().type() == EntityType.PERSON ? MatchRule.PARTIAL.score()
                : c.score();
    }

    /** How many listed people a name spelt otherwise fits alike that make it a common name's, not theirs. */
    private static final int COMMON_NAME = 2;

    /** What the score of a mention is multiplied by when another entry fits the same words as well. */
    static final double TIE_DOUBT = 0.9;

    /**
     * Entries in the order their lists designated them: by source, then by the number the list gave them, which it
     * gives as it adds entries (ROTENBERG, Boris Romanovich, 16671, before his son Boris Borisovich, 35314).
     */
    static final Comparator<Entity> FIRST_DESIGNATED = Comparator.comparing(Entity::source)
            .thenComparingLong(Overlaps::designation);


    /**
     * The candidate whose entry was designated first ({@link #FIRST_DESIGNATED}), the earliest of those that tie;
     * each entry's source and number read from its id once, where the comparator cut and parsed both ids at each
     * comparison: on a list of millions of names a tie holds hundreds of entries, and that was 4 % of the 3M-name
     * list's scan of the AFP story at C1. Both read in the id where they stand, not cut out of it: the two strings
     * each entry's source and number were cut into, and the stream that checked the digits, were still 4 % of that
     * scan (bench/README.md, "An OpenSanctions-size list", perf8).
     */
    private static Candidate firstDesignated(List<Candidate> tied) {
        Candidate first = tied.get(0);
        String firstId = first.entity().id();
        long firstNumber = designation(firstId);
        for (int k = 1; k < tied.size(); k++) {
            Candidate c = tied.get(k);
            String id = c.entity().id();
            int bySource = compareSources(id, firstId);
            if (bySource > 0) {
                continue;
            }
            long number = designation(id);
            if (bySource < 0 || number < firstNumber) {
                first = c;
                firstId = id;
                firstNumber = number;
            }
        }
        return first;
    }

    /**
     * {@link Entity#source}s of the ids {@code a} and {@code b} compared as {@link String#compareTo} compares them
     * ({@code ofac-sdn} of {@code ofac-sdn:16671}; none without a colon), without cutting either out.
     */
    private static int compareSources(String a, String b) {
        int aLength = Math.max(0, a.indexOf(':'));
        int bLength = Math.max(0, b.indexOf(':'));
        for (int k = 0; k < Math.min(aLength, bLength); k++) {
            if (a.charAt(k) != b.charAt(k)) {
                return a.charAt(k) - b.charAt(k);
            }
        }
        return aLength - bLength;
    }

    /** The number the list gave an entry ({@code 16671} of {@code ofac-sdn:16671}), or the largest for none. */
    static long designation(Entity e) {
        return designation(e.id());
    }

    /** {@link #designation(Entity)} of an entry's id, read where it stands in the id. */
    private static long designation(String id) {
        int from = id.indexOf(':') + 1;
        if (from == id.length() || id.length() - from >= 18) {
            return Long.MAX_VALUE;
        }
        long n = 0;
        for (int k = from; k < id.length(); k++) {
            char c = id.charAt(k);
            if (!Character.isDigit(c)) {
                return Long.MAX_VALUE;
            }
            n = n * 10 + Character.digit(c, 10);
        }
        return n;
    }


    /** The share of the entry's primary name, of {@code nameWords} words, that the matched words stand for. */
    private static double coverage(Candidate c, int nameWords) {
        return (c.to() - c.from()) / (double) Math.max(1, nameWords);
    }

    /**
     * The candidates of one stretch whose words cover the most of their entry's primary name ({@link #coverage}): of
     * "Nicolas Maduro", MADURO MOROS, Nicolas (two thirds) rather than MADURO GUERRA, Nicolas Ernesto (half). Each
     * entry's name is counted once per text, in {@code nameWords}; each candidate's coverage worked out once.
     */
    private static List<Candidate> coveringMost(List<Candidate> tied, Map<Entity, Integer> nameWords) {
        double[] cover = new double[tied.size()];
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < tied.size(); k++) {
            Candidate c = tied.get(k);
            cover[k] = coverage(c, nameWords.computeIfAbsent(c.entity(), e -> NameForms.words(e.name()).size()));
            best = Math.max(best, cover[k]);
        }
        List<Candidate> out = new ArrayList<>(tied.size());
        for (int k = 0; k < tied.size(); k++) {
            if (cover[k] == best) {
                out.add(tied.get(k));
            }
        }
        return out;
    }
}
