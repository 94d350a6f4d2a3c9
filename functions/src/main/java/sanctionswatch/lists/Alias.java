package sanctionswatch.lists;

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
}
