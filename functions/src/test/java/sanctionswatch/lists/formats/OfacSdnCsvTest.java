package sanctionswatch.lists.formats;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfacSdnCsvTest {
    private static Watchlist sdn;

    @BeforeAll
    static void load() {
        sdn = OfacSdnCsv.bundled();
    }

    @Test
    void bundledSnapshotHasEveryRowOfItsFiles() {
        // Row counts from the files' provenance note (SOURCES.md): 13,821 entries, 17,091 aliases; and the 3,369
        // weak aliases the remarks give in quotes ("a.k.a. 'IRIB'").
        assertEquals(13_821, sdn.size());
        assertEquals(17_091, sdn.entities().stream().flatMap(e -> e.aliases().stream()).filter(a -> !a.weak())
                .count());
        assertEquals(3_369, sdn.entities().stream().flatMap(e -> e.aliases().stream()).filter(Alias::weak).count());
        assertEquals(6_646, sdn.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
        assertEquals(764, sdn.entities().stream().filter(e -> e.type() == EntityType.VESSEL).count());
        assertEquals(378, sdn.entities().stream().filter(e -> e.type() == EntityType.AIRCRAFT).count());
    }

    @Test
    void readsAnEntryWithItsAliasesProgrammesAndCountries() {
        Entity wagner = sdn.find("ofac-sdn:22543").orElseThrow();
        assertEquals("PRIVATE MILITARY COMPANY 'WAGNER'", wagner.name());
        assertEquals(EntityType.ORGANISATION, wagner.type());
        assertEquals(List.of("TCO", "UKRAINE-EO13660", "CAR", "RUSSIA-EO14024"), wagner.programs());
        assertTrue(wagner.aliases().stream().anyMatch(a -> a.name().equals("WAGNER GROUP")));
        assertEquals(List.of("RU"), wagner.countries());

        Entity mkrtychev = sdn.find("ofac-sdn:41736").orElseThrow();
        assertEquals("MKRTYCHEV, Ashot", mkrtychev.name());
        assertEquals(EntityType.PERSON, mkrtychev.type());
        assertEquals(List.of("SK"), mkrtychev.countries());
        assertEquals(List.of(new Alias("MKRTYCEV, Asot", Alias.Kind.AKA, false)), mkrtychev.aliases());
    }

    @Test
    void readsThePositionsOfTheTitleColumn() {
        assertEquals("President of the Syrian Arab Republic",
                sdn.find("ofac-sdn:12735").orElseThrow().details().title());
        assertEquals("", sdn.find("ofac-sdn:41736").orElseThrow().details().title(), "-0-: none given");
    }

    @Test
    void readsBirthDatesCountriesAndIdentifiersFromTheRemarks() {
        Entity zawahiri = sdn.find("ofac-sdn:2676").orElseThrow();
        EntityDetails d = zawahiri.details();
        assertEquals(List.of("1951-06-19"), d.birthDates());
        assertEquals(List.of(new EntityDetails.CountryRole("EG", EntityDetails.Role.BIRTH)), d.countries());
        assertEquals(List.of(new EntityDetails.Identifier("Passport", "1084010", "EG"),
                new EntityDetails.Identifier("Passport", "19820215", "")), d.identifiers());
        assertTrue(d.remarks().startsWith("DOB 19 Jun 1951; POB Giza, Egypt;"), d.remarks());
        assertEquals(List.of(new EntityDetails.CountryRole("EG", EntityDetails.Role.BIRTH),
                new EntityDetails.CountryRole("EG", EntityDetails.Role.NATIONALITY),
                new EntityDetails.CountryRole("EG", EntityDetails.Role.ADDRESS)),
                sdn.find("ofac-sdn:2677").orElseThrow().details().countries());
        assertEquals(List.of("1946"), sdn.find("ofac-sdn:2678").orElseThrow().details().birthDates());
        Entity mkrtychev = sdn.find("ofac-sdn:41736").orElseThrow();
        assertTrue(mkrtychev.details().countries().contains(new EntityDetails.CountryRole("SK",
                EntityDetails.Role.ADDRESS)), mkrtychev.details().toString());
        long withDates = sdn.entities().stream().filter(e -> !e.details().birthDates().isEmpty()).count();
        long persons = sdn.entities().stream().filter(e -> e.type() == EntityType.PERSON).count();
        assertTrue(withDates > persons * 8 / 10, withDates + " of " + persons + " people have a date of birth");
        assertEquals(List.of("1962-12"), OfacRemarks.date("Dec 1962").stream().toList());
        assertEquals(List.of("1960"), OfacRemarks.date("circa 1960 to 1962").stream().toList());
    }

    @Test
    void readsFormerNames() {
        assertTrue(sdn.entities().stream().flatMap(e -> e.aliases().stream())
                .filter(a -> a.kind() == Alias.Kind.FKA && !a.weak()).count() == 567);
        // "f.k.a. 'ALPHA'" in ARTAVIL's remarks, a weak former name.
        assertTrue(sdn.find("ofac-sdn:15036").orElseThrow().aliases().contains(new Alias("ALPHA", Alias.Kind.FKA,
                true)));
        assertTrue(sdn.find("ofac-sdn:15764").orElseThrow().aliases().contains(new Alias("IRIB", Alias.Kind.AKA,
                true)));
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsNamesFileAndLine() {
        String sdnCsv = "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "2,\"B\",-0- ,\"X\",-0- \r\n";
        ListFormatException e = assertThrows(ListFormatException.class, () -> reader().read(
                new StringReader(sdnCsv), "sdn.csv", new StringReader(""), "alt.csv", new StringReader(""), "add.csv"));
        assertEquals("sdn.csv", e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("expected 12 columns, found 5"), e.getMessage());
    }

    @Test
    void anAliasOfAnUnknownEntryIsAnError() {
        String sdnCsv = "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        ListFormatException e = assertThrows(ListFormatException.class, () -> reader().read(
                new StringReader(sdnCsv), "sdn.csv", new StringReader("9,1,\"aka\",\"Z\",-0- \r\n"), "alt.csv",
                new StringReader(""), "add.csv"));
        assertEquals("alt.csv:1: ent_num 9 is not in the SDN file", e.getMessage());
    }

    @Test
    void aTruncatedFileEndingInsideAQuoteIsAnError() {
        String sdnCsv = "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"B";
        ListFormatException e = assertThrows(ListFormatException.class, () -> reader().read(
                new StringReader(sdnCsv), "sdn.csv", new StringReader(""), "alt.csv", new StringReader(""), "add.csv"));
        assertEquals(2, e.line());
    }

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes() {
        String sdnCsv = "7,\"SMITH, \"\"Bob\"\"\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001A";
        Watchlist w = reader().read(new StringReader(sdnCsv), "sdn.csv", new StringReader(""), "alt.csv",
                new StringReader(""), "add.csv");
        assertEquals("SMITH, \"Bob\"", w.find("ofac-sdn:7").orElseThrow().name());
    }

    private static OfacSdnCsv reader() {
        return new OfacSdnCsv("ofac-sdn", Countries.bundled());
    }
}
