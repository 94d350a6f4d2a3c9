package sanctionswatch.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A trie over folded words: finds every indexed phrase that starts at a word of a text in one walk, whatever the
 * number of phrases. Nodes are compact (a node with one child holds it directly; words are shared), because a list of
 * a million names makes millions of nodes. Not thread-safe while phrases are added; safe to share once built.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseIndex<V> {
    private final Node root = new Node();
    private Map<String, String> words = new HashMap<>();

    /** A phrase found in a text: words {@code [from, to)} of the token list, and what it stands for. */
    public record Hit<V>(int from, int to, List<V> values) {}

    private static final class Node {
        /** null, the one child's word (a String), or a map from word to child. */
        Object next;
        Node only;
        /** null, the one value, or an Object[] of values. */
        Object values;

        Node child(String word) {
            if (next == null) {
                return null;
            }
            if (next instanceof String w) {
                return w.equals(word) ? only : null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Node> map = (Map<String, Node>) next;
            return map.get(word);
        }

        Node addChild(String word) {
            Node existing = child(word);
            if (existing != null) {
                return existing;
            }
            Node created = new Node();
            if (next == null) {
                next = word;
                only = created;
            } else if (next instanceof String w) {
                Map<String, Node> map = new HashMap<>(4);
                map.put(w, only);
                map.put(word, created);
                next = map;
                only = null;
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Node> map = (Map<String, Node>) next;
                map.put(word, created);
            }
            return created;
        }

        void addValue(Object value) {
            if (values == null) {
                values = value;
            } else if (values instanceof Object[] array) {
                Object[] more = Arrays.copyOf(array, array.length + 1);
                more[array.length] = value;
                values = more;
            } else {
                values = new Object[]{values, value};
            }
        }
    }

    /** Indexes a phrase given as folded words. Phrases of no words are ignored. */
    public void add(List<String> phrase, V value) {
        if (phrase.isEmpty()) {
            return;
        }
        if (words == null) {
            throw new IllegalStateException("the index is built; no phrase can be added");
        }
        Node node = root;
        for (String w : phrase) {
            node = node.addChild(words.computeIfAbsent(w, k -> k));
        }
        node.addValue(value);
    }

    /** Ends building: drops what only building needed. */
    public PhraseIndex<V> built() {
        words = null;
        return this;
    }

    /**
     * Reports each indexed phrase that starts at word {@code from} and stays within its paragraph, shortest first.
     */
    @SuppressWarnings("unchecked")
    public void matchAt(List<Token> tokens, int from, Consumer<Hit<V>> sink) {
        Node node = root;
        int paragraph = tokens.get(from).paragraph();
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.paragraph() != paragraph) {
                return;
            }
            node = node.child(t.norm());
            if (node == null) {
                return;
            }
            if (node.values != null) {
                List<V> values = node.values instanceof Object[] array ? (List<V>) Arrays.asList(array)
                        : List.of((V) node.values);
                sink.accept(new Hit<>(from, i + 1, values));
            }
        }
    }
}
