package sanctionswatch.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A trie over folded words: finds every indexed phrase that starts at a word of a text in one walk, whatever the
 * number of phrases. Not thread-safe while phrases are added; safe to share once built.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseIndex<V> {
    private final Node<V> root = new Node<>();
    private int size;

    /** A phrase found in a text: words {@code [from, to)} of the token list, and what it stands for. */
    public record Hit<V>(int from, int to, List<V> values) {}

    private static final class Node<V> {
        Map<String, Node<V>> next;
        List<V> values;
    }

    /** Indexes a phrase given as folded words. Phrases of no words are ignored. */
    public void add(List<String> words, V value) {
        if (words.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String w : words) {
            if (node.next == null) {
                node.next = new HashMap<>(4);
            }
            node = node.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        node.values.add(value);
        size++;
    }

    /** Number of phrases added. */
    public int size() {
        return size;
    }

    /**
     * Reports each indexed phrase that starts at word {@code from} and stays within its paragraph, shortest first.
     */
    public void matchAt(List<Token> tokens, int from, Consumer<Hit<V>> sink) {
        Node<V> node = root;
        int paragraph = tokens.get(from).paragraph();
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (node.next == null || t.paragraph() != paragraph) {
                return;
            }
            node = node.next.get(t.norm());
            if (node == null) {
                return;
            }
            if (node.values != null) {
                sink.accept(new Hit<>(from, i + 1, node.values));
            }
        }
    }
}
