package sanctionswatch.lists.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.TestLists;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.refresh.WatchlistDiff;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every list format on the real files (counts from their SOURCES.md), and what a broken file says. */
class ListFilesTest {
    private static final ListFiles FILES = new ListFiles(Countries.bundled());

    private static Map<EntityType, Long> types(Watchlist list) {
        return list.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
    }

    @Test
    void ofacConsolidatedNonSdnLists() throws IOException {
        ListFiles.Loaded loaded = FILES.read(TestLists.path("ofac_cons"));
        assertEquals(ListFiles.Format.OFAC_CONSOLIDATED_CSV, loaded.format());
        assertEquals(442, loaded.list().size());
        assertEquals(1073, loaded.list().entities().stream().flatMap(e -> e.aliases().stream()).filter(a -> !a.weak())
                .count());
        assertTrue(loaded.list().entities().stream().allMatch(e -> e.id().startsWith("ofac-cons:")));
        assertTrue(loaded.list().entities().stream().anyMatch(e -> e.programs().contains("CMIC-EO13959")));
    }

    @Test
    void theNewerSdnSnapshotAloneAndTheDiffAgainstTheBundledOne() throws IOException {
        ListFiles.Loaded newer = FILES.read(TestLists.path("ofac_sdn_20240503/sdn.csv"));
        assertEquals(ListFiles.Format.OFAC_SDN_CSV, newer.format());
        assertEquals(14965, newer.list().size());
        WatchlistDiff diff = WatchlistDiff.between(OfacSdnCsv.bundled(), newer.list());
        assertEquals(1256, diff.added().size());
        assertEquals(112, diff.removed().size());
        assertTrue(diff.added().stream().anyMatch(e -> e.id().equals("ofac-sdn:47664")), "ANSARALLAH added");
        assertTrue(diff.changed().stream().noneMatch(c -> c.fields().contains("aliases")),
                "no alt.csv beside the newer sdn.csv: aliases are not compared");
        WatchlistDiff none = WatchlistDiff.between(newer.list(), newer.list());
        assertEquals("0 added, 0 removed, 0 changed", none.summary());
    }

    @Test
    void unSecurityCouncilConsolidatedXml() throws IOException {
        ListFiles.Loaded loaded = FILES.read(TestLists.path("un_sc/UN_consolidated.xml"));
        assertEquals(ListFiles.Format.UN_SC_XML, loaded.format());
        assertEquals(Map.of(EntityType.PERSON, 730L, EntityType.ORGANISATION, 273L), types(loaded.list()));
        List<Entity> dprk = loaded.list().entities().stream().filter(e -> e.programs().contains("DPRK")).toList();
        assertEquals(155, dprk.size());
        assertEquals(80, dprk.stream().filter(e -> e.id().startsWith("un-sc:KPi.")).count());
        assertTrue(loaded.list().entities().stream().anyMatch(e -> e.aliases().stream().anyMatch(Alias::weak)),
                "aliases of quality Low are weak");
        Entity badege = loaded.list().find("un-sc:CDi.001").orElseThrow();
        assertEquals("ERIC BADEGE", badege.name());
        assertEquals(List.of("CD", "RW"), badege.countries());
        assertEquals(List.of(new EntityDetails.CountryRole("CD", EntityDetails.Role.NATIONALITY),
                new EntityDetails.CountryRole("RW", EntityDetails.Role.ADDRESS)), badege.details().countries());
        assertEquals(List.of("1971"), badege.details().birthDates());
        assertTrue(badege.details().remarks().startsWith("He fled to Rwanda in March 2013"));
        long passports = loaded.list().entities().stream().flatMap(e -> e.details().identifiers().stream())
                .filter(i -> i.type().equals("Passport")).count();
        assertEquals(304, passports, "every <TYPE_OF_DOCUMENT>Passport with a <NUMBER> (4 give theirs in a note only)");
    }

