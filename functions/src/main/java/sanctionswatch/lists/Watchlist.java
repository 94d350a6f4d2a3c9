package sanctionswatch.lists;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The entries of one or more sanctions lists, by id.
 *
 * <p>Kept as the entries in list order and a table of their positions found by the id's hash (open addressing), not a
 * map: a map holds an object of 40 bytes per entry, 51 MB of the 1.27 million entries of an OpenSanctions-size list,
 * where the table takes 8 MB.
 */
public final class Watchlist {
    private final List<Entity> entities;
    /** Position + 1 of the entry whose id hashes here (linear probing); 0 marks a free slot. */
    private final int[] slots;

    /**
     * The entries, in the order given; two with one id are refused. {@code new Watchlist(List.of(wagner, putin))}
     * finds {@code "ofac-sdn:35096"} as {@code putin}.
     */
    public Watchlist(Collection<Entity> entities) {
        this.entities = List.copyOf(entities);
        // At most two thirds full, so that a probe seldom runs past a few slots.
        int capacity = Integer.highestOneBit(Math.max(2, this.entities.size() * 3 / 2)) << 1;
        this.slots = new int[capacity];
        for (int i = 0; i < this.entities.size(); i++) {
            String id = this.entities.get(i).id();
            int s = slot(id);
            if (s >= 0) {
                throw new IllegalArgumentException("duplicate entity id " + id);
            }
            slots[-s - 1] = i + 1;
        }
    }

    /** The entries, in list order; read-only, as one list may serve several parts of a function. */
    public Collection<Entity> entities() {
        return entities;
    }

    /** The entry {@code id} ({@code "ofac-sdn:35096"}: PUTIN, Vladimir Vladimirovich), or empty. */
    public Optional<Entity> find(String id) {
        int s = slot(id);
        return s < 0 ? Optional.empty() : Optional.of(entities.get(slots[s] - 1));
    }

    /**
     * The position of {@code entry} in list order ({@link #entities}), found by its id; -1 for an entry not in the
     * list.
     */
    public int position(Entity entry) {
        int s = slot(entry.id());
        return s < 0 ? -1 : slots[s] - 1;
    }

    public int size() {
        return entities.size();
    }

    /** The slot holding {@code id}'s entry, or {@code -(free slot) - 1} where it would go. */
    private int slot(String id) {
        int mask = slots.length - 1;
        int h = id.hashCode() * 0x9E3779B9;
        for (int s = (h ^ (h >>> 16)) & mask; ; s = (s + 1) & mask) {
            int at = slots[s];
            if (at == 0) {
                return -s - 1;
            }
            if (entities.get(at - 1).id().equals(id)) {
                return s;
            }
        }
    }
}
