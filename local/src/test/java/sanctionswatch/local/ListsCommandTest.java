package sanctionswatch.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lists load} and {@code lists diff} on the real list files. */
class ListsCommandTest {
    private static final String LISTS = TemplateResources.ROOT
            .resolve("functions/src/test/resources/sanctionswatch/lists/").toString();
    private static final String BUNDLED = TemplateResources.ROOT
            .resolve("functions/src/main/resources/sanctionswatch/lists/ofac_sdn").toString();

    private record Run(int status, String out, String progress) {}

    private static Run run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        int status = ListsCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), progress.toString(StandardCharsets.UTF_8));
    }

    @Test
    void loadPrintsEntriesPerFileAndPerSourceWithProgress() throws Exception {
        Run r = run("load", LISTS + "/un_sc/UN_consolidated.xml", LISTS + "/ofac_cons", BUNDLED);
        assertEquals(0, r.status());
        assertTrue(r.out().contains("UN_SC_XML, 1003 entries {PERSON=730, ORGANISATION=273}"), r.out());
        assertTrue(r.out().contains("OFAC_CONSOLIDATED_CSV, 442 entries"), r.out());
        assertTrue(r.out().contains("ofac-sdn: 13821 entries"), r.out());
        assertTrue(r.out().contains("un-sc: 1003 entries"), r.out());
        // Seven of them by a SWIFT/BIC code alone: the same bank on the SDN and the consolidated list (UGEBGE22 of
        // ofac-sdn:18726 and ofac-cons:18726; SABRRUMM of 17018, in the remarks cons_comments.csv continues).
        assertTrue(r.out().contains("linked: 537 groups of entries taken for one entity (by a shared document or IMO "
                + "number, name and birth date, or an entry another list names), 512 across sources"), r.out());
        assertTrue(r.progress().contains("reading " + LISTS + "/un_sc/UN_consolidated.xml (2.0 MB)..."), r.progress());
    }

    @Test
    void loadOfEveryPublishedListCountsEachAndLinksThemAcrossLists() throws Exception {
        Run r = run("load", LISTS + "/us_csl_202205/consolidated.csv", LISTS + "/uk_ofsi_conlist_20200427/ConList.csv",
                LISTS + "/ofac_cons_20200317/consolidated.xml", LISTS + "/ofac_cons_20200317/cons_advanced.xml",
                LISTS + "/ofac_cons_enhanced_20250110/CONS_ENHANCED.XML", LISTS + "/eu_fsf_20200415/excerpt_first7.xml",
                LISTS + "/eu_fsf_20200415/excerpt_5entities.xml", LISTS + "/eu_fsf_legacy_20160211/global_first595.xml",
                LISTS + "/uk_sanctions_list/UK_Sanctions_List.xml", "--links");
        assertEquals(0, r.status(), r.progress());
        for (String expected : List.of("US_CSL_CSV, 14159 entries", "records by source list: ofac-sdn 10026, "
                + "us-csl-el 2001, us-csl-dtc 727, us-csl-dpl 462, us-csl-ssi 290, us-csl-uvl 201, us-csl-isn 163, "
                + "us-csl-plc 78, us-csl-meu 71, us-csl-cmic 68, us-csl-cap 53, us-csl-ns-mbs 17, us-csl-fse 3",
                "UK_OFSI_CSV, 2114 entries", "OFAC_SDN_XML, 375 entries", "OFAC_ADVANCED_XML, 375 entries",
                "OFAC_ENHANCED_XML, 443 entries", "EU_FSF_XML, 7 entries", "EU_FSF_XML, 5 entries",
                "EU_LEGACY_XML, 595 entries", "UK_SANCTIONS_LIST_XML, 2 entries",
                // The consolidated list's three formats: 375 + 375 + 443 entries of 452 ids.
                "ofac-cons: 452 entries", "741 entries given by more than one file, counted once",
                "linked: 1146 groups of entries taken for one entity (by a shared document or IMO number, name and "
                        + "birth date, or an entry another list names), 1129 across sources",
                "uk-ofsi:7172 = uk:AFG0006  AKHUND, Mohammad Hassan  (entry uk-ofsi:7172")) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out().substring(0, 3000));
        }
    }

    @Test
    void diffOfTheTwoSdnSnapshots() throws Exception {
        Run r = run("diff", BUNDLED, LISTS + "/ofac_sdn_20240503/sdn.csv");
        assertEquals(0, r.status());
        assertTrue(r.out().lines().findFirst().orElse("").endsWith(": 1256 added, 112 removed, 30 changed"), r.out());
        assertTrue(r.out().contains("added ofac-sdn:47664  ANSARALLAH") || r.out().contains("more added"), r.out());
        assertTrue(r.out().contains("… 1236 more added (--all shows all)"), r.out());
        Run all = run("diff", BUNDLED, LISTS + "/ofac_sdn_20240503/sdn.csv", "--all");
        assertEquals(1 + 1256 + 112 + 30, all.out().lines().count());
    }

    @Test
    void compileWritesWhatLoadAndDiffReadBack(@TempDir Path dir)
            throws Exception {
        String out = dir.resolve("lists.swl").toString();
        Run r = run("compile", BUNDLED, LISTS + "/un_sc/UN_consolidated.xml", "--out", out);
        assertEquals(0, r.status(), r.progress());
        assertTrue(r.out().startsWith(out + ": 14824 entries, "), r.out());
        Run load = run("load", out);
        assertTrue(load.out().contains("COMPILED, 14824 entries"), load.out());
        assertTrue(load.out().contains("ofac-sdn: 13821 entries") && load.out().contains("un-sc: 1003 entries"),
                load.out());
        Run diff = run("diff", BUNDLED, out);
        assertTrue(diff.out().lines().findFirst().orElse("").endsWith(": 1003 added, 0 removed, 0 changed"),
                diff.out());
        assertEquals(1, run("compile", BUNDLED, BUNDLED, "--out", out).status(), "the same entries twice");
        assertThrows(Main.UsageException.class, () -> run("compile", BUNDLED));
    }

    @Test
    void aNewVersionThatLostMostEntriesIsFlaggedAsARefreshWouldRefuseIt() throws Exception {
        Run r = run("diff", BUNDLED, LISTS + "/ofac_cons");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("a refresh would refuse the new version: the new version lost 13821 of 13821"),
                r.out());
    }

    @Test
    void aBrokenOrMissingListFailsWithItsName() throws Exception {
        Run missing = run("load", LISTS + "/nowhere.xml");
        assertEquals(1, missing.status());
        assertThrows(Main.UsageException.class, () -> run("diff", BUNDLED));
        assertThrows(Main.UsageException.class, () -> run("frobnicate"));
    }
}
