package sanctionswatch.match;

import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.EntityType;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The passes after the first over a text: what a full mention lends to later, shorter ones. "Mkrtychev" after
 * "Ashot Mkrtychev" is his surname mention, "IRGC" after "Islamic Revolutionary Guard Corps" its acronym, "Wagner"
 * after "Wagner Group" its short form. One per matcher; it keeps the surnames of the people found so far.
 */
final class LaterMentions {
    private final Set<String> common;
    /** The matcher's list, where a mention's entry is numbered ({@link Candidate#entry}). */
    private final Watchlist list;
    /** The surnames of the people found so far, folded once rather than on every article naming them. */
    private final Map<String, List<List<String>>> surnamesOf = new ConcurrentHashMap<>();

    LaterMentions(Set<String> common, Watchlist list) {
        this.common = common;
        this.list = list;
    }

    /** The surnames of a person: of the primary name and of each alias written "LAST, First". */
    private static List<List<String>> surnames(Entity person) {
        List<List<String>> forms = new ArrayList<>(2);
        addSurname(forms, person.name());
        for (Alias a : person.aliases()) {
            addSurname(forms, a.name());
        }
        return forms;
    }

    private static void addSurname(List<List<String>> forms, String name) {
        List<String> s = NameForms.surname(name);
        if (!s.isEmpty() && String.join("", s).length() >= 3 && !forms.contains(s)) {
            forms.add(s);
        }
        if (s.size() >= 2 && NameForms.ARTICLES.contains(s.get(0)) && String.join("", s).length() >= 6) {
            // "Zawahiri" after "Ayman al-Zawahiri".
            List<String> bare = s.subList(1, s.size());
            if (!forms.contains(bare)) {
                forms.add(List.copyOf(bare));
            }
        }
    }


