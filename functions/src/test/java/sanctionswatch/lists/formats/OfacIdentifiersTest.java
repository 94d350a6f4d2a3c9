package sanctionswatch.lists.formats;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.TestLists;
import sanctionswatch.lists.Watchlist;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identifiers OFAC writes into the remarks that a text may print whole (wallet addresses, MMSI numbers, SWIFT/BIC
 * codes), and remarks cut short in the main file and continued in the comments file.
 */
class OfacIdentifiersTest {
    private static final String WALLET = "Digital Currency Address - ";
    private static Watchlist sdn;

    @BeforeAll
    static void load() {
        sdn = OfacSdnCsv.bundled();
    }

    private static List<EntityDetails.Identifier> ids(Entity e, String typePrefix) {
        return e.details().identifiers().stream().filter(i -> i.type().startsWith(typePrefix)).toList();
    }

    private static long entriesWith(String typePrefix) {
        return sdn.entities().stream().filter(e -> !ids(e, typePrefix).isEmpty()).count();
    }

    @Test
    void theBundledSnapshotsWalletsMmsiAndBicCodes() {
        // sdn.csv writes "Digital Currency Address - <code> <address>" 271 times, on 49 entries: 270 distinct
        // (currency, address) pairs (the figure), 1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL being two people's. Seven
        // stand last in remarks cut at 1,000 characters, their address cut short or gone ("… XBT 3F6bbvS1krsc1qR8Fs
        // bTDfYQyvkMm" of BLENDER.IO), and are left out: 264 addresses remain, 263 distinct.
        assertEquals(49, entriesWith(WALLET));
        assertEquals(264, sdn.entities().stream().mapToInt(e -> ids(e, WALLET).size()).sum());
        Set<String> pairs = sdn.entities().stream().flatMap(e -> ids(e, WALLET).stream())
                .map(i -> i.type() + " " + i.value()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(263, pairs.size());
        assertEquals(94, entriesWith("MMSI"));
        assertEquals(147, entriesWith("SWIFT/BIC"));
        assertEquals(153, sdn.entities().stream().mapToInt(e -> ids(e, "SWIFT/BIC").size()).sum());

        Entity rusich = sdn.find("ofac-sdn:38665").orElseThrow();
        assertTrue(rusich.details().identifiers().contains(new EntityDetails.Identifier(
                WALLET + "XBT", "bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm", "")), rusich.details().toString());
        Entity garantex = sdn.find("ofac-sdn:36025").orElseThrow();
        assertTrue(garantex.details().identifiers().contains(new EntityDetails.Identifier(
                WALLET + "ETH", "0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9", "")));
        assertEquals(List.of(new EntityDetails.Identifier("SWIFT/BIC", "SABRRUMM", "")),
                ids(sdn.find("ofac-sdn:17018").orElseThrow(), "SWIFT/BIC"));
        // "SWIFT/BIC SYLCLBBE." ends its remarks with a full stop that is no part of the code.
        assertEquals("SYLCLBBE", ids(sdn.find("ofac-sdn:12848").orElseThrow(), "SWIFT/BIC").get(0).value());
        assertEquals(List.of(new EntityDetails.Identifier("MMSI", "572469210", "")),
                ids(sdn.find("ofac-sdn:15036").orElseThrow(), "MMSI"));
    }

    @Test
    void theLastItemOfRemarksCutShortIsLeftOut() {
        // BLENDER.IO's 1,000 characters end "alt. Digital Currency Address - XBT 3F6bbvS1krsc1qR8FsbTDfYQyvkMm": 29
        // characters, as long as some addresses, but the beginning of 3F6bbvS1krsc1qR8FsbTDfYQyvkMm3QvmR, which the
        // remarks give whole before.
        Entity blender = sdn.find("ofac-sdn:37070").orElseThrow();
        assertEquals(1000, blender.details().remarks().length());
        assertTrue(blender.details().remarks().endsWith("XBT 3F6bbvS1krsc1qR8FsbTDfYQyvkMm"));
        List<String> wallets = ids(blender, WALLET).stream().map(EntityDetails.Identifier::value).toList();
        assertTrue(wallets.contains("3F6bbvS1krsc1qR8FsbTDfYQyvkMm3QvmR"), wallets.toString());
        assertFalse(wallets.contains("3F6bbvS1krsc1qR8FsbTDfYQyvkMm"), wallets.toString());
        // A cut just after a ";" leaves the last item whole: WU, Huihui's last wallet stays.
        assertTrue(ids(sdn.find("ofac-sdn:42496").orElseThrow(), WALLET).stream()
                .anyMatch(i -> i.value().equals("18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa")));
    }

    @Test
    void theConsolidatedListsCommentsContinueTheirRemarks() throws IOException, URISyntaxException {
        // cons_prim.csv cuts JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK's remarks at "… Registration Numbe";
        // cons_comments.csv goes on "r 1027700342890 (Russia); For more information …".
        Watchlist cons = new ListFiles(Countries.bundled()).read(TestLists.path("ofac_cons")).list();
        Entity bank = cons.find("ofac-cons:17014").orElseThrow();
        assertTrue(bank.details().remarks().contains("Registration Number 1027700342890 (Russia); For more"),
                bank.details().remarks());
        assertTrue(bank.details().remarks().endsWith("a.k.a. 'RUSAG'."), bank.details().remarks());
        assertTrue(bank.details().identifiers().contains(
                new EntityDetails.Identifier("Registration Number", "1027700342890", "RU")));
        // All ten rows of the comments file join an entry cut at 1,000 characters.
        long continued = cons.entities().stream().filter(e -> e.details().remarks().length() > 1000).count();
        assertEquals(10, continued);
    }

    /** One entry whose remarks sdn.csv cuts inside its second wallet, at 1,000 characters. */
    private static final String FIRST = "Digital Currency Address - XBT bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm; ";
    private static final String SECOND = "alt. Digital Currency Address - ETH "
            + "0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9";

    private static Watchlist read(String sdnCsv, Reader comments) {
        return new OfacSdnCsv("ofac-sdn", Countries.bundled()).read(new StringReader(sdnCsv), "sdn.csv",
                Reader.nullReader(), "alt.csv", Reader.nullReader(), "add.csv", comments, "sdn_comments.csv");
    }

    @Test
    void anAddressCutShortIsJoinedWhenTheCommentsGoOn() {
        String filler = "Website example.org; ".repeat(60);
        String whole = filler.substring(0, 1000 - FIRST.length() - 20) + "; " + FIRST + SECOND;
        int cut = 1000;
        String row = "38665,\"TASK FORCE RUSICH\",-0- ,\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\""
                + whole.substring(0, cut) + "\"\r\n";
        String comments = "38665,\"" + whole.substring(cut) + ".\"\r\n";

        Entity joined = read(row, new StringReader(comments)).find("ofac-sdn:38665").orElseThrow();
        assertEquals(whole + ".", joined.details().remarks());
        assertEquals(List.of("bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm",
                "0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9"), ids(joined, WALLET).stream()
                .map(EntityDetails.Identifier::value).toList());

        Entity cutShort = read(row, Reader.nullReader()).find("ofac-sdn:38665").orElseThrow();
        assertEquals(List.of("bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm"), ids(cutShort, WALLET).stream()
                .map(EntityDetails.Identifier::value).toList());
    }

    @Test
    void commentsOfAnEntryNotInTheListAreRefusedWithFileAndLine() {
        String row = "38665,\"TASK FORCE RUSICH\",-0- ,\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        ListFormatException e = assertThrows(ListFormatException.class,
                () -> read(row, new StringReader("38665,\"x\"\r\n99999,\"y\"\r\n")));
        assertTrue(e.getMessage().contains("sdn_comments.csv") && e.getMessage().contains("2"), e.getMessage());
        assertTrue(e.getMessage().contains("99999"), e.getMessage());
    }
}
