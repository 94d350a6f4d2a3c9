package sanctionswatch.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An entry's aliases held as one array of UTF-8, each name after a byte below 8 that gives its kind and weakness: the
 * aliases of {@code PRIVATE MILITARY COMPANY 'WAGNER'} are {@code "\0PMC WAGNER\0CHASTNAYA VOENNAYA KOMPANIYA
 * 'VAGNER'…"}. An {@link Alias} is made when one is read; reading them is rare (indexing the list, describing a match)
 * and an alias kept as a record of its own costs 64 bytes beside its letters (the record, the string and its array):
 * 111 MB of the 1.73 million aliases of an OpenSanctions-size list. UTF-8 rather than a string: one Cyrillic alias
 * would make a string of all the entry's aliases two bytes a letter. Immutable; equal to, and hashed as, any list of
 * the same aliases.
 */
final class PackedAliases extends AbstractList<Alias> implements RandomAccess {
    /** The mark before a name: kind ordinal, plus {@link #WEAK}. */
    private static final byte WEAK = 4;
    /** Marks are below this; UTF-8 writes no character from it up with a byte below it. */
    private static final byte MARKS = 8;
    private static final Alias.Kind[] KINDS = Alias.Kind.values();

    private final byte[] packed;
    /** List's hash, once asked for (entries are hashed as map keys while a list is indexed); 0 until then. */
    private int hash;

    private PackedAliases(byte[] packed) {
        this.packed = packed;
    }

    /**
     * {@code aliases} as an immutable list: packed, or, when a name holds a character that marks a name here or half
     * of a surrogate pair (which UTF-8 would not give back as it was; no list writes either), copied as it is. {@code of(List.of(new Alias("PMC WAGNER", AKA, false)))} reads back the same alias.
     */
    static List<Alias> of(List<Alias> aliases) {
        if (aliases instanceof PackedAliases || aliases.isEmpty()) {
            return aliases instanceof PackedAliases ? aliases : List.of();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(aliases.size() * 24);
        for (Alias a : aliases) {
            String name = Objects.requireNonNull(a, "alias").name();
            for (int k = 0; k < name.length(); k++) {
                if (name.charAt(k) < MARKS || Character.isSurrogate(name.charAt(k))) {
                    return List.copyOf(aliases);
                }
            }
            out.write(mark(a.kind(), a.weak()));
            out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        }
        return new PackedAliases(out.toByteArray());
    }

    /**
     * Aliases already packed as this class packs them, each name's UTF-8 after its mark (the kind's ordinal, plus
     * {@link #WEAK} for a weak one): {@code "\0PMC WAGNER"} is one alias, PMC WAGNER, aka. Kept as given, not copied.
     * Refuses ({@link IllegalArgumentException}) bytes that do not begin with a mark or hold a mark of no kind.
     */
    static List<Alias> ofPacked(byte[] packed) {
        if (packed.length == 0) {
            return List.of();
        }
        if (packed[0] < 0 || packed[0] >= MARKS) {
            throw new IllegalArgumentException("packed aliases: no mark before the first name");
        }
        for (byte b : packed) {
            if (b >= 0 && b < MARKS && (b & (WEAK - 1)) >= KINDS.length) {
                throw new IllegalArgumentException("packed aliases: a mark of no kind, " + b);
            }
        }
        return new PackedAliases(packed);
    }

    /** The mark {@link #ofPacked} takes before a name of {@code kind}, weak or not. */
    static byte mark(Alias.Kind kind, boolean weak) {
        return (byte) (kind.ordinal() + (weak ? WEAK : 0));
    }

    /**
     * A hash of the aliases' names, kinds and weakness, taken over their packed bytes without making an {@link Alias}
     * or a string of any: what a matcher's index is checked against at a cold start ({@link Entity#aliasesHash}).
     * Aliases that could not be packed are hashed over the bytes they would pack to, so equal lists hash alike.
     */
    static int bytesHash(List<Alias> aliases) {
        if (aliases instanceof PackedAliases p) {
            return java.util.Arrays.hashCode(p.packed);
        }
        int h = 1;
        for (Alias a : aliases) {
            h = 31 * h + (byte) (a.kind().ordinal() + (a.weak() ? WEAK : 0));
            for (byte b : a.name().getBytes(StandardCharsets.UTF_8)) {
                h = 31 * h + b;
            }
        }
        return h;
    }

    @Override
    public Alias get(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("alias " + index);
        }
        int start = 0;
        for (int i = 0; i < index && start < packed.length; i++) {
            start = next(start + 1);
        }
        if (start >= packed.length) {
            throw new IndexOutOfBoundsException("alias " + index + " of " + size());
        }
        return at(start);
    }

    /** The alias whose mark stands at {@code start}. */
    private Alias at(int start) {
        byte mark = packed[start];
        int end = next(start + 1);
        return new Alias(new String(packed, start + 1, end - start - 1, StandardCharsets.UTF_8),
                KINDS[mark & (WEAK - 1)], mark >= WEAK);
    }

    /** Where the mark after position {@code from} stands, or the end. */
    private int next(int from) {
        int k = from;
        while (k < packed.length && (packed[k] >= MARKS || packed[k] < 0)) {
            k++;
        }
        return k;
    }

    /** One walk along the bytes, not a search from their start for each alias (an entry may have 200). */
    @Override
    public Iterator<Alias> iterator() {
        return new Iterator<>() {
            private int start;

            @Override
            public boolean hasNext() {
                return start < packed.length;
            }

            @Override
            public Alias next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Alias a = at(start);
                start = PackedAliases.this.next(start + 1);
                return a;
            }
        };
    }

    @Override
    public int size() {
        int n = 0;
        for (int k = 0; k < packed.length; k = next(k + 1)) {
            n++;
        }
        return n;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = super.hashCode();
            hash = h;
        }
        return h;
    }
}
