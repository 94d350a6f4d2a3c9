package sanctionswatch.lists.formats;

import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The lists as one compact file that a scanner loads at cold start in a fraction of the time the source files take
 * to parse: the entries as the readers left them (names, aliases, programmes, countries, identifiers, details), written as
 * length-prefixed fields and gzipped. Programme and country codes repeat across thousands of entries, so they are
 * written once in a table and referred to by number.
 *
 * <p>A file that is not one of these, from another format version, truncated or corrupt is refused with a
 * {@link ListFormatException}; nothing is half-read.
 */
public final class CompiledWatchlist {
    /** "SWL" and the format version; a reader refuses any other. */
    private static final int MAGIC = 0x53574C03;
    /** The first version, without entry details: still read, so versions stored before stay usable. */
    private static final int MAGIC_V1 = 0x53574C01;
    /** The second, with entry details but no titles: still read. */
    private static final int MAGIC_V2 = 0x53574C02;

    /** The bundled SDN snapshot, compiled (a test checks it against the CSV trio it was made from). */
    static final String BUNDLED = "/sanctionswatch/lists/ofac_sdn.swl";

    private CompiledWatchlist() {}

    /**
     * The bundled OFAC SDN snapshot, as the scanner loads it at cold start: the same entries as
     * {@link OfacSdnCsv#bundled()}, read in a tenth of the time, and once per JVM (a list is immutable), however many
     * parts of a function start from it.
     */
    public static Watchlist bundled() {
        return Bundled.LIST;
    }

    private static final class Bundled {
        static final Watchlist LIST = readBundled();
    }

