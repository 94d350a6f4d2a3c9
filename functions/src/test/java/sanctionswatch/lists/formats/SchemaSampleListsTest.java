package sanctionswatch.lists.formats;

import org.junit.jupiter.api.Test;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.TestLists;
import sanctionswatch.lists.Watchlist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OFAC SDN XML and advanced XML, EU FSF and UK OFSI readers, on samples written to their schemas (see the lists' SOURCES.md).
 */
class SchemaSampleListsTest {
    private static final ListFiles FILES = new ListFiles(Countries.bundled());

    @Test
    void ofacSdnXmlGivesTheEntriesTheCsvTrioGives() throws IOException {
        ListFiles.Loaded loaded = FILES.read(TestLists.path("ofac_sdn_xml/sdn.xml"));
        assertEquals(ListFiles.Format.OFAC_SDN_XML, loaded.format());
        assertEquals(4, loaded.list().size());
        Watchlist csv = OfacSdnCsv.bundled();
        for (Entity xml : loaded.list().entities()) {
            Entity trio = csv.find(xml.id()).orElseThrow();
            assertEquals(trio.name(), xml.name(), xml.id());
            assertEquals(trio.type(), xml.type(), xml.id());
            assertEquals(trio.programs(), xml.programs(), xml.id());
            assertEquals(trio.countries(), List.copyOf(xml.countries().stream().filter(trio.countries()::contains)
                    .toList()), xml.id());
            assertEquals(trio.imoNumbers(), xml.imoNumbers(), xml.id());
            assertEquals(trio.details().birthDates(), xml.details().birthDates(), xml.id());
            assertEquals(trio.details().title(), xml.details().title(), xml.id());
            assertTrue(xml.aliases().containsAll(trio.aliases()), xml.id() + ": " + xml.aliases());
        }
        Entity mkrtychev = loaded.list().find("ofac-sdn:41736").orElseThrow();
        assertEquals(List.of(new EntityDetails.NameParts("MKRTYCHEV, Ashot", "Ashot", "", "MKRTYCHEV"),
                new EntityDetails.NameParts("MKRTYCEV, Asot", "Asot", "", "MKRTYCEV")), mkrtychev.details().nameParts());
        assertEquals(List.of(new EntityDetails.CountryRole("SK", EntityDetails.Role.ADDRESS),
                new EntityDetails.CountryRole("SK", EntityDetails.Role.CITIZENSHIP),
                new EntityDetails.CountryRole("AZ", EntityDetails.Role.BIRTH)), mkrtychev.details().countries());
        assertEquals(List.of(new EntityDetails.Identifier("Passport", "BD3843329", "SK")),
                mkrtychev.details().identifiers());
        Entity artavil = loaded.list().find("ofac-sdn:15036").orElseThrow();
        assertEquals(List.of("9187629"), artavil.imoNumbers());
        assertTrue(artavil.aliases().contains(new Alias("ALPHA", Alias.Kind.FKA, true)), "category weak");
        assertTrue(artavil.details().identifiers().contains(new EntityDetails.Identifier("Call Sign", "T2EU4", "")));
        assertTrue(artavil.details().countries().contains(new EntityDetails.CountryRole("IR",
                EntityDetails.Role.FLAG)));
    }

    @Test
    void anOfacXmlFileMissingEntriesItCountsIsRefused() throws IOException {
        String xml = Files.readString(TestLists.path("ofac_sdn_xml/sdn.xml"));
        String cut = xml.substring(0, xml.lastIndexOf("<sdnEntry>")) + "</sdnList>";
        ListFormatException e = assertThrows(ListFormatException.class, () -> new OfacSdnXml("ofac-sdn",
                Countries.bundled()).read(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), "sdn.xml"));
        assertEquals("sdn.xml: the file says 4 entries, 3 were read", e.getMessage());
        String untyped = xml.replace("<sdnType>Vessel</sdnType>", "<sdnType>Boat</sdnType>");
        ListFormatException type = assertThrows(ListFormatException.class, () -> new OfacSdnXml("ofac-sdn",
                Countries.bundled()).read(new ByteArrayInputStream(untyped.getBytes(StandardCharsets.UTF_8)),
                "sdn.xml"));
        assertTrue(type.getMessage().startsWith("sdn.xml:"), type.getMessage());
        assertTrue(type.getMessage().endsWith("unknown sdnType 'Boat'"), type.getMessage());
    }

    @Test
    void euFinancialSanctionsFile() throws IOException {
        ListFiles.Loaded loaded = FILES.read(TestLists.path("eu_fsf/eu_fsf.xml"));
        assertEquals(ListFiles.Format.EU_FSF_XML, loaded.format());
        assertEquals(2, loaded.list().size());
        Entity kuzmenko = loaded.list().find("eu-fsf:EU.11179.96").orElseThrow();
        assertEquals(EntityType.PERSON, kuzmenko.type());
        assertEquals("Vitaly Yurievich KUZMENKO", kuzmenko.name());
        assertEquals(List.of("UKR"), kuzmenko.programs());
        assertEquals(List.of(new Alias("Виталий Юрьевич КУЗЬМЕНКО", Alias.Kind.AKA, false),
                new Alias("Vitalij Kuzmenko", Alias.Kind.AKA, true)), kuzmenko.aliases());
        assertEquals(new EntityDetails.NameParts("Vitaly Yurievich KUZMENKO", "Vitaly", "Yurievich", "KUZMENKO"),
                kuzmenko.details().nameParts().get(0));
        assertEquals(List.of("1971-01-22"), kuzmenko.details().birthDates());
        assertEquals(List.of(new EntityDetails.CountryRole("RU", EntityDetails.Role.CITIZENSHIP)),
                kuzmenko.details().countries(), "birth country 00: not known");
        assertEquals(List.of(new EntityDetails.Identifier(EntityDetails.LISTED_AS, "eu-fsf:162301", ""),
                new EntityDetails.Identifier("Tax Identification Number", "366510784303", "RU")),
                kuzmenko.details().identifiers(), "its logicalId, the id the legacy XML gave it");
        assertTrue(kuzmenko.details().remarks().startsWith("The plant is part of"));
        Entity tobacco = loaded.list().find("eu-fsf:EU.8282.49").orElseThrow();
        assertEquals(EntityType.ORGANISATION, tobacco.type());
        assertEquals(List.of("BY"), tobacco.countries());
    }

    @Test
    void aBrokenEuFileNamesFileAndLine() {
        String xml = "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">\n<sanctionEntity logicalId=\"1\">\n"
                + "<subjectType code=\"person\"/>\n</sanctionEntity>\n</export>";
        ListFormatException e = assertThrows(ListFormatException.class, () -> new EuFsfXml(Countries.bundled())
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "eu.xml"));
        assertEquals("eu.xml:2: <sanctionEntity> without a nameAlias wholeName", e.getMessage());
    }

    @Test
    void ukConsolidatedListGroupsRowsByTarget() throws IOException {
        ListFiles.Loaded loaded = FILES.read(TestLists.path("uk_ofsi/ConList.csv"));
        assertEquals(ListFiles.Format.UK_OFSI_CSV, loaded.format());
        assertEquals(2, loaded.list().size());
        Entity soyko = loaded.list().find("uk-ofsi:14688").orElseThrow();
        assertEquals("SOYKO, Victor Vladimirovich", soyko.name());
        assertEquals(List.of(new Alias("SOJKO, Viktor Vladimirovitj", Alias.Kind.AKA, false)), soyko.aliases());
        assertEquals(List.of("Belarus"), soyko.programs());
        assertEquals(List.of("BY"), soyko.countries());
        assertEquals(List.of("1971-07-03"), soyko.details().birthDates());
        assertEquals(new EntityDetails.NameParts("SOYKO, Victor Vladimirovich", "Victor", "Vladimirovich", "SOYKO"),
                soyko.details().nameParts().get(0));
        assertTrue(loaded.list().find("uk-ofsi:15174").orElseThrow().aliases().get(0).weak(), "Alias Quality Low");
        assertEquals(java.util.Optional.of("1966"), UkConListCsv.date("00/00/1966"));
        assertEquals(java.util.Optional.of("1966-05"), UkConListCsv.date("00/05/1966"));

        String noGroup = "Last Updated,29/11/2026\nName 6,Name 1,Group Type,Alias Type\nX,Y,Individual,Primary name\n";
        ListFormatException e = assertThrows(ListFormatException.class, () -> new UkConListCsv(Countries.bundled())
                .read(new java.io.StringReader(noGroup), "ConList.csv"));
        assertEquals("ConList.csv:2: no 'Group ID' column: not an OFSI consolidated list", e.getMessage());
    }

    @Test
    void ofacAdvancedXmlGivesTheNamesTypesAndProgrammesTheCsvTrioGives() throws IOException {
        ListFiles.Loaded loaded = FILES.read(TestLists.path("ofac_sdn_xml/SDN_ADVANCED.xml"));
        assertEquals(ListFiles.Format.OFAC_ADVANCED_XML, loaded.format());
        assertEquals(3, loaded.list().size());
        Watchlist csv = OfacSdnCsv.bundled();
        for (Entity advanced : loaded.list().entities()) {
            Entity trio = csv.find(advanced.id()).orElseThrow();
            assertEquals(trio.name(), advanced.name(), advanced.id());
            assertEquals(trio.type(), advanced.type(), advanced.id());
            assertEquals(trio.programs(), advanced.programs(), advanced.id());
            assertTrue(advanced.aliases().containsAll(trio.aliases()), advanced.id() + ": " + advanced.aliases());
        }
        assertTrue(loaded.list().find("ofac-sdn:15036").orElseThrow().aliases()
                .contains(new Alias("ALPHA", Alias.Kind.FKA, true)), "LowQuality: weak");
        assertEquals(List.of(new EntityDetails.NameParts("MKRTYCHEV, Ashot", "Ashot", "", "MKRTYCHEV"),
                new EntityDetails.NameParts("MKRTYCEV, Asot", "Asot", "", "MKRTYCEV")),
                loaded.list().find("ofac-sdn:41736").orElseThrow().details().nameParts());

        String unknownType = Files.readString(TestLists.path("ofac_sdn_xml/SDN_ADVANCED.xml"))
                .replace("<PartySubType ID=\"1\" PartyTypeID=\"3\">Vessel</PartySubType>", "");
        ListFormatException e = assertThrows(ListFormatException.class, () -> new OfacAdvancedXml("ofac-sdn")
                .read(new ByteArrayInputStream(unknownType.getBytes(StandardCharsets.UTF_8)), "SDN_ADVANCED.xml"));
        assertTrue(e.getMessage().startsWith("SDN_ADVANCED.xml:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("party sub-type 1 ('null') is not one this reads"), e.getMessage());
    }
}
