package sanctionswatch.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A trie over the words of a {@link Lexicon}: finds every indexed phrase that starts at a word of a text in one walk,
 * whatever the number of phrases. Each phrase stands for a number (the caller's, for what the phrase names).
 *
 * <p>Built once and then read only, it is kept in a few arrays rather than an object per node: a list of a million
 * names makes millions of nodes. Nodes are numbered breadth first, so the children of a node are consecutive and the
 * edge numbered {@code e} leads to node {@code e + 1}; the root's children are found by word number directly, the
 * others by a search among their siblings (seldom more than a few). Safe to share between threads.
 */
public final class PhraseIndex {
    private final Lexicon lexicon;
    /** For each word number, the root's child by that word, or 0. */
    private final int[] rootChild;
    /** The edges of node n are {@code [edgeStart[n], edgeStart[n + 1])}, sorted by word. */
    private final int[] edgeStart;
    private final int[] edgeWord;
    /** The values of node n (the phrases ending there) are {@code values[valueStart[n] .. valueStart[n + 1])}. */
    private final int[] valueStart;
    private final int[] values;

    /** A phrase found in a text: words {@code [from, to)} of the token list, and the numbers it stands for. */
    public record Hit(int from, int to, int[] values) {}

    private PhraseIndex(Lexicon lexicon, int[] rootChild, int[] edgeStart, int[] edgeWord, int[] valueStart,
                        int[] values) {
        this.lexicon = lexicon;
        this.rootChild = rootChild;
        this.edgeStart = edgeStart;
        this.edgeWord = edgeWord;
        this.valueStart = valueStart;
        this.values = values;
    }

    /** Collects phrases; {@link #build()} makes the index. */
    public static final class Builder {
        private final Lexicon lexicon;
        private final List<int[]> phrases = new ArrayList<>();
        private int[] phraseValues = new int[16];

        /** Phrases of this builder are numbered in {@code lexicon}, which may be shared with other indexes. */
        public Builder(Lexicon lexicon) {
            this.lexicon = lexicon;
        }

        public Builder() {
            this(new Lexicon());
        }

        public Lexicon lexicon() {
            return lexicon;
        }

        /** Indexes a phrase given as folded words. Phrases of no words are ignored. */
        public Builder add(List<String> phrase, int value) {
            int[] words = new int[phrase.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = lexicon.add(phrase.get(i));
            }
            return add(words, value);
        }

        /** Indexes a phrase given as word numbers of the lexicon. */
        public Builder add(int[] words, int value) {
            if (words.length == 0) {
                return this;
            }
            if (phrases.size() == phraseValues.length) {
                phraseValues = Arrays.copyOf(phraseValues, phraseValues.length * 2);
            }
            phraseValues[phrases.size()] = value;
            phrases.add(words);
            return this;
        }

        /**
         * Lays the trie out breadth first from the phrases in word order: the phrases under a node are a run of that
         * order, split into its children's runs by their next word.
         */
        public PhraseIndex build() {
            int count = phrases.size();
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            // Stable: a phrase's values keep the order they were added in.
            Arrays.sort(order, Comparator.comparing(i -> phrases.get(i), Arrays::compare));
            IntArray edgeStart = new IntArray(count + 2);
            IntArray edgeWord = new IntArray(count + 1);
            IntArray valueStart = new IntArray(count + 2);
            IntArray values = new IntArray(count);
            // The nodes waiting to be laid out, in number order: their run of phrases and depth.
            IntArray runFrom = new IntArray(count + 1);
            IntArray runTo = new IntArray(count + 1);
            IntArray depthOf = new IntArray(count + 1);
            runFrom.add(0);
            runTo.add(count);
            depthOf.add(0);
            for (int node = 0; node < runFrom.size(); node++) {
                int lo = runFrom.get(node);
                int hi = runTo.get(node);
                int depth = depthOf.get(node);
                edgeStart.add(edgeWord.size());
                valueStart.add(values.size());
                while (lo < hi && phrases.get(order[lo]).length == depth) {
                    values.add(phraseValues[order[lo++]]);
                }
                while (lo < hi) {
                    int word = phrases.get(order[lo])[depth];
                    int end = lo + 1;
                    while (end < hi && phrases.get(order[end])[depth] == word) {
                        end++;
                    }
                    edgeWord.add(word);
                    runFrom.add(lo);
                    runTo.add(end);
                    depthOf.add(depth + 1);
                    lo = end;
                }
            }
            edgeStart.add(edgeWord.size());
            valueStart.add(values.size());
            int[] rootChild = new int[lexicon.size()];
            for (int e = edgeStart.get(0); e < edgeStart.get(1); e++) {
                rootChild[edgeWord.get(e)] = e + 1;
            }
            return new PhraseIndex(lexicon, rootChild, edgeStart.toArray(), edgeWord.toArray(),
                    valueStart.toArray(), values.toArray());
        }
    }

    /** The lexicon whose word numbers this index holds. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Reports each indexed phrase that starts at word {@code from} and stays within its paragraph, shortest first.
     * {@code ids} are the tokens' word numbers in this index's lexicon ({@link Lexicon#ids}).
     */
    public void matchAt(List<Token> tokens, int[] ids, int from, Consumer<Hit> sink) {
        int first = ids[from];
        if (first < 0 || first >= rootChild.length || rootChild[first] == 0) {
            return;
        }
        int node = rootChild[first];
        int paragraph = tokens.get(from).paragraph();
        for (int i = from; ; ) {
            if (valueStart[node + 1] > valueStart[node]) {
                sink.accept(new Hit(from, i + 1, Arrays.copyOfRange(values, valueStart[node], valueStart[node + 1])));
            }
            if (++i >= ids.length || ids[i] < 0 || tokens.get(i).paragraph() != paragraph) {
                return;
            }
            node = child(node, ids[i]);
            if (node < 0) {
                return;
            }
        }
    }

    private int child(int node, int word) {
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int w = edgeWord[mid];
            if (w < word) {
                lo = mid + 1;
            } else if (w > word) {
                hi = mid - 1;
            } else {
                return mid + 1;
            }
        }
        return -1;
    }
}
