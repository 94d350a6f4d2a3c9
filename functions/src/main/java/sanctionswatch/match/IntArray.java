package sanctionswatch.match;

import java.util.Arrays;

/** A growable array of ints, for building the matcher's indexes without an object per element. */
final class IntArray {
    private int[] items;
    private int size;

    IntArray(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    int get(int i) {
        return items[i];
    }

    void set(int i, int value) {
        items[i] = value;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The items as bytes, for values known to fit one (rules, positions in a name). */
    byte[] toByteArray() {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = (byte) items[i];
        }
        return out;
    }
}
