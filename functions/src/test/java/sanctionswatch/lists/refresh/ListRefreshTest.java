package sanctionswatch.lists.refresh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.lists.formats.OfacSdnCsv;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListRefreshTest {
    private static final ListSource SDN = ListSource.parse("ofac-sdn=https://lists.test/sdn.csv "
            + "https://lists.test/alt.csv https://lists.test/add.csv").get(0);
    private static final ListSource SDN_ALONE = ListSource.parse("ofac-sdn=https://lists.test/sdn.csv").get(0);
    private static final ListSource UN = ListSource.parse("un-sc=https://lists.test/un/consolidated.xml").get(0);

    @TempDir
    Path served;

    /** Serves whatever file was last put under a URL's file name; a missing one is a failed download. */
    private final Map<String, Path> files = new HashMap<>();
    private final ListDownloader downloader = (source, folder) -> {
        for (URI url : source.urls()) {
            Path file = files.get(ListSource.fileName(url));
            if (file == null) {
                throw new IOException(url + ": HTTP 503");
            }
            Files.copy(file, folder.resolve(ListSource.fileName(url)));
        }
        return source.urls().size() == 1 ? folder.resolve(ListSource.fileName(source.urls().get(0))) : folder;
    };
    private final InMemoryListVersions versions = new InMemoryListVersions();

    private ListRefresh refresh(List<ListSource> sources) {
        return new ListRefresh(sources, downloader, new ListFiles(Countries.bundled()), versions,
                new ListGuard(ListGuard.DEFAULT_MAX_LOSS), OfacSdnCsv.bundled(), ListRefreshTest::index,
                Clock.fixed(Instant.parse("2026-11-29T05:00:00Z"), ZoneOffset.UTC));
    }

    /** Stands for the matcher's index here: what is stored beside a version, and its digest, is what matters. */
    private static byte[] index(Watchlist list) {
        return ("index of " + list.size() + " entries").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void serveBundledTrio() {
        for (String name : List.of("sdn.csv", "alt.csv", "add.csv")) {
            files.put(name, resource("/sanctionswatch/lists/ofac_sdn/" + name));
        }
    }

    /** The newer snapshot is {@code sdn.csv} alone; served with the older alt.csv it would name missing entries. */
    private void serveNewerSdnAlone() {
        files.put("sdn.csv", resource("/sanctionswatch/lists/ofac_sdn_20240503/sdn.csv"));
        files.remove("alt.csv");
        files.remove("add.csv");
    }

    @Test
    void publishesAVersionWhenTheListsChangeAndNothingWhenTheyDoNot() throws IOException {
        serveBundledTrio();
        RefreshReport first = refresh(List.of(SDN)).run();
        assertEquals(RefreshReport.Outcome.UPDATED, first.outcome());
        assertEquals("0 added, 0 removed, 0 changed", first.diff().summary());
        ListVersion v1 = versions.current().orElseThrow();
        assertTrue(v1.version().startsWith("20261129T050000Z-"), v1.version());
        assertEquals(Map.of("ofac-sdn", OfacSdnCsv.bundled().size()), v1.sources());
        assertEquals(List.copyOf(OfacSdnCsv.bundled().entities()), List.copyOf(versions.load(v1).entities()));
        assertEquals("lists/" + v1.version() + ".swx", v1.indexKey());
        assertEquals("index of " + OfacSdnCsv.bundled().size() + " entries",
                new String(versions.index(v1).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8),
                "the matcher's index is stored beside the version, under its digest");

        RefreshReport again = refresh(List.of(SDN)).run();
        assertEquals(RefreshReport.Outcome.UNCHANGED, again.outcome());
        assertFalse(again.worthTelling());
        assertEquals(v1, versions.current().orElseThrow());

        serveNewerSdnAlone();
        RefreshReport newer = refresh(List.of(SDN_ALONE)).run();
        assertEquals(RefreshReport.Outcome.UPDATED, newer.outcome());
        assertEquals("1256 added, 112 removed, 30 changed", newer.diff().summary());
        assertTrue(newer.subject().startsWith("Sanctions lists changed: 1256 added"), newer.subject());
        assertTrue(newer.text().contains("… and 1206 more"), newer.text());
        assertEquals(newer.version(), versions.current().orElseThrow());
    }

    @Test
    void aTruncatedOrBrokenDownloadLeavesThePreviousEntriesInUse() throws IOException {
        serveBundledTrio();
        refresh(List.of(SDN)).run();
        ListVersion good = versions.current().orElseThrow();

        List<String> lines = Files.readAllLines(resource("/sanctionswatch/lists/ofac_sdn/sdn.csv"),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Path truncated = served.resolve("truncated.csv");
        Files.write(truncated, lines.subList(0, lines.size() / 3), java.nio.charset.StandardCharsets.ISO_8859_1);
        files.put("sdn.csv", truncated);
        files.remove("alt.csv");
        files.remove("add.csv");
        RefreshReport cut = refresh(List.of(SDN_ALONE)).run();
        assertEquals(RefreshReport.Status.FAILED, refresh(List.of(SDN)).run().problems().get(0).status(),
                "alt.csv is not there");
        assertEquals(RefreshReport.Outcome.UNCHANGED, cut.outcome());
        assertEquals(RefreshReport.Status.REFUSED, cut.problems().get(0).status());
        assertTrue(cut.problems().get(0).detail().startsWith("the new version lost "), cut.problems().get(0).detail());
        assertTrue(cut.worthTelling());
        assertEquals("Sanctions lists unchanged; not taken: ofac-sdn", cut.subject());
        assertEquals(good, versions.current().orElseThrow());

        Path broken = served.resolve("broken.csv");
        Files.writeString(broken, lines.get(0) + "\n" + "36,\"AEROCARIBBEAN AIRLINES\",-0-\n");
        files.put("sdn.csv", broken);
        RefreshReport bad = refresh(List.of(SDN_ALONE)).run();
        RefreshReport.SourceResult failed = bad.problems().get(0);
        assertEquals(RefreshReport.Status.FAILED, failed.status());
        assertTrue(failed.detail().startsWith("sdn.csv:2: "), failed.detail());
        assertEquals(good, versions.current().orElseThrow());

        Files.writeString(broken, "");
        RefreshReport empty = refresh(List.of(SDN_ALONE)).run();
        assertEquals(RefreshReport.Status.REFUSED, empty.problems().get(0).status());
        assertEquals("the new version is empty", empty.problems().get(0).detail());
        assertEquals(good, versions.current().orElseThrow());
    }

    @Test
    void aSourceThatFailsKeepsItsEntriesWhileTheOthersRefresh() throws IOException {
        serveBundledTrio();
        files.put("consolidated.xml", resource("/sanctionswatch/lists/un_sc/UN_consolidated.xml"));
        RefreshReport both = refresh(List.of(SDN, UN)).run();
        assertEquals(List.of(RefreshReport.Status.ACCEPTED, RefreshReport.Status.ACCEPTED),
                both.sources().stream().map(RefreshReport.SourceResult::status).toList());
        assertEquals(1003, both.version().sources().get("un-sc"));

        files.remove("consolidated.xml");
        serveNewerSdnAlone();
        RefreshReport partial = refresh(List.of(SDN_ALONE, UN)).run();
        assertEquals(RefreshReport.Outcome.UPDATED, partial.outcome());
        assertEquals("https://lists.test/un/consolidated.xml: HTTP 503", partial.problems().get(0).detail());
        assertEquals(1003, partial.version().sources().get("un-sc"));
        assertTrue(partial.text().contains("un-sc: failed (https://lists.test/un/consolidated.xml: HTTP 503)"),
                partial.text());
    }

    @Test
    void aVersionPublishedMeanwhileIsNotOverwritten() throws IOException {
        serveBundledTrio();
        refresh(List.of(SDN)).run();
        ListVersion first = versions.current().orElseThrow();
        ListVersions racing = new ForwardingListVersions(versions) {
            @Override
            public Watchlist load(ListVersion version) throws IOException {
                Watchlist list = super.load(version);
                // Another refresh publishes while this one downloads.
                versions.publish(new ListVersion("other", "lists/other.swl", first.sha256(), first.bytes(),
                        first.entities(), first.sources(), first.createdAt(), "", first.version(), false, null),
                        new byte[0], null, first.version());
                return list;
            }
        };
        serveNewerSdnAlone();
        ListRefresh refresh = new ListRefresh(List.of(SDN_ALONE), downloader, new ListFiles(Countries.bundled()), racing,
                new ListGuard(ListGuard.DEFAULT_MAX_LOSS), OfacSdnCsv.bundled(), ListRefreshTest::index,
                Clock.systemUTC());
        assertThrows(ListVersions.Conflict.class, refresh::run);
        assertEquals("other", versions.current().orElseThrow().version());
    }

    @Test
    void sourcesAreReadWithTheirMistakesNamed() {
        List<ListSource> official = ListSource.parse(ListSource.OFFICIAL);
        assertEquals(List.of("ofac-sdn", "ofac-cons", "un-sc"), official.stream().map(ListSource::name).toList());
        assertEquals(List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"),
                official.get(0).urls().stream().map(ListSource::fileName).toList());
        assertEquals("cons_comments.csv", ListSource.fileName(official.get(1).urls().get(3)));
        ListSource os = ListSource.parse("os=opensanctions:sanctions").get(0);
        assertEquals(List.of(URI.create("https://data.opensanctions.org/datasets/latest/sanctions/entities.ftm.json"),
                URI.create("https://data.opensanctions.org/datasets/latest/sanctions/index.json")), os.urls());
        assertThrows(IllegalArgumentException.class, () -> ListSource.parse("os=opensanctions:../x"));
        assertEquals("sdn.csv", ListSource.fileName(URI.create("https://x.test/api/exports/SDN.CSV")));
        assertEquals("list source a is given twice",
                assertThrows(IllegalArgumentException.class, () -> ListSource.parse("a=https://x/1; a=https://x/2"))
                        .getMessage());
        assertEquals("list source a: 'ftp://x/1' is not an http(s) URL",
                assertThrows(IllegalArgumentException.class, () -> ListSource.parse("a=ftp://x/1")).getMessage());
        assertEquals("a list source is written name=url …, not 'https://x/1'",
                assertThrows(IllegalArgumentException.class, () -> ListSource.parse("https://x/1")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ListSource.parse(" ; "));
    }

    private static Path resource(String name) {
        try {
            return Path.of(ListRefreshTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
