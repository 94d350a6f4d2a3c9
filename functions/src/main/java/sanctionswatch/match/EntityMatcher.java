package sanctionswatch.match;

import sanctionswatch.watchlist.Alias;
import sanctionswatch.watchlist.Entity;
import sanctionswatch.watchlist.EntityType;
import sanctionswatch.watchlist.Watchlist;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every mention of a list entry in a text in one pass over its words, then ties surname-only mentions to the
 * people named in full in the same text.
 */
public final class EntityMatcher {
    /** How far (in words) a vessel word may stand from a vessel named by an ordinary word ("the tanker Courage"). */
    private static final int VESSEL_WORD_WINDOW = 3;

    private final PhraseIndex<Named> index;
    private final Set<String> common;

    /** What an indexed phrase stands for: an entry, and the rule its form of the name stands for. */
    private record Named(Entity entity, MatchRule rule) {}

    private EntityMatcher(PhraseIndex<Named> index, Set<String> common) {
        this.index = index;
        this.common = common;
    }

    /** Indexes every name and alias of the list. */
    public static EntityMatcher of(Watchlist list) {
        Set<String> common = Words.common();
        PhraseIndex<Named> index = new PhraseIndex<>();
        for (Entity e : list.entities()) {
            for (NameForm form : NameForms.of(e)) {
                // A name of one ordinary word ("Majestic", "Courage") never matches alone; a vessel's may, next to
                // a word that makes it a ship.
                if (form.words().size() == 1 && common.contains(form.words().get(0))
                        && e.type() != EntityType.VESSEL) {
                    continue;
                }
                index.add(form.words(), new Named(e, form.rule()));
            }
        }
        return new EntityMatcher(index.built(), common);
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
    }

    /** Mentions of list entries in {@code text}, whose words are {@code tokens}, in text order. */
    public List<Mention> find(String text, List<Token> tokens) {
        List<Candidate> candidates = new ArrayList<>();
        BitSet[] maritime = new BitSet[1];
        java.util.function.Consumer<PhraseIndex.Hit<Named>> collect = hit -> {
            for (Named named : hit.values()) {
                if (acceptable(named.entity(), text, tokens, hit.from(), hit.to(), maritime)) {
                    candidates.add(new Candidate(hit.from(), hit.to(), named.entity(), named.rule()));
                }
            }
        };
        for (int i = 0; i < tokens.size(); i++) {
            index.matchAt(tokens, i, collect);
        }
        List<Candidate> chosen = leftmostLongest(candidates);
        chosen.addAll(surnameMentions(tokens, chosen));
        chosen.sort(Comparator.comparingInt(Candidate::from));
        List<Mention> mentions = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            Token first = tokens.get(c.from);
            Token last = tokens.get(c.to - 1);
            mentions.add(new Mention(c.entity, text.substring(first.start(), last.end()), first.start(), last.end(),
                    c.rule, first.paragraph(), first.sentence()));
        }
        return mentions;
    }

    private record Candidate(int from, int to, Entity entity, MatchRule rule) {}

    /**
     * Whether a phrase found is the entry written as a name. {@code maritime} caches, per text, the paragraphs with a
     * maritime word (computed the first time a vessel is found).
     */
    private boolean acceptable(Entity entity, String text, List<Token> tokens, int from, int to, BitSet[] maritime) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.capitalised() && !Words.PARTICLES.contains(t.norm()) && !(i > from && hyphenated(text, tokens, i))) {
                return false;
            }
        }
        if (to - from == 1) {
            Token t = tokens.get(from);
            // Short single words are acronyms: only as written in capitals ("BNC", not "bnc" or "Bnc").
            if (t.norm().length() <= 3 && !t.upper()) {
                return false;
            }
        }
        if (entity.type() == EntityType.VESSEL) {
            if (to - from == 1 && common.contains(tokens.get(from).norm())) {
                return Words.anyNear(tokens, from, VESSEL_WORD_WINDOW, Words.MARITIME);
            }
            if (maritime[0] == null) {
                maritime[0] = Words.paragraphsWith(tokens, Words.MARITIME);
            }
            return maritime[0].get(tokens.get(from).paragraph());
        }
        return true;
    }

    /** The word follows the previous one after a hyphen: "Kim Jong-un". */
    private static boolean hyphenated(String text, List<Token> tokens, int i) {
        int start = tokens.get(i).start();
        return tokens.get(i - 1).end() == start - 1 && text.charAt(start - 1) == '-';
    }

    /** Keeps, of overlapping candidates, the one that starts first and then the longest; ties keep every entry. */
    private static List<Candidate> leftmostLongest(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt(Candidate::from)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.to - c.from).reversed())
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.rule.score()).reversed()));
        List<Candidate> out = new ArrayList<>();
        int coveredTo = -1;
        int spanFrom = -1;
        int spanTo = -1;
        Map<String, Candidate> sameSpan = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.from == spanFrom && c.to == spanTo) {
                sameSpan.putIfAbsent(c.entity.id(), c);
                continue;
            }
            if (c.from < coveredTo) {
                continue;
            }
            out.addAll(sameSpan.values());
            sameSpan.clear();
            sameSpan.put(c.entity.id(), c);
            spanFrom = c.from;
            spanTo = c.to;
            coveredTo = c.to;
        }
        out.addAll(sameSpan.values());
        return out;
    }

    /** Surname-only mentions of the people already named in full; a surname two of them share is left alone. */
    private List<Candidate> surnameMentions(List<Token> tokens, List<Candidate> chosen) {
        PhraseIndex<Entity> byName = new PhraseIndex<>();
        Map<List<String>, Integer> owners = new HashMap<>();
        Map<String, Entity> people = new LinkedHashMap<>();
        for (Candidate c : chosen) {
            if (c.entity.type() == EntityType.PERSON) {
                people.putIfAbsent(c.entity.id(), c.entity);
            }
        }
        for (Entity person : people.values()) {
            for (List<String> s : surnames(person)) {
                owners.merge(s, 1, Integer::sum);
                byName.add(s, person);
            }
        }
        if (people.isEmpty()) {
            return List.of();
        }
        boolean[] covered = new boolean[tokens.size()];
        for (Candidate c : chosen) {
            for (int i = c.from; i < c.to; i++) {
                covered[i] = true;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            int from = i;
            List<PhraseIndex.Hit<Entity>> hits = new ArrayList<>(1);
            byName.matchAt(tokens, from, hits::add);
            PhraseIndex.Hit<Entity> longest = null;
            for (PhraseIndex.Hit<Entity> h : hits) {
                if (isFree(covered, h.from(), h.to()) && allCapitalised(tokens, h.from(), h.to())) {
                    longest = h;
                }
            }
            if (longest == null || longest.values().size() != 1
                    || owners.get(wordsOf(tokens, longest.from(), longest.to())) != 1) {
                continue;
            }
            out.add(new Candidate(longest.from(), longest.to(), longest.values().get(0), MatchRule.SURNAME));
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

    private static List<String> wordsOf(List<Token> tokens, int from, int to) {
        List<String> w = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            w.add(tokens.get(i).norm());
        }
        return w;
    }
}