    @Test
    void openSanctionsFollowTheMoneyLinesAndDeltas() throws IOException {
        ListFiles.Loaded loaded = FILES.read(TestLists.path("opensanctions/yente-fixtures/t1/entities.ftm.json"));
        assertEquals(ListFiles.Format.FTM_JSON, loaded.format());
        assertEquals(Map.of(EntityType.PERSON, 4L, EntityType.ORGANISATION, 2L), types(loaded.list()));
        assertEquals(1, loaded.skipped(), "the Address record");
        Entity tobacco = loaded.list().find("opensanctions:NK-2GdmHtZTeNXjNVrBGEXZNj").orElseThrow();
        assertEquals(List.of("BY"), tobacco.countries());
        assertTrue(tobacco.aliases().size() > 5);
        assertEquals(List.of(new EntityDetails.Identifier("Registration Number", "808000714", "")),
                tobacco.details().identifiers());
        Entity kuzmenko = loaded.list().find("opensanctions:NK-2Ka3UvopqbpZmVDFjWd4LA").orElseThrow();
        assertEquals(List.of("1971-01-22"), kuzmenko.details().birthDates());
        assertEquals(List.of(new EntityDetails.CountryRole("RU", EntityDetails.Role.NATIONALITY)),
                kuzmenko.details().countries());
        assertEquals(List.of(), kuzmenko.details().nameParts(), "three first names, three last names, not paired");

        FtmJson.Result delta = new FtmJson().read(new BufferedReader(new StringReader(
                "{\"op\":\"ADD\",\"entity\":{\"id\":\"x\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"OCEAN\"],"
                        + "\"imoNumber\":[\"9274343\"],\"weakAlias\":[\"SEA\"]}}}\n"
                        + "{\"op\":\"ADD\",\"entity\":{\"id\":\"y\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"]}}}\n"
                        + "{\"op\":\"DEL\",\"entity\":{\"id\":\"y\"}}\n")), "delta.json");
        assertEquals(1, delta.list().size());
        Entity ocean = delta.list().find("opensanctions:x").orElseThrow();
        assertEquals(EntityType.VESSEL, ocean.type());
        assertEquals(List.of("9274343"), ocean.imoNumbers());
        assertTrue(ocean.aliases().get(0).weak());
    }

    @Test
    void anOpenSanctionsCollectionFolderTakesTheDeltasPublishedAfterItsFullVersion(@TempDir Path dir)
            throws IOException {
        Path fixtures = TestLists.path("opensanctions/yente-fixtures");
        Files.copy(fixtures.resolve("t1/entities.ftm.json"), dir.resolve("entities.ftm.json"));
        List<String> versions = List.of("20240527194702-wnk", "20240528014702-pfh", "20240528074703-npf",
                "20240528134729-3iv");
        for (String v : versions) {
            Files.createDirectory(dir.resolve(v));
            Files.copy(fixtures.resolve("t2/" + v + "/entities.delta.json"), dir.resolve(v + "/entities.delta.json"));
        }
        ListFiles.Loaded all = FILES.read(dir);
        assertEquals(ListFiles.Format.FTM_JSON, all.format());
        Watchlist full = FILES.read(fixtures.resolve("t1/entities.ftm.json")).list();
        assertTrue(all.list().size() > full.size(), all.list().size() + " entries");
        assertTrue(full.entities().stream().allMatch(e -> all.list().find(e.id()).isPresent()));
        // The deltas' entries, each applied in version order over the full version.
        Watchlist deltas = new FtmJson().read(fixtures.resolve("t1/entities.ftm.json"), versions.stream()
                .map(v -> fixtures.resolve("t2/" + v + "/entities.delta.json")).toList()).list();
        assertEquals(deltas.size(), all.list().size());

        // index.json names the full version: the deltas of runs before it are in it already.
        Files.writeString(dir.resolve("index.json"), "{\"version\": \"20240528014702-pfh\"}");
        Watchlist later = new FtmJson().read(fixtures.resolve("t1/entities.ftm.json"), versions.subList(2, 4).stream()
                .map(v -> fixtures.resolve("t2/" + v + "/entities.delta.json")).toList()).list();
        assertEquals(later.size(), FILES.read(dir).list().size());
    }

    @Test
    void brokenFilesSayWhichFileAndLine(@TempDir Path dir) throws IOException {
        Path truncated = dir.resolve("UN_consolidated.xml");
        Files.writeString(truncated, "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n"
                + "<FIRST_NAME>X</FIRST_NAME>\n");
        ListFormatException e = assertThrows(ListFormatException.class, () -> FILES.read(truncated));
        assertTrue(e.getMessage().startsWith(truncated + ":"), e.getMessage());
        assertTrue(e.line() > 0);

        Path empty = dir.resolve("empty.xml");
        Files.writeString(empty, "");
        assertTrue(assertThrows(ListFormatException.class, () -> FILES.read(empty)).getMessage()
                .startsWith(empty.toString()));

        Path json = dir.resolve("entities.ftm.json");
        Files.writeString(json, "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"]}}\n{oops\n");
        ListFormatException j = assertThrows(ListFormatException.class, () -> FILES.read(json));
        assertEquals(2, j.line());
        assertTrue(j.getMessage().startsWith(json + ":2: not JSON"), j.getMessage());

        Path folder = Files.createDirectory(dir.resolve("sdn"));
        Files.writeString(folder.resolve("sdn.csv"), "1,\"A, B\",\"individual\",\"SDGT\"\n");
        ListFormatException c = assertThrows(ListFormatException.class, () -> FILES.read(folder));
        assertTrue(c.getMessage().contains("sdn.csv:1: expected 12 columns, found 4"), c.getMessage());

        Path other = dir.resolve("list.txt");
        Files.writeString(other, "x");
        assertTrue(assertThrows(ListFormatException.class, () -> FILES.read(other)).getMessage()
                .contains("not a list format"));
        Path doctype = dir.resolve("doctype.xml");
        Files.writeString(doctype, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><CONSOLIDATED_LIST/>");
        assertThrows(ListFormatException.class, () -> new UnScXml(Countries.bundled())
                .read(new ByteArrayInputStream(Files.readAllBytes(doctype)), "doctype.xml"));
    }
}
