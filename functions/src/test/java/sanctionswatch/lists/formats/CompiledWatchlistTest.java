package sanctionswatch.lists.formats;

import org.junit.jupiter.api.Test;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.TestLists;
import sanctionswatch.lists.Watchlist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompiledWatchlistTest {
    @Test
    void everyListReadsBackEntryForEntry() throws IOException {
        ListFiles files = new ListFiles(Countries.bundled());
        List<Entity> all = new ArrayList<>(OfacSdnCsv.bundled().entities());
        for (String path : List.of("ofac_cons", "un_sc/UN_consolidated.xml",
                "opensanctions/yente-fixtures/t1/entities.ftm.json")) {
            all.addAll(files.read(TestLists.path(path)).list().entities());
        }
        Watchlist lists = new Watchlist(all);
        byte[] compiled = compile(lists);

        Watchlist back = CompiledWatchlist.read(new ByteArrayInputStream(compiled), "lists.swl");
        assertEquals(List.copyOf(lists.entities()), List.copyOf(back.entities()));
        assertTrue(back.entities().stream().anyMatch(e -> e.aliases().stream().anyMatch(Alias::weak)));
        assertTrue(back.entities().stream().anyMatch(e -> !e.imoNumbers().isEmpty()));
    }

    @Test
    void stringsOutsideAsciiReadBackAsWritten() throws IOException {
        // Modified UTF-8 writes a NUL and a character beyond the BMP otherwise than UTF-8 does.
        Entity e = new Entity("test:1", EntityType.PERSON, "ИВАНОВ, Иван \uD835\uDD38", List.of(
                new Alias("A\u0000B", Alias.Kind.AKA, false), new Alias("東京 Trading", Alias.Kind.AKA, true)),
                List.of("PROGRAMME"), List.of("RU"));
        Watchlist list = new Watchlist(List.of(e));
        Watchlist back = CompiledWatchlist.read(new ByteArrayInputStream(compile(list)), "test.swl");
        assertEquals(List.of(e), List.copyOf(back.entities()));
    }

    @Test
    void aliasesOfAsciiNamesReadAsTheEntryPacksThemAndOthersAsBefore() throws IOException {
        // The first entry's aliases are taken as the file's bytes, packed; the second's, one not ASCII, one by one.
        Entity ascii = new Entity("test:1", EntityType.ORGANISATION, "PMC WAGNER", List.of(
                new Alias("WAGNER GROUP", Alias.Kind.AKA, false), new Alias("", Alias.Kind.FKA, false),
                new Alias("VAGNER", Alias.Kind.NKA, true)), List.of("RUSSIA-EO14024"), List.of("RU"));
        Entity other = new Entity("test:2", EntityType.ORGANISATION, "WAGNER", List.of(
                new Alias("WAGNER", Alias.Kind.AKA, true), new Alias("ВАГНЕР", Alias.Kind.AKA, false)),
                List.of("RUSSIA-EO14024"), List.of("RU"));
        Watchlist back = CompiledWatchlist.read(new ByteArrayInputStream(compile(new Watchlist(List.of(ascii,
                other)))), "test.swl");
        assertEquals(List.of(ascii, other), List.copyOf(back.entities()));
        for (Entity e : back.entities()) {
            Entity written = e.id().equals("test:1") ? ascii : other;
            assertEquals(written.aliasesHash(), e.aliasesHash());
            assertEquals(written.aliases(), List.copyOf(e.aliases()));
        }
        assertThrows(IllegalArgumentException.class, () -> Alias.packed(new byte[] {'W', 'A'}));
        assertThrows(IllegalArgumentException.class, () -> Alias.packed(new byte[] {0, 'W', 3, 'A'}));
    }

    @Test
    void theBundledCompiledListIsTheBundledCsvTrio() {
        assertEquals(List.copyOf(OfacSdnCsv.bundled().entities()), List.copyOf(CompiledWatchlist.bundled().entities()),
                "regenerate it: bin/sanctions-watch lists compile functions/src/main/resources/sanctionswatch/"
                        + "lists/ofac_sdn --out functions/src/main/resources/sanctionswatch/lists/ofac_sdn.swl");
    }

    @Test
    void aTruncatedOrForeignFileIsRefusedNamingIt() throws IOException {
        byte[] compiled = compile(OfacSdnCsv.bundled());
        byte[] truncated = Arrays.copyOf(compiled, compiled.length / 2);
        ListFormatException cut = assertThrows(ListFormatException.class,
                () -> CompiledWatchlist.read(new ByteArrayInputStream(truncated), "index/v1.swl"));
        assertEquals("index/v1.swl: truncated compiled list", cut.getMessage());

        ListFormatException plain = assertThrows(ListFormatException.class,
                () -> CompiledWatchlist.read(new ByteArrayInputStream("SDN,1,2".getBytes()), "sdn.csv"));
        assertTrue(plain.getMessage().startsWith("sdn.csv: corrupt compiled list"), plain.getMessage());

        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(other)) {
            gzip.write(new byte[] {'S', 'W', 'L', 9, 0, 0, 0, 0});
        }
        ListFormatException version = assertThrows(ListFormatException.class,
                () -> CompiledWatchlist.read(new ByteArrayInputStream(other.toByteArray()), "old.swl"));
        assertEquals("old.swl: not a compiled list of this version", version.getMessage());

        byte[] flipped = compiled.clone();
        flipped[flipped.length / 2] ^= 0x55;
        assertThrows(ListFormatException.class,
                () -> CompiledWatchlist.read(new ByteArrayInputStream(flipped), "flipped.swl"));
    }

    @Test
    void aFileOfTheFirstFormatVersionStillReads() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (java.io.DataOutputStream data = new java.io.DataOutputStream(new GZIPOutputStream(raw))) {
            data.writeInt(0x53574C01);
            data.writeInt(2);
            data.writeUTF("SDGT");
            data.writeUTF("EG");
            data.writeInt(1);
            data.writeUTF("ofac-sdn:2676");
            data.writeByte(EntityType.PERSON.ordinal());
            data.writeUTF("AL ZAWAHIRI, Dr. Ayman");
            data.writeShort(1);
            data.writeUTF("AL-ZAWAHIRI, Ayman");
            data.writeByte(Alias.Kind.AKA.ordinal() | 0x80);
            data.writeShort(1);
            data.writeShort(0);
            data.writeShort(1);
            data.writeShort(1);
            data.writeShort(0);
            data.writeInt(0x53574C01);
        }
        Watchlist list = CompiledWatchlist.read(new ByteArrayInputStream(raw.toByteArray()), "v1.swl");
        assertEquals(List.of(new Entity("ofac-sdn:2676", EntityType.PERSON, "AL ZAWAHIRI, Dr. Ayman",
                List.of(new Alias("AL-ZAWAHIRI, Ayman", Alias.Kind.AKA, true)), List.of("SDGT"), List.of("EG"))),
                List.copyOf(list.entities()));
    }

    static byte[] compile(Watchlist list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledWatchlist.write(list, out);
        return out.toByteArray();
    }
}