    /**
     * Acronyms ("IRGC" after "Islamic Revolutionary Guard Corps") and short forms ("Wagner" after "Wagner Group") of
     * the organisations named in full; a short form two of them share is left alone.
     */
    List<Candidate> shortFormMentions(List<Token> tokens, List<Candidate> chosen) {
        Map<String, Entity> acronyms = new HashMap<>();
        Map<String, Entity> firstWords = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Candidate c : chosen) {
            if (c.entity().type() != EntityType.ORGANISATION || c.to() - c.from() < 2
                    || c.rule() == MatchRule.SHORT_FORM) {
                continue;
            }
            StringBuilder acronym = new StringBuilder();
            for (int i = c.from(); i < c.to(); i++) {
                String w = tokens.get(i).norm();
                if (!Words.PARTICLES.contains(w)) {
                    acronym.append(w.charAt(0));
                }
            }
            if (acronym.length() >= 3) {
                claim(acronyms, acronym.toString(), c.entity(), shared);
            }
            String first = tokens.get(c.from()).norm();
            if (c.to() - c.from() == 2 && Words.GENERIC_ORGANISATION_WORDS.contains(tokens.get(c.from() + 1).norm())
                    && first.length() >= 4 && !common.contains(first) && !Words.PARTICLES.contains(first)) {
                claim(firstWords, first, c.entity(), shared);
            }
        }
        if (acronyms.isEmpty() && firstWords.isEmpty()) {
            return List.of();
        }
        boolean[] covered = covered(tokens, chosen);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered[i] || !t.capitalised() || shared.contains(t.norm())) {
                continue;
            }
            Entity e = t.upper() ? acronyms.get(t.norm()) : null;
            if (e == null) {
                e = firstWords.get(t.norm());
            }
            if (e != null) {
                out.add(new Candidate(i, i + 1, e, list.position(e), MatchRule.SHORT_FORM,
                        MatchRule.SHORT_FORM.score()));
            }
        }
        return out;
    }


    /**
     * The one-word mentions of an organisation the text does not name in full, given to the one organisation it does
     * name in full with that word: after "PJSC Bank Otkritie Financial Corp.", "Otkritie" is the bank's short form,
     * not OTKRITIE LTD GROUP (OTKRITIE LTD without its legal form), a company of the bank's that the text never names
     * in full. A word two such organisations share is left alone.
     */
    List<Candidate> toTheOneNamedInFull(List<Token> tokens, List<Candidate> chosen) {
        Map<String, Entity> byWord = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<Entity> inFull = new HashSet<>();
        // The one proper word of a name whose other words are generic ("Sepah" of "Bank Sepah"), which news writes
        // alone for it.
        Set<String> cores = new HashSet<>();
        for (Candidate c : chosen) {
            if (c.entity().type() != EntityType.ORGANISATION || c.to() - c.from() < 2) {
                continue;
            }
            inFull.add(c.entity());
            String core = null;
            int proper = 0;
            for (int i = c.from(); i < c.to(); i++) {
                String w = tokens.get(i).norm();
                if (!common.contains(w) && !Words.PARTICLES.contains(w)) {
                    claim(byWord, w, c.entity(), shared);
                }
                if (!Words.GENERIC_ORGANISATION_WORDS.contains(w)) {
                    core = w;
                    proper++;
                }
            }
            if (proper == 1) {
                cores.add(core);
            }
        }
        if (byWord.isEmpty()) {
            return chosen;
        }
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            // Only a name with a part left out: "ISIS" is the group's own name before any branch's, and "Hezbollah"
            // the core of HIZBALLAH's before Kata'ib Hezbollah's word. An alias of one word is another's name only
            // where it is all that name has besides generic words: "Sepah" after "Bank Sepah" is the bank, not the
            // ISLAMIC REVOLUTIONARY GUARD CORPS, a.k.a. SEPAH.
            String word = tokens.get(c.from()).norm();
            Entity full = c.to() - c.from() == 1 && c.entity().type() == EntityType.ORGANISATION
                    && (c.rule() == MatchRule.PARTIAL || c.rule() == MatchRule.ALIAS && cores.contains(word))
                    && !inFull.contains(c.entity()) ? byWord.get(word) : null;
            out.add(full == null || shared.contains(tokens.get(c.from()).norm()) ? c
                    : new Candidate(c.from(), c.to(), full, list.position(full), MatchRule.SHORT_FORM,
                            MatchRule.SHORT_FORM.score(),
                    "the entry named in full in the text"));
        }
        return out;
    }

    /**
     * A name of one organisation that is the last words of another's the text names, given to that other where the
     * first is named no other way: "Islamic Jihad", an alias of HIZBALLAH, in a text that names "Palestinian Islamic
     * Jihad" is the Palestinian group's. Not the first words: "Hezbollah" beside "Hezbollah Financial Unit" is the
     * body before its unit. So is a name that is the other's one word written apart or without its "bank": "Sber Bank"
     * and "Sber" (BPS-SBERBANK's alias SBER BANK) after "Sberbank" are Sberbank's. Words several such longer names
     * end in are left alone.
     */
    List<Candidate> toTheLongerName(List<Token> tokens, List<Candidate> chosen) {
        Map<Entity, List<List<String>>> wordsOf = new HashMap<>();
        for (Candidate c : chosen) {
            if (c.entity().type() == EntityType.ORGANISATION) {
                List<String> words = Tokens.norms(tokens, c.from(), c.to());
                List<List<String>> of = wordsOf.computeIfAbsent(c.entity(), k -> new ArrayList<>(1));
                if (!of.contains(words)) {
                    of.add(words);
                }
            }
        }
        if (wordsOf.size() < 2) {
            return chosen;
        }
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            List<List<String>> own = wordsOf.get(c.entity());
            Entity longer = null;
            if (own != null && own.size() == 1 && (c.to() - c.from() >= 2
                    && (c.rule() == MatchRule.ALIAS || c.rule() == MatchRule.PARTIAL) || c.rule() == MatchRule.CORE)) {
                List<String> words = own.get(0);
                // A core name only by its word without "bank": "Hezbollah" beside "Kata'ib Hezbollah" is HIZBALLAH.
                boolean core = c.rule() == MatchRule.CORE;
                String joined = String.join("", words);
                for (Map.Entry<Entity, List<List<String>>> other : wordsOf.entrySet()) {
                    boolean ends = other.getKey() != c.entity() && other.getValue().stream().anyMatch(o ->
                            !core && o.size() > words.size() && o.subList(o.size() - words.size(), o.size())
                                    .equals(words)
                            || o.size() == 1 && (words.size() > 1 && o.get(0).equals(joined)
                            || words.size() == 1 && o.get(0).equals(joined + "bank")));
                    if (ends) {
                        longer = longer == null ? other.getKey() : c.entity();
                    }
                }
            }
            out.add(longer == null || longer == c.entity() ? c
                    : new Candidate(c.from(), c.to(), longer, list.position(longer), MatchRule.SHORT_FORM,
                            MatchRule.SHORT_FORM.score(), "the last words of a name the text gives in full"));
        }
        return out;
    }

    /** Which words the chosen mentions already take. */
    private static boolean[] covered(List<Token> tokens, List<Candidate> chosen) {
        boolean[] covered = new boolean[tokens.size()];
        for (Candidate c : chosen) {
            for (int i = c.from(); i < c.to(); i++) {
                covered[i] = true;
            }
        }
        return covered;
    }

    private static void claim(Map<String, Entity> forms, String form, Entity entity, Set<String> shared) {
        Entity before = forms.putIfAbsent(form, entity);
        if (before != null && before != entity) {
            shared.add(form);
        }
    }


    /** Surname-only mentions of the people already named in full; a surname two of them share is left alone. */
    List<Candidate> surnameMentions(List<Token> tokens, List<Candidate> chosen) {
        Map<List<String>, Integer> owners = new HashMap<>();
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Candidate c : chosen) {
            // Only a person named in full lends a surname its standing; a surname alone lends none.
            if (c.entity().type() == EntityType.PERSON && !c.rule().needsCorroboration()) {
                byId.putIfAbsent(c.entity().id(), c.entity());
            }
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        List<Entity> people = List.copyOf(byId.values());
        PhraseIndex.Builder builder = new PhraseIndex.Builder();
        for (int p = 0; p < people.size(); p++) {
            Entity person = people.get(p);
            for (List<String> s : surnamesOf.computeIfAbsent(person.id(), id -> surnames(person))) {
                owners.merge(s, 1, Integer::sum);
                builder.add(s, p);
            }
        }
        PhraseIndex byName = builder.build();
        int[] ids = byName.lexicon().ids(tokens);
        boolean[] covered = covered(tokens, chosen);
        List<Candidate> out = new ArrayList<>();
        List<PhraseIndex.Hit> hits = new ArrayList<>(1);
        Consumer<PhraseIndex.Hit> collect = hits::add;
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !tokens.get(i).capitalised()) {
                continue;
            }
            hits.clear();
            byName.matchAt(tokens, ids, i, collect);
            PhraseIndex.Hit longest = null;
            for (PhraseIndex.Hit h : hits) {
                if (isFree(covered, h.from(), h.to()) && allCapitalised(tokens, h.from(), h.to())) {
                    longest = h;
                }
            }
            if (longest == null || longest.values().length != 1
                    || owners.get(Tokens.norms(tokens, longest.from(), longest.to())) != 1) {
                continue;
            }
            Entity person = people.get(longest.values()[0]);
            out.add(new Candidate(longest.from(), longest.to(), person, list.position(person), MatchRule.SURNAME,
                    MatchRule.SURNAME.score()));
            for (int k = longest.from(); k < longest.to(); k++) {
                covered[k] = true;
            }
            i = longest.to() - 1;
        }
        return out;
    }

    private static boolean isFree(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCapitalised(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).capitalised()) {
                return false;
            }
        }
        return true;
    }
}
