package sanctionswatch.match;

import sanctionswatch.text.Token;

import java.io.IOException;
import java.util.Arrays;
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

    /**
     * Collects phrases into a trie of its own (a node's children in a list, found through one hash table keyed by
     * node and word); {@link #build()} lays it out. No sorting of phrases: this runs at a cold start, where each
     * comparison is slow.
     */
    public static final class Builder {
        private final Lexicon lexicon;
        private final IntArray firstChild = new IntArray(16);
        private final IntArray nextSibling = new IntArray(16);
        private final IntArray nodeWord = new IntArray(16);
        private final IntArray firstValue = new IntArray(16);
        private final IntArray lastValue = new IntArray(16);
        private final IntArray value = new IntArray(16);
        private final IntArray nextValue = new IntArray(16);
        /** (node + 1) << 32 | word, or 0 for a free slot; the child in {@link #childOf}. */
        private long[] edgeKey = new long[32];
        private int[] childOf = new int[32];

        /** Phrases of this builder are numbered in {@code lexicon}, which may be shared with other indexes. */
        public Builder(Lexicon lexicon) {
            this.lexicon = lexicon;
            newNode(-1);
        }

        public Builder() {
            this(new Lexicon());
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
        public Builder add(int[] words, int phraseValue) {
            if (words.length == 0) {
                return this;
            }
            int node = 0;
            for (int word : words) {
                node = child(node, word);
            }
            int v = value.size();
            value.add(phraseValue);
            nextValue.add(-1);
            if (firstValue.get(node) < 0) {
                firstValue.set(node, v);
            } else {
                nextValue.set(lastValue.get(node), v);
            }
            lastValue.set(node, v);
            return this;
        }

        private int newNode(int word) {
            int node = nodeWord.size();
            nodeWord.add(word);
            firstChild.add(-1);
            nextSibling.add(-1);
            firstValue.add(-1);
            lastValue.add(-1);
            return node;
        }

        /** The child of {@code node} by {@code word}, made if it is not there. */
        private int child(int node, int word) {
            long key = ((long) (node + 1) << 32) | word;
            int mask = edgeKey.length - 1;
            int s = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (edgeKey[s] != 0) {
                if (edgeKey[s] == key) {
                    return childOf[s];
                }
                s = (s + 1) & mask;
            }
            int created = newNode(word);
            nextSibling.set(created, firstChild.get(node));
            firstChild.set(node, created);
            edgeKey[s] = key;
            childOf[s] = created;
            if (created * 2 > edgeKey.length) {
                growEdges();
            }
            return created;
        }

        private void growEdges() {
            long[] keys = edgeKey;
            int[] children = childOf;
            edgeKey = new long[keys.length * 2];
            childOf = new int[keys.length * 2];
            int mask = edgeKey.length - 1;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    int s = Long.hashCode(keys[i] * 0x9E3779B97F4A7C15L) & mask;
                    while (edgeKey[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    edgeKey[s] = keys[i];
                    childOf[s] = children[i];
                }
            }
        }

        /** Lays the trie out breadth first, each node's children by word number, values in the order added. */
        public PhraseIndex build() {
            int nodes = nodeWord.size();
            int[] order = new int[nodes];
            int[] edgeStart = new int[nodes + 1];
            int[] edgeWord = new int[nodes - 1];
            int[] valueStart = new int[nodes + 1];
            int[] values = new int[value.size()];
            int laidOut = 1;
            int edges = 0;
            int valueCount = 0;
            long[] children = new long[16];
            for (int n = 0; n < nodes; n++) {
                int old = order[n];
                edgeStart[n] = edges;
                valueStart[n] = valueCount;
                for (int v = firstValue.get(old); v >= 0; v = nextValue.get(v)) {
                    values[valueCount++] = value.get(v);
                }
                int count = 0;
                for (int c = firstChild.get(old); c >= 0; c = nextSibling.get(c)) {
                    if (count == children.length) {
                        children = Arrays.copyOf(children, count * 2);
                    }
                    children[count++] = ((long) nodeWord.get(c) << 32) | c;
                }
                Arrays.sort(children, 0, count);
                for (int k = 0; k < count; k++) {
                    edgeWord[edges++] = (int) (children[k] >>> 32);
                    order[laidOut++] = (int) children[k];
                }
            }
            edgeStart[nodes] = edges;
            valueStart[nodes] = valueCount;
            int[] rootChild = new int[lexicon.size()];
            for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
                rootChild[edgeWord[e]] = e + 1;
            }
            return new PhraseIndex(lexicon, rootChild, edgeStart, edgeWord, valueStart, values);
        }
    }

    void write(IndexData.Out out) throws IOException {
        out.ints(rootChild);
        out.ints(edgeStart);
        out.ints(edgeWord);
        out.ints(valueStart);
        out.ints(values);
    }

    /** Reads an index {@link #write} wrote, whose words are numbered in {@code lexicon}. */
    static PhraseIndex read(IndexData.In in, Lexicon lexicon) {
        PhraseIndex index = new PhraseIndex(lexicon, in.ints(), in.ints(), in.ints(), in.ints(), in.ints());
        int nodes = index.edgeStart.length - 1;
        if (nodes < 1 || index.valueStart.length != nodes + 1 || index.edgeWord.length != nodes - 1
                || index.rootChild.length > lexicon.size() || index.edgeStart[nodes] != nodes - 1
                || index.valueStart[nodes] != index.values.length
                || IndexData.max(index.edgeWord) >= lexicon.size() || IndexData.max(index.rootChild) >= nodes
                || IndexData.max(index.edgeStart) > nodes - 1 || IndexData.max(index.valueStart) > index.values.length) {
            throw new IllegalArgumentException("index data: a phrase index out of shape");
        }
        return index;
    }

    /** Every value of every phrase (for checking what was read). */
    int[] values() {
        return values;
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
        // The paragraphs are read only once the next word continues a phrase: most phrases end at their first word
        // ("Russia said": no name goes on with "said"), and the tokens are the walk's only reads outside the index.
        int paragraph = -1;
        for (int i = from; ; ) {
            if (valueStart[node + 1] > valueStart[node]) {
                sink.accept(new Hit(from, i + 1, Arrays.copyOfRange(values, valueStart[node], valueStart[node + 1])));
            }
            if (++i >= ids.length || ids[i] < 0) {
                return;
            }
            int next = child(node, ids[i]);
            if (next < 0) {
                return;
            }
            if (paragraph < 0) {
                paragraph = tokens.get(from).paragraph();
            }
            if (tokens.get(i).paragraph() != paragraph) {
                return;
            }
            node = next;
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