    private static Watchlist readBundled() {
        try (InputStream in = CompiledWatchlist.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled list " + BUNDLED);
            }
            return read(in, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Watchlist list, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        Map<String, Integer> codes = new HashMap<>();
        List<String> table = new ArrayList<>();
        for (Entity e : list.entities()) {
            for (String code : e.programs()) {
                codes.computeIfAbsent(code, c -> { table.add(c); return table.size() - 1; });
            }
            for (String code : e.countries()) {
                codes.computeIfAbsent(code, c -> { table.add(c); return table.size() - 1; });
            }
            for (EntityDetails.CountryRole role : e.details().countries()) {
                codes.computeIfAbsent(role.code(), c -> { table.add(c); return table.size() - 1; });
            }
        }
        data.writeInt(MAGIC);
        data.writeInt(table.size());
        for (String code : table) {
            data.writeUTF(code);
        }
        data.writeInt(list.size());
        for (Entity e : list.entities()) {
            data.writeUTF(e.id());
            data.writeByte(e.type().ordinal());
            data.writeUTF(e.name());
            data.writeShort(e.aliases().size());
            for (Alias a : e.aliases()) {
                data.writeUTF(a.name());
                data.writeByte(a.kind().ordinal() | (a.weak() ? 0x80 : 0));
            }
            writeCodes(data, e.programs(), codes);
            writeCodes(data, e.countries(), codes);
            data.writeShort(e.imoNumbers().size());
            for (String imo : e.imoNumbers()) {
                data.writeUTF(imo);
            }
            writeDetails(data, e.details(), codes);
        }
        data.writeInt(MAGIC);
        data.flush();
        gzip.finish();
    }

    private static void writeDetails(DataOutputStream data, EntityDetails d, Map<String, Integer> codes)
            throws IOException {
        data.writeShort(d.nameParts().size());
        for (EntityDetails.NameParts p : d.nameParts()) {
            data.writeUTF(p.name());
            data.writeUTF(p.given());
            data.writeUTF(p.middle());
            data.writeUTF(p.family());
        }
        data.writeShort(d.countries().size());
        for (EntityDetails.CountryRole c : d.countries()) {
            data.writeShort(codes.get(c.code()));
            data.writeByte(c.role().ordinal());
        }
        data.writeShort(d.birthDates().size());
        for (String date : d.birthDates()) {
            data.writeUTF(date);
        }
        data.writeShort(d.identifiers().size());
        for (EntityDetails.Identifier i : d.identifiers()) {
            data.writeUTF(i.type());
            data.writeUTF(i.value());
            data.writeUTF(i.country());
        }
        // Remarks may run past writeUTF's 64 KB.
        byte[] remarks = d.remarks().getBytes(StandardCharsets.UTF_8);
        data.writeInt(remarks.length);
        data.write(remarks);
        data.writeUTF(d.title());
    }

    private static EntityDetails readDetails(Input data, String[] table, boolean titled)
            throws IOException {
        int n = data.readUnsignedShort();
        List<EntityDetails.NameParts> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parts.add(new EntityDetails.NameParts(data.readUTF(), data.readUTF(), data.readUTF(), data.readUTF()));
        }
        EntityDetails.Role[] roles = EntityDetails.Role.values();
        n = data.readUnsignedShort();
        List<EntityDetails.CountryRole> countries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            countries.add(new EntityDetails.CountryRole(table[data.readUnsignedShort()], roles[data.readUnsignedByte()]));
        }
        n = data.readUnsignedShort();
        List<String> dates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dates.add(data.readUTF());
        }
        n = data.readUnsignedShort();
        List<EntityDetails.Identifier> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(new EntityDetails.Identifier(data.readUTF(), data.readUTF(), data.readUTF()));
        }
        int length = data.readInt();
        if (length < 0 || length > (1 << 24)) {
            throw new UTFDataFormatException("remarks of " + length + " bytes");
        }
        byte[] remarks = data.readBytes(length);
        EntityDetails d = new EntityDetails(parts, countries, dates, ids,
                new String(remarks, StandardCharsets.UTF_8), titled ? data.readUTF() : "");
        return d.isEmpty() ? EntityDetails.NONE : d;
    }

    private static void writeCodes(DataOutputStream data, List<String> values, Map<String, Integer> codes)
            throws IOException {
        data.writeShort(values.size());
        for (String v : values) {
            data.writeShort(codes.get(v));
        }
    }

    /** Reads a compiled list; {@code name} says which file in an error. */
    public static Watchlist read(InputStream in, String name) throws IOException {
        try {
            Input data = new Input(new GZIPInputStream(in, 1 << 16));
            int magic = data.readInt();
            if (magic != MAGIC && magic != MAGIC_V2 && magic != MAGIC_V1) {
                throw new ListFormatException(name, 0, "not a compiled list of this version");
            }
            String[] table = new String[data.readInt()];
            for (int i = 0; i < table.length; i++) {
                table[i] = data.readUTF();
            }
            int count = data.readInt();
            EntityType[] types = EntityType.values();
            Alias.Kind[] kinds = Alias.Kind.values();
            List<Entity> entities = new ArrayList<>(count);
            // One list object for each distinct set of codes: a million entries share a few hundred.
            Map<List<String>, List<String>> shared = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String id = data.readUTF();
                EntityType type = types[data.readUnsignedByte()];
                String primary = data.readUTF();
                List<Alias> aliases = data.readAliases(data.readUnsignedShort(), kinds);
                List<String> programs = readCodes(data, table, shared);
                List<String> countries = readCodes(data, table, shared);
                int imoCount = data.readUnsignedShort();
                List<String> imo = new ArrayList<>(imoCount);
                for (int k = 0; k < imoCount; k++) {
                    imo.add(data.readUTF());
                }
                EntityDetails details = magic == MAGIC_V1 ? EntityDetails.NONE
                        : readDetails(data, table, magic == MAGIC);
                entities.add(new Entity(id, type, primary, aliases, programs, countries, imo, details));
            }
            // Reading to the end also checks the gzip trailer's CRC over everything read.
            if (data.readInt() != magic || data.read() != -1) {
                throw new ListFormatException(name, 0, "corrupt compiled list: no end mark after " + count
                        + " entries");
            }
            return new Watchlist(entities);
        } catch (EOFException e) {
            throw new ListFormatException(name, 0, "truncated compiled list");
        } catch (ZipException | UTFDataFormatException | ArrayIndexOutOfBoundsException e) {
            throw new ListFormatException(name, 0, "corrupt compiled list: " + e.getMessage());
        }
    }

    /**
     * A list of codes from the table, the same object as an equal list read before ({@code [SANCTIONS]} of every
     * entry of an OpenSanctions-size list is one list, not 1.27 million of 24 bytes each).
     */
    private static List<String> readCodes(Input data, String[] table, Map<List<String>, List<String>> shared)
            throws IOException {
        String[] codes = new String[data.readUnsignedShort()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = table[data.readUnsignedShort()];
        }
        return shared.computeIfAbsent(List.of(codes), read -> read);
    }

    /**
     * The decompressed bytes read as {@link DataOutputStream} wrote them, through a buffer of its own: a {@link
     * DataInputStream} on a {@link BufferedInputStream} takes a lock for each byte of each number, and makes each
     * string as characters first, then packs them back into bytes. Here a string of ASCII, nearly every name and id
     * of a list, is one copy of its bytes ({@code "ofac-sdn:35096"}), and only the others are decoded as modified
     * UTF-8. A fifth less CPU for reading the bundled list at a cold start with Lambda's flags (bench/README.md,
     * "The list's scanner at a cold start"). Not thread-safe: one per read.
     */
    private static final class Input {
        private final InputStream in;
        /** Room for the longest string {@code writeUTF} writes (65,535 bytes) after its length. */
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;

        Input(InputStream in) {
            this.in = in;
        }

        /** Makes {@code n} bytes (at most the buffer's size) available from {@code pos}, or throws at the end. */
        private void ensure(int n) throws IOException {
            if (limit - pos >= n) {
                return;
            }
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
            while (limit < n) {
                int read = in.read(buf, limit, buf.length - limit);
                if (read < 0) {
                    throw new EOFException();
                }
                limit += read;
            }
        }

        int readInt() throws IOException {
            ensure(4);
            int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8
                    | buf[pos + 3] & 0xff;
            pos += 4;
            return v;
        }

        int readUnsignedShort() throws IOException {
            ensure(2);
            int v = (buf[pos] & 0xff) << 8 | buf[pos + 1] & 0xff;
            pos += 2;
            return v;
        }

        int readUnsignedByte() throws IOException {
            ensure(1);
            return buf[pos++] & 0xff;
        }

        /** The next byte, or -1 at the end of the stream. */
        int read() throws IOException {
            if (pos == limit) {
                pos = 0;
                limit = 0;
                int read = in.read(buf, 0, buf.length);
                if (read <= 0) {
                    return -1;
                }
                limit = read;
            }
            return buf[pos++] & 0xff;
        }

        byte[] readBytes(int length) throws IOException {
            byte[] out = new byte[length];
            int buffered = Math.min(length, limit - pos);
            System.arraycopy(buf, pos, out, 0, buffered);
            pos += buffered;
            if (in.readNBytes(out, buffered, length - buffered) < length - buffered) {
                throw new EOFException();
            }
            return out;
        }

        /** A string as {@link DataOutputStream#writeUTF} wrote it. */
        String readUTF() throws IOException {
            int length = readUnsignedShort();
            ensure(length);
            int start = pos;
            int end = start + length;
            pos = end;
            for (int k = start; k < end; k++) {
                if (buf[k] < 0) {
                    return modifiedUtf8(buf, start, length);
                }
            }
            return new String(buf, start, length, StandardCharsets.ISO_8859_1);
        }

        /** Modified UTF-8 (a NUL and characters beyond the BMP are written otherwise than in UTF-8), decoded. */
        private static String modifiedUtf8(byte[] bytes, int start, int length) throws IOException {
            byte[] utf = new byte[length + 2];
            utf[0] = (byte) (length >>> 8);
            utf[1] = (byte) length;
            System.arraycopy(bytes, start, utf, 2, length);
            return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(utf)));
        }

        /** An entry's aliases being read: each one's mark and name, where its name starts and its flags. */
        private byte[] packed = new byte[1 << 10];
        private int[] nameStart = new int[16];
        private int[] flagsOf = new int[16];

        /**
         * An entry's {@code count} aliases, each a string as {@code writeUTF} wrote it, then a byte of its kind (0x80
         * when weak). When every name is of ASCII characters from 8 up, which UTF-8 and modified UTF-8 write alike,
         * their bytes are the entry's aliases packed as it keeps them ({@link Alias#packed}): no {@code Alias} and no
         * string is made of each, only for the entry to pack it back into the same bytes, 22 % of the samples of the
         * compiled list's reading at a cold start with Lambda's flags (bench/README.md, "perf6"). The SDN list's
         * 17,091 aliases are all such; an entry with another character in a name has its aliases made one by one.
         */
        List<Alias> readAliases(int count, Alias.Kind[] kinds) throws IOException {
            if (count > nameStart.length) {
                nameStart = new int[count];
                flagsOf = new int[count];
            }
            int used = 0;
            boolean plain = true;
            for (int a = 0; a < count; a++) {
                int length = readUnsignedShort();
                ensure(length);
                if (used + 1 + length > packed.length) {
                    packed = Arrays.copyOf(packed, Math.max(packed.length * 2, used + 1 + length));
                }
                for (int k = pos; k < pos + length; k++) {
                    // Bytes below 8 are marks in the packed form; negative ones begin a character past ASCII.
                    plain &= buf[k] >= 8;
                }
                System.arraycopy(buf, pos, packed, used + 1, length);
                pos += length;
                int flags = readUnsignedByte();
                packed[used] = Alias.packedMark(kinds[flags & 0x7f], (flags & 0x80) != 0);
                nameStart[a] = used + 1;
                flagsOf[a] = flags;
                used += 1 + length;
            }
            if (plain) {
                return Alias.packed(Arrays.copyOf(packed, used));
            }
            List<Alias> aliases = new ArrayList<>(count);
            for (int a = 0; a < count; a++) {
                int end = a + 1 < count ? nameStart[a + 1] - 1 : used;
                aliases.add(new Alias(modifiedUtf8(packed, nameStart[a], end - nameStart[a]),
                        kinds[flagsOf[a] & 0x7f], (flagsOf[a] & 0x80) != 0));
            }
            return aliases;
        }
    }
}
