package sanctionswatch.match;

import sanctionswatch.text.Token;
import sanctionswatch.text.Tokens;

import java.io.IOException;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The folded words of a list, each numbered from 0: indexes compare numbers rather than strings, and hold each word
 * once. A list of a million names has about a million distinct words, so they are kept as characters in one array
 * (not a string each), found through an open-addressing table that holds each word's hash beside its number: a word
 * that is not in the lexicon, most words of a text, is told apart in one memory access. Not thread-safe while words
 * are added; safe to share once its owner stops adding.
 */
public final class Lexicon {
    private static final int NONE = -1;

    private char[] chars = new char[256];
    private int[] ends = new int[32];
    private int size;
    private int used;
    /** hash (high 32 bits) and number + 1 (low 32 bits); 0 marks a free slot. */
    private long[] slots = new long[64];

    public Lexicon() {}

    private Lexicon(char[] chars, int[] ends, long[] slots) {
        this.chars = chars;
        this.ends = ends;
        this.slots = slots;
        this.size = ends.length;
        this.used = chars.length;
    }

    void write(IndexData.Out out) throws IOException {
        trimmed();
        out.chars(chars);
        out.ints(ends);
        out.longs(slots);
    }

    static Lexicon read(IndexData.In in) {
        Lexicon lexicon = new Lexicon(in.chars(), in.ints(), in.longs());
        if (Integer.bitCount(lexicon.slots.length) != 1 || lexicon.size * 2 > lexicon.slots.length
                || lexicon.size > 0 && lexicon.ends[lexicon.size - 1] != lexicon.used) {
            throw new IllegalArgumentException("index data: a lexicon out of shape");
        }
        return lexicon;
    }

    /** The number of {@code word}, or -1 when the lexicon does not hold it. */
    public int id(String word) {
        return find(word.hashCode(), word, null, 0, word.length());
    }

    /**
     * The number of the word {@code cs[from, from + length)}, whose {@link String#hashCode} is {@code hash}, or -1: a
     * text's word as its tokenizer keeps it ({@link Tokens#numbered}), compared as characters with no {@code String}
     * read. {@code id("kim jong".toCharArray(), 4, 4, "jong".hashCode())} is {@code id("jong")}.
     */
    public int id(char[] cs, int from, int length, int hash) {
        return find(hash, null, cs, from, length);
    }

    /**
     * The one probe of the table for a word given as {@code word}, or where that is null as {@code cs[from, from +
     * length)}: the scan's words come as characters, so that it makes no String for them, and the list's as Strings.
     */
    private int find(int hash, String word, char[] cs, int from, int length) {
        int mask = slots.length - 1;
        for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
            long slot = slots[s];
            if (slot == 0) {
                return NONE;
            }
            if ((int) (slot >>> 32) == hash) {
                int id = (int) slot - 1;
                if (word != null ? equalsWord(id, word) : equalsWord(id, cs, from, length)) {
                    return id;
                }
            }
        }
    }

    /** The number of {@code word}, added if the lexicon did not hold it. */
    public int add(String word) {
        int found = id(word);
        if (found != NONE) {
            return found;
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        if (used + word.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + word.length()));
        }
        word.getChars(0, word.length(), chars, used);
        used += word.length();
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size] = used;
        place(word.hashCode(), size);
        return size++;
    }

    /**
     * The numbers of each word of {@code tokens} (-1 for a word the lexicon does not hold). Each distinct word of a
     * text is looked up once, in the tokenizer's table of them ({@link Tokens#numbered}): in a lexicon of a million
     * words a look-up is a miss of the CPU's caches, and a news article says "the", "Russia" or "Wagner" many times.
     * {@code ids(tokenize("the Bank of the Volga"))} looks up "the" once and gives both its number. Tokens a caller
     * put together otherwise are looked up one by one.
     */
    public int[] ids(List<Token> tokens) {
        if (tokens instanceof Tokens text) {
            return text.numbered(this::id);
        }
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(tokens.get(i).norm());
        }
        return ids;
    }

    /**
     * The lexicon's words as a read-only set: {@code contains} is {@link #id} looked up, with no {@code String} kept
     * per word. How the common words ship ({@link BundledIndex#commonWords}): read in bulk at a cold start rather
     * than 40,000 lines folded and hashed one by one. After {@code add("kim"); add("jong")}, {@code
     * asSet().contains("jong")} is true and {@code asSet().contains("un")} false.
     */
    Set<String> asSet() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof String word && id(word) != NONE;
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<String> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public String next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        return word(next++);
                    }
                };
            }
        };
    }

    /** The word numbered {@code id}. */
    public String word(int id) {
        int start = start(id);
        return new String(chars, start, ends[id] - start);
    }

    /** The length of the word numbered {@code id}, in UTF-16 units. */
    public int length(int id) {
        return ends[id] - start(id);
    }

    public int size() {
        return size;
    }

    /** Gives back the room kept for growth, once no word will be added. */
    public Lexicon trimmed() {
        chars = Arrays.copyOf(chars, used);
        ends = Arrays.copyOf(ends, size);
        return this;
    }

    private int start(int id) {
        return id == 0 ? 0 : ends[id - 1];
    }

    private boolean equalsWord(int id, String word) {
        int start = start(id);
        if (ends[id] - start != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (chars[start + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean equalsWord(int id, char[] cs, int from, int length) {
        int start = start(id);
        if (ends[id] - start != length) {
            return false;
        }
        char[] own = chars;
        for (int k = 0; k < length; k++) {
            if (own[start + k] != cs[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[capacity];
        for (long slot : old) {
            if (slot != 0) {
                place((int) (slot >>> 32), (int) slot - 1);
            }
        }
    }

    private void place(int hash, int id) {
        int mask = slots.length - 1;
        int s = spread(hash) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = ((long) hash << 32) | (id + 1L);
    }

    /** Strings' hashes differ mostly in their low bits only for short words: mix the high bits in. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
