package sanctionswatch.match;

import sanctionswatch.watchlist.Entity;
import sanctionswatch.watchlist.EntityType;
import sanctionswatch.watchlist.Watchlist;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of a list as {@link EntityMatcher} looks them up: every form of every name ({@link NameForms}), numbered,
 * in a phrase index; their romanisation keys in another; the anchors of the fuzzy pass; the vessels' IMO numbers.
 *
 * <p>Kept in arrays of word and form numbers rather than an object per form or per anchor: for a list of a million
 * names that is millions of objects, and their headers and references were most of the index.
 */
final class NameIndex {
    /** A word of at least this many letters anchors the search for a misspelt neighbour; shorter ones are common. */
    static final int MIN_ANCHOR = 4;
    /**
     * An anchor word and neighbour's letter in more names than this are too common to anchor anything ("korea" then
     * "d…", "mohammed" then "a…"); "vladimir" then "p…" stays.
     */
    private static final int MAX_ANCHORED = 32;
    /** Slots of a neighbour's first letter: a–z and anything else, after the anchor or before it. */
    private static final int SLOTS = 54;
    private static final MatchRule[] RULES = MatchRule.values();

    private final Lexicon lexicon;
    private final PhraseIndex names;
    private final PhraseIndex variants;
    /** Words of the romanisation keys of names of two words or more. */
    private final BitSet keyed;
    /** Words that anchor names, crowded or not. */
    private final BitSet anchorWords;
    /**
     * The names anchored by word w are entries {@code [anchorStart[w], anchorStart[w + 1])}, in order of slot (the
     * neighbour's side and first letter), each a form and where in it the anchor stands.
     */
    private final int[] anchorStart;
    private final byte[] anchorSlot;
    private final int[] anchorForm;
    private final byte[] anchorAt;
    /** Form f is entity {@code formEntity[f]} by rule {@code formRule[f]}, words {@code formWords[formStart[f] ..]}. */
    private final Entity[] formEntity;
    private final byte[] formRule;
    private final int[] formStart;
    private final int[] formWords;
    private final Map<String, Entity> imo;

    /** Receives the names anchored by a word: form number and the anchor's position in it. */
    interface Anchored {
        void accept(int form, int at);
    }

    private NameIndex(Builder b) {
        this.lexicon = b.lexicon.trimmed();
        this.names = b.names.build();
        this.variants = b.variants.build();
        this.keyed = b.keyed;
        this.anchorWords = new BitSet(lexicon.size());
        this.formEntity = b.entities.toArray(new Entity[0]);
        this.formRule = b.rules.toByteArray();
        this.formStart = b.starts.toArray();
        this.formWords = b.words.toArray();
        this.imo = b.imo;
        // Entries sorted by word and then slot, keeping the order they were filed in: two stable counting sorts.
        int n = b.anchorWord.size();
        int[] bySlot = countingOrder(b.anchorSlot, null, n, SLOTS);
        int[] order = countingOrder(b.anchorWord, bySlot, n, lexicon.size());
        IntArray start = new IntArray(lexicon.size() + 1);
        IntArray slot = new IntArray(n);
        IntArray form = new IntArray(n);
        IntArray at = new IntArray(n);
        int k = 0;
        for (int word = 0; word < lexicon.size(); word++) {
            start.add(slot.size());
            while (k < n && b.anchorWord.get(order[k]) == word) {
                anchorWords.set(word);
                int run = k;
                int s = b.anchorSlot.get(order[k]);
                while (run < n && b.anchorWord.get(order[run]) == word && b.anchorSlot.get(order[run]) == s) {
                    run++;
                }
                if (run - k <= MAX_ANCHORED) {
                    for (int e = k; e < run; e++) {
                        slot.add(s);
                        form.add(b.anchorForm.get(order[e]));
                        at.add(b.anchorAt.get(order[e]));
                    }
                }
                k = run;
            }
        }
        start.add(slot.size());
        this.anchorStart = start.toArray();
        this.anchorSlot = slot.toByteArray();
        this.anchorForm = form.toArray();
        this.anchorAt = at.toByteArray();
    }

    /** Indexes every name and alias of the list, their romanisation keys, and the vessels' IMO numbers. */
    static NameIndex of(Watchlist list, Set<String> common) {
        Builder b = new Builder();
        for (Entity e : list.entities()) {
            for (NameForm form : NameForms.of(e)) {
                List<String> words = form.words();
                // A name of one ordinary word ("Majestic", "Courage") never matches alone; a vessel's may, next to
                // a word that makes it a ship.
                if (words.size() == 1 && common.contains(words.get(0)) && e.type() != EntityType.VESSEL) {
                    continue;
                }
                b.add(e, form.rule(), words);
            }
            for (String number : e.imoNumbers()) {
                b.imo.put(number, e);
            }
        }
        return new NameIndex(b);
    }

