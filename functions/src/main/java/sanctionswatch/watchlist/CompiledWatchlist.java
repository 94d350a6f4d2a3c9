package sanctionswatch.watchlist;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The lists as one compact file that a scanner loads at cold start in a fraction of the time the source files take
 * to parse: the entries as the readers left them (names, aliases, programmes, countries, identifiers), written as
 * length-prefixed fields and gzipped. Programme and country codes repeat across thousands of entries, so they are
 * written once in a table and referred to by number.
 *
 * <p>A file that is not one of these, from another format version, truncated or corrupt is refused with a
 * {@link ListFormatException}; nothing is half-read.
 */
public final class CompiledWatchlist {
    /** "SWL" and the format version; a reader refuses any other. */
    private static final int MAGIC = 0x53574C01;

    private CompiledWatchlist() {}

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
        }
        data.writeInt(MAGIC);
        data.flush();
        gzip.finish();
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
            DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16),
                    1 << 16));
            if (data.readInt() != MAGIC) {
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
            for (int i = 0; i < count; i++) {
                String id = data.readUTF();
                EntityType type = types[data.readUnsignedByte()];
                String primary = data.readUTF();
                int aliasCount = data.readUnsignedShort();
                List<Alias> aliases = new ArrayList<>(aliasCount);
                for (int a = 0; a < aliasCount; a++) {
                    String alias = data.readUTF();
                    int flags = data.readUnsignedByte();
                    aliases.add(new Alias(alias, kinds[flags & 0x7f], (flags & 0x80) != 0));
                }
                List<String> programs = readCodes(data, table);
                List<String> countries = readCodes(data, table);
                int imoCount = data.readUnsignedShort();
                List<String> imo = new ArrayList<>(imoCount);
                for (int k = 0; k < imoCount; k++) {
                    imo.add(data.readUTF());
                }
                entities.add(new Entity(id, type, primary, aliases, programs, countries, imo));
            }
            // Reading to the end also checks the gzip trailer's CRC over everything read.
            if (data.readInt() != MAGIC || data.read() != -1) {
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

    private static List<String> readCodes(DataInputStream data, String[] table) throws IOException {
        int n = data.readUnsignedShort();
        List<String> codes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            codes.add(table[data.readUnsignedShort()]);
        }
        return codes;
    }
}
