package sanctionswatch.match;

/**
 * Ints by int, for numbers of entries ({@link Candidate#entry}) met in one text: open addressing in two arrays, no
 * object per key. {@link Overlaps} keeps in one the stretch an entry was last kept on, in another the set of entries it
 * was first named with; on a list of millions of names a stretch ties hundreds of entries, and sets of their ids cost
 * a read of each entry and its id, records scattered through a gigabyte of heap. Made for one text; not thread-safe.
 *
 * <pre>{@code
 * IntMap lastStretch = new IntMap(candidates.size());
 * boolean firstHere = lastStretch.put(c.entry(), stretch) != stretch;
 * }</pre>
 */
final class IntMap {
    /** What {@link #get} and {@link #put} answer for a key without a value. */
    static final int NONE = Integer.MIN_VALUE;

    /** Key + 1 of each slot, 0 for a free one (keys are 0 or more). */
    private int[] keys;
    private int[] values;
    private int size;

    /** A map for about {@code expected} keys, which grows past them. */
    IntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new int[capacity];
    }

    /** The value of {@code key} (0 or more), or {@link #NONE}. */
    int get(int key) {
        int mask = keys.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            if (keys[s] == key + 1) {
                return values[s];
            }
            if (keys[s] == 0) {
                return NONE;
            }
        }
    }

    /** Gives {@code key} (0 or more) the value {@code value}; answers the value it had, or {@link #NONE}. */
    int put(int key, int value) {
        int mask = keys.length - 1;
        for (int s = slot(key, mask); ; s = (s + 1) & mask) {
            if (keys[s] == key + 1) {
                int before = values[s];
                values[s] = value;
                return before;
            }
            if (keys[s] == 0) {
                keys[s] = key + 1;
                values[s] = value;
                if (++size * 3 > keys.length * 2) {
                    grow();
                }
                return NONE;
            }
        }
    }

    /** How many keys have a value. */
    int size() {
        return size;
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /** Twice the slots, at most two thirds full so that a probe seldom runs past a few. */
    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                put(oldKeys[s] - 1, oldValues[s]);
            }
        }
    }
}