    private static final class Builder {
        final Lexicon lexicon = new Lexicon();
        final PhraseIndex.Builder names = new PhraseIndex.Builder(lexicon);
        final PhraseIndex.Builder variants = new PhraseIndex.Builder(lexicon);
        final BitSet keyed = new BitSet();
        final List<Entity> entities = new ArrayList<>();
        final IntArray rules = new IntArray(1024);
        final IntArray starts = new IntArray(1024);
        final IntArray words = new IntArray(4096);
        final IntArray anchorWord = new IntArray(4096);
        final IntArray anchorSlot = new IntArray(4096);
        final IntArray anchorForm = new IntArray(4096);
        final IntArray anchorAt = new IntArray(4096);
        final Map<String, Entity> imo = new HashMap<>();

        void add(Entity e, MatchRule rule, List<String> folded) {
            int form = entities.size();
            entities.add(e);
            rules.add(rule.ordinal());
            starts.add(words.size());
            int[] ids = new int[folded.size()];
            for (int w = 0; w < ids.length; w++) {
                ids[w] = lexicon.add(folded.get(w));
                words.add(ids[w]);
            }
            names.add(ids, form);
            if (ids.length < 2 || e.type() == EntityType.VESSEL) {
                return;
            }
            int[] keys = new int[ids.length];
            boolean differs = false;
            for (int w = 0; w < ids.length; w++) {
                keys[w] = lexicon.add(Romanisation.key(folded.get(w)));
                keyed.set(keys[w]);
                differs |= keys[w] != ids[w];
            }
            if (differs) {
                variants.add(keys, form);
            }
            // Each word long enough files the name by the word next to it; positions are kept in a byte (no listed
            // name runs to 128 words).
            for (int p = 0; p < ids.length && p < Byte.MAX_VALUE; p++) {
                String w = folded.get(p);
                if (w.length() >= MIN_ANCHOR && !Words.PARTICLES.contains(w)) {
                    boolean after = p + 1 < ids.length;
                    anchorWord.add(ids[p]);
                    anchorSlot.add(slot(after, folded.get(after ? p + 1 : p - 1)));
                    anchorForm.add(form);
                    anchorAt.add(p);
                }
            }
        }
    }

    /**
     * A stable counting sort: the positions {@code 0..n-1} (or those of {@code within}, in its order) ordered by
     * {@code keys}, whose values are below {@code range}.
     */
    private static int[] countingOrder(IntArray keys, int[] within, int n, int range) {
        int[] counts = new int[range + 1];
        for (int i = 0; i < n; i++) {
            counts[keys.get(i) + 1]++;
        }
        for (int r = 0; r < range; r++) {
            counts[r + 1] += counts[r];
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int item = within == null ? i : within[i];
            out[counts[keys.get(item)]++] = item;
        }
        return out;
    }

    /** The slot of a neighbour: which side of the anchor, and its first letter. */
    private static int slot(boolean after, String neighbour) {
        char c = neighbour.isEmpty() ? ' ' : neighbour.charAt(0);
        return (after ? 0 : 27) + (c >= 'a' && c <= 'z' ? c - 'a' : 26);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    PhraseIndex names() {
        return names;
    }

    PhraseIndex variants() {
        return variants;
    }

    Entity entity(int form) {
        return formEntity[form];
    }

    MatchRule rule(int form) {
        return RULES[formRule[form]];
    }

    /** How many words form {@code form} has. */
    int length(int form) {
        return (form + 1 < formStart.length ? formStart[form + 1] : formWords.length) - formStart[form];
    }

    /** The number of the {@code k}th word of form {@code form}. */
    int word(int form, int k) {
        return formWords[formStart[form] + k];
    }

    /** Whether word {@code id} is a word of the romanisation key of a name. */
    boolean keyed(int id) {
        return id >= 0 && keyed.get(id);
    }

    /** Whether word {@code id} anchors names (too many of them, perhaps, to try). */
    boolean anchors(int id) {
        return id >= 0 && anchorWords.get(id);
    }

    /**
     * The names anchored by word {@code id} whose word after it ({@code after}), or before it, starts as
     * {@code neighbour} does; none when they are too many.
     */
    void anchored(int id, boolean after, String neighbour, Anchored sink) {
        if (id < 0 || id + 1 >= anchorStart.length) {
            return;
        }
        int slot = slot(after, neighbour);
        int lo = anchorStart[id];
        int hi = anchorStart[id + 1];
        // The first entry of the slot, by binary search: a common word may file hundreds of names.
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (anchorSlot[mid] < slot) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int e = lo; e < anchorStart[id + 1] && anchorSlot[e] == slot; e++) {
            sink.accept(anchorForm[e], anchorAt[e]);
        }
    }

    /** The vessel with IMO number {@code number}, or null. */
    Entity vessel(String number) {
        return imo.get(number);
    }
}
