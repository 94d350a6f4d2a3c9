package sanctionswatch.lists.formats;

import org.junit.jupiter.api.BeforeAll;
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
import sanctionswatch.match.EntityLinks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reader on the real published file of its format (the lists' SOURCES.md says where each comes from), its counts
 * checked against the file's own: the US CSL's records by source list, the ConList's groups, the OFAC XML files'
 * Record_Count and entries, the EU files' entities. The large files are read once for the class.
 */
class PublishedListsTest {
    private static final ListFiles FILES = new ListFiles(Countries.bundled());
    private static ListFiles.Loaded csl;
    private static ListFiles.Loaded conList;
    private static ListFiles.Loaded consXml;
    private static ListFiles.Loaded consAdvanced;
    private static ListFiles.Loaded consEnhanced;
    private static ListFiles.Loaded euLegacy;

    @BeforeAll
    static void readTheLargeFiles() throws IOException {
        csl = FILES.read(TestLists.path("us_csl_202205/consolidated.csv"));
        conList = FILES.read(TestLists.path("uk_ofsi_conlist_20200427/ConList.csv"));
        consXml = FILES.read(TestLists.path("ofac_cons_20200317/consolidated.xml"));
        consAdvanced = FILES.read(TestLists.path("ofac_cons_20200317/cons_advanced.xml"));
        consEnhanced = FILES.read(TestLists.path("ofac_cons_enhanced_20250110/CONS_ENHANCED.XML"));
        euLegacy = FILES.read(TestLists.path("eu_fsf_legacy_20160211/global_first595.xml"));
    }

    private static Map<EntityType, Long> types(Watchlist list) {
        return list.entities().stream().collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
    }

    private static long withProgram(Watchlist list, String program) {
        return list.entities().stream().filter(e -> e.programs().contains(program)).count();
    }

    @Test
    void theUsConsolidatedScreeningListByItsSourceLists() {
        assertEquals(ListFiles.Format.US_CSL_CSV, csl.format());
        assertEquals(Map.ofEntries(Map.entry("ofac-sdn", 10026), Map.entry("us-csl-el", 2001),
                Map.entry("us-csl-dtc", 727), Map.entry("us-csl-dpl", 462), Map.entry("us-csl-ssi", 290),
                Map.entry("us-csl-uvl", 201), Map.entry("us-csl-isn", 163), Map.entry("us-csl-plc", 78),
                Map.entry("us-csl-meu", 71), Map.entry("us-csl-cmic", 68), Map.entry("us-csl-cap", 53),
                Map.entry("us-csl-ns-mbs", 17), Map.entry("us-csl-fse", 3)), csl.records());
        assertEquals(14160, csl.records().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(14159, csl.list().size(), "one CAPTA record (34616) is given twice: one entry");
        assertEquals(Map.of(EntityType.PERSON, 5286L, EntityType.ORGANISATION, 8157L, EntityType.VESSEL, 433L,
                EntityType.AIRCRAFT, 283L), types(csl.list()));

        // The SDN rows are OFAC's entries, under OFAC's ids; the other Treasury lists name theirs on OFAC's list.
        Entity putin = csl.list().find("ofac-sdn:35096").orElseThrow();
        assertEquals("PUTIN, Vladimir Vladimirovich", putin.name());
        assertEquals(List.of("RUSSIA-EO14024"), putin.programs());
        Entity plant = csl.list().find("us-csl-ssi:18792").orElseThrow();
        assertTrue(plant.details().identifiers().contains(new EntityDetails.Identifier(EntityDetails.LISTED_AS,
                "ofac-cons:18792", "")), plant.details().identifiers().toString());
        assertTrue(plant.details().identifiers().contains(new EntityDetails.Identifier("Tax ID No.", "5030056754",
                "")), "ids: '5030056754, Tax ID No.'");
        assertEquals(List.of("RU"), plant.countries());

        // The Entity List: no type, no programme; aliases as prose.
        Entity repair = csl.list().entities().stream().filter(e -> e.name().equals("140 Repair Plant JSC"))
                .findFirst().orElseThrow();
        assertTrue(repair.id().startsWith("us-csl-el:"), repair.id());
        assertEquals(List.of(new Alias("Open Joint Stock Company 140 Repair Plant", Alias.Kind.AKA, false),
                new Alias("JSC 140 Repair Plant", Alias.Kind.AKA, false)), repair.aliases());
        assertEquals(List.of("BY"), repair.countries());
        long wagner = csl.list().entities().stream()
                .filter(e -> e.name().equals("PRIVATE MILITARY COMPANY 'WAGNER'")).count();
        assertEquals(1, wagner, "Wagner's SDN row; its Entity List row writes the name otherwise");
        assertTrue(csl.list().entities().stream().filter(e -> e.source().equals("ofac-sdn"))
                .anyMatch(e -> e.details().identifiers().stream().anyMatch(i -> i.type()
                        .equals("Digital Currency Address - XBT"))), "wallets in the SDN rows' ids");
    }

    @Test
    void theCslSdnRowsAreTheSdnListsEntriesNotSecondOnes() throws IOException {
        Watchlist sdn = FILES.read(TestLists.path("ofac_sdn_20240503/sdn.csv")).list();
        long same = csl.list().entities().stream().filter(e -> e.source().equals("ofac-sdn"))
                .filter(e -> sdn.find(e.id()).map(s -> s.name().equals(e.name())).orElse(false)).count();
        // The May 2024 snapshot dropped some of May 2022's entries; the rest are the same ids with the same names.
        assertTrue(same > 9000, same + " of 10026");
    }

    @Test
    void theUkConsolidatedListOfApril2020In2114Groups() {
        assertEquals(ListFiles.Format.UK_OFSI_CSV, conList.format());
        assertEquals(2114, conList.list().size());
        assertEquals(Map.of(EntityType.PERSON, 1523L, EntityType.ORGANISATION, 591L), types(conList.list()));
        Entity akhund = conList.list().find("uk-ofsi:7172").orElseThrow();
        assertEquals("AKHUND, Mohammad Hassan", akhund.name(), "Alias Type 'Prime Alias' in this layout");
        assertEquals(List.of(), akhund.aliases(), "the primary name repeated on each row is no alias");
        assertEquals(List.of("1958", "1945", "1946", "1947", "1948", "1949", "1950", "1955", "1956", "1957"),
                akhund.details().birthDates());
        // Windows-1252: 0x92 is the right single quotation mark.
        assertTrue(conList.list().entities().stream().flatMap(e -> e.aliases().stream())
                .anyMatch(a -> a.name().contains("\u2019")));
    }

    @Test
    void theOfacConsolidatedListInBothXmlSchemasGivesTheSame375Entries() {
        assertEquals(ListFiles.Format.OFAC_SDN_XML, consXml.format());
        assertEquals(ListFiles.Format.OFAC_ADVANCED_XML, consAdvanced.format());
        assertEquals(375, consXml.list().size(), "Record_Count 375, checked by the reader");
        assertEquals(375, consAdvanced.list().size());
        assertEquals(Map.of(EntityType.ORGANISATION, 293L, EntityType.PERSON, 82L), types(consXml.list()));
        assertEquals(types(consXml.list()), types(consAdvanced.list()));
        assertEquals(290, withProgram(consXml.list(), "UKRAINE-EO13662"));
        for (Entity xml : consXml.list().entities()) {
            Entity advanced = consAdvanced.list().find(xml.id()).orElseThrow();
            assertEquals(xml.type(), advanced.type(), xml.id());
            assertEquals(Set.copyOf(xml.programs()), Set.copyOf(advanced.programs()), xml.id());
        }
        long sameName = consXml.list().entities().stream().filter(e -> consAdvanced.list().find(e.id())
                .orElseThrow().name().equalsIgnoreCase(e.name())).count();
        assertTrue(sameName >= 363, sameName + " of 375 names the same in both schemas");
    }

    @Test
    void theOfacEnhancedXmlOf10January2025() {
        assertEquals(ListFiles.Format.OFAC_ENHANCED_XML, consEnhanced.format());
        assertEquals(443, consEnhanced.list().size());
        assertEquals(Map.of(EntityType.ORGANISATION, 363L, EntityType.PERSON, 80L), types(consEnhanced.list()));
        assertEquals(286, withProgram(consEnhanced.list(), "UKRAINE-EO13662"));
        assertEquals(82, withProgram(consEnhanced.list(), "RUSSIA-EO14024"));
        assertEquals(78, withProgram(consEnhanced.list(), "NS-PLC"));
        assertEquals(68, withProgram(consEnhanced.list(), "CMIC-EO13959"));
        Entity haniya = consEnhanced.list().find("ofac-cons:9639").orElseThrow();
        assertEquals("HANIYA, Ismail Abdul Salah", haniya.name());
        assertEquals(consXml.list().find("ofac-cons:9639").orElseThrow().aliases(), haniya.aliases());
        assertEquals(List.of("1962"), haniya.details().birthDates());
        long swift = consEnhanced.list().entities().stream().flatMap(e -> e.details().identifiers().stream())
                .filter(i -> i.type().equals("SWIFT/BIC")).count();
        assertEquals(33, swift, "the SWIFT/BIC features");
        assertTrue(consEnhanced.list().entities().stream().flatMap(e -> e.aliases().stream()).anyMatch(Alias::weak));
    }

    @Test
    void theEuLegacyXmlAndTheV11ExcerptsLinkAcrossTheUkAndUnLists() throws IOException {
        assertEquals(ListFiles.Format.EU_LEGACY_XML, euLegacy.format());
        assertEquals(595, euLegacy.list().size());
        assertEquals(Map.of(EntityType.PERSON, 319L, EntityType.ORGANISATION, 276L), types(euLegacy.list()));
        assertEquals(292, withProgram(euLegacy.list(), "IRQ"));
        assertEquals(155, withProgram(euLegacy.list(), "TAQA"));
        Entity mugabe = euLegacy.list().find("eu-fsf:1").orElseThrow();
        assertEquals("Robert Gabriel Mugabe", mugabe.name());
        assertEquals(List.of("1924-02-21"), mugabe.details().birthDates());
        assertEquals(List.of(new EntityDetails.Identifier("Passport", "AD001095", "")),
                mugabe.details().identifiers());

        ListFiles.Loaded first7 = FILES.read(TestLists.path("eu_fsf_20200415/excerpt_first7.xml"));
        ListFiles.Loaded five = FILES.read(TestLists.path("eu_fsf_20200415/excerpt_5entities.xml"));
        assertEquals(7, first7.list().size());
        assertEquals(5, five.list().size());
        assertEquals(ListFiles.Format.EU_FSF_XML, five.format());

        Watchlist un = FILES.read(TestLists.path("un_sc/UN_consolidated.xml")).list();
        List<Entity> all = new ArrayList<>();
        for (Watchlist w : List.of(euLegacy.list(), first7.list(), five.list(), conList.list(), un)) {
            all.addAll(w.entities());
        }
        EntityLinks links = EntityLinks.of(new Watchlist(all));
        // Saddam Hussein: the v1.1 entry names its legacy logicalId; the UK and UN entries share his name and birth.
        assertEquals(Set.of("eu-fsf:13", "uk-ofsi:7612", "un-sc:IQi.001"), links.linked("eu-fsf:EU.27.28"));
        long linked = first7.list().entities().stream().filter(e -> links.linked(e.id()).contains(
                "eu-fsf:" + e.details().identifiers().stream().filter(i -> i.type().equals(EntityDetails.LISTED_AS))
                        .findFirst().orElseThrow().value().substring(7))).count();
        assertEquals(7, linked, "each of the first 7 to its legacy entry");
    }

    @Test
    void theFcdoUkSanctionsListNamesItsOfsiGroupAndUnReference() throws IOException {
        ListFiles.Loaded uk = FILES.read(TestLists.path("uk_sanctions_list/UK_Sanctions_List.xml"));
        assertEquals(ListFiles.Format.UK_SANCTIONS_LIST_XML, uk.format());
        assertEquals(2, uk.list().size());
        Entity akhund = uk.list().find("uk:AFG0006").orElseThrow();
        Entity ofsi = conList.list().find("uk-ofsi:7172").orElseThrow();
        assertEquals(ofsi.name(), akhund.name());
        assertEquals(ofsi.type(), akhund.type());
        assertEquals(ofsi.details().nameParts(), akhund.details().nameParts());
        assertEquals(List.of("1958", "1945", "1946"), akhund.details().birthDates());
        Entity komid = uk.list().find("uk:DPR0001").orElseThrow();
        assertEquals(EntityType.ORGANISATION, komid.type());
        assertEquals(List.of("KP"), komid.countries());
        assertEquals(List.of("CHANGGWANG SINYONG CORPORATION", "KOMID"),
                komid.aliases().stream().map(Alias::name).toList());

        Watchlist un = FILES.read(TestLists.path("un_sc/UN_consolidated.xml")).list();
        List<Entity> all = new ArrayList<>(uk.list().entities());
        all.addAll(conList.list().entities());
        all.addAll(un.entities());
        EntityLinks links = EntityLinks.of(new Watchlist(all));
        assertEquals(Set.of("uk-ofsi:7172", "un-sc:TAi.002"), links.linked("uk:AFG0006"));
        assertEquals(Set.of("uk-ofsi:10892", "un-sc:KPe.001"), links.linked("uk:DPR0001"));

        String weak = "<Designations><Designation><UniqueID>X1</UniqueID><IndividualEntityShip>Ship"
                + "</IndividualEntityShip><Names><Name><Name6>A</Name6><NameType>Primary Name</NameType></Name>"
                + "<Name><Name6>B</Name6><NameType>Alias</NameType><AliasStrength>Low quality a.k.a</AliasStrength>"
                + "</Name></Names><ShipDetails><Ship><IMONumbers><IMONumber>9305609</IMONumber></IMONumbers>"
                + "</Ship></ShipDetails></Designation></Designations>";
        Entity ship = new UkSanctionsListXml(Countries.bundled()).read(new java.io.ByteArrayInputStream(
                weak.getBytes(StandardCharsets.UTF_8)), "x.xml").find("uk:X1").orElseThrow();
        assertEquals(EntityType.VESSEL, ship.type());
        assertTrue(ship.aliases().get(0).weak());
        assertEquals(List.of("9305609"), ship.imoNumbers());
    }

    @Test
    void eachNewReaderRefusesABrokenFileWithFileAndLine(@TempDir Path dir) throws IOException {
        String csv = Files.readString(TestLists.path("us_csl_202205/consolidated.csv"));
        Path cut = dir.resolve("consolidated.csv");
        // The header and two records, the second short of its columns.
        List<String> lines = csv.lines().limit(3).toList();
        Files.writeString(cut, lines.get(0) + "\n" + lines.get(1) + "\n" + "x,y\n");
        ListFormatException c = assertThrows(ListFormatException.class, () -> FILES.read(cut));
        assertEquals(cut + ":3: expected 29 columns, found 2", c.getMessage());

        Path enhanced = dir.resolve("CONS_ENHANCED.XML");
        Files.writeString(enhanced, "<sanctionsData>\n<entities>\n<entity>\n</entity>\n</entities>\n</sanctionsData>");
        assertEquals(enhanced + ":3: <entity> without id",
                assertThrows(ListFormatException.class, () -> FILES.read(enhanced)).getMessage());

        Path legacy = dir.resolve("global.xml");
        Files.writeString(legacy, "<WHOLE Date=\"11/02/2016\">\n<ENTITY Id=\"1\" Type=\"P\">\n</ENTITY>\n</WHOLE>");
        assertEquals(legacy + ":2: <ENTITY Id=\"1\"> has no NAME",
                assertThrows(ListFormatException.class, () -> FILES.read(legacy)).getMessage());

        Path uk = dir.resolve("UK_Sanctions_List.xml");
        Files.writeString(uk, "<Designations>\n<Designation>\n<Names/>\n</Designation>\n</Designations>");
        assertEquals(uk + ":2: <Designation> without UniqueID",
                assertThrows(ListFormatException.class, () -> FILES.read(uk)).getMessage());

        Path conListCut = dir.resolve("ConList.csv");
        byte[] bytes = Files.readAllBytes(TestLists.path("uk_ofsi_conlist_20200427/ConList.csv"));
        Files.write(conListCut, java.util.Arrays.copyOf(bytes, 4000));
        ListFormatException u = assertThrows(ListFormatException.class, () -> FILES.read(conListCut));
        assertTrue(u.getMessage().startsWith(conListCut + ":"), u.getMessage());
        assertTrue(u.line() > 2, u.getMessage());
    }
}
