package sanctionswatch.lists;

import java.util.List;
import java.util.Objects;

/**
 * Another name a list entry is known by.
 *
 * @param name the alias as the list writes it
 * @param kind aka, fka (formerly known as) or nka (now known as)
 * @param weak true where the list itself marks the alias as weak (low quality); such an alias needs corroboration
 */
public record Alias(String name, Kind kind, boolean weak) {
    public enum Kind { AKA, FKA, NKA }

    public Alias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * An entry's aliases as it keeps them ({@link Entity#aliases}), given packed already: each name's UTF-8 after a
     * mark byte, the kind's ordinal plus 4 for a weak alias ({@code "\0PMC WAGNER\4WAGNER"}: PMC WAGNER, aka, and
     * WAGNER, a weak aka). For a reader whose file holds the names so (the compiled list's of ASCII letters, nearly
     * all), which then makes no {@code Alias} nor string of each to have them packed again. The array is kept, not
     * copied: the caller gives it up. Refuses ({@link IllegalArgumentException}) bytes that do not begin with a mark
     * or hold a mark of no kind.
     */
    public static List<Alias> packed(byte[] packed) {
        return PackedAliases.ofPacked(packed);
    }

    /** The mark that stands before a name of {@code kind} in {@link #packed} aliases, weak or not. */
    public static byte packedMark(Kind kind, boolean weak) {
        return PackedAliases.mark(kind, weak);
    }
}
