package sanctionswatch.match;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.text.Tokenizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wallet addresses, MMSI numbers and SWIFT/BIC codes of the bundled list found in text as mentions of their entries,
 * and the long strings that are none of them not found.
 */
class IdentifierIndexTest {
    private static Watchlist sdn;
    private static EntityMatcher matcher;

    @BeforeAll
    static void build() {
        sdn = CompiledWatchlist.bundled();
        matcher = EntityMatcher.of(sdn);
    }

    /** "entry|matched|evidence" of each identifier mention. */
    private static List<String> found(EntityMatcher m, String text) {
        return m.find(text, Tokenizer.tokenize(text)).stream()
                .filter(x -> x.rule() == MatchRule.IDENTIFIER)
                .map(x -> x.entity().id() + "|" + x.matched() + "|" + x.evidence()).toList();
    }

    private static List<String> found(String text) {
        return found(matcher, text);
    }

    @Test
    void findsTheListsWalletsMmsiAndBicInASentence() {
        String text = "Chainalysis traced donations to Task Force Rusich's wallet "
                + "bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm and, for Garantex, to "
                + "0x7ff9cfad3877f21d41da833e2f775db0569ee3d9 (written in lower case, as "
                + "explorers print it). The Iranian tanker, MMSI 572469210, switched off its transponder; payments "
                + "went through Sberbank (SWIFT: SABRRUMM) and Tron wallet TX5GV4DyfxNB3rPkzZJhmqZ1efVmL4rEqG.";
        List<String> f = found(text);
        assertEquals(List.of(
                "ofac-sdn:38665|bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm|XBT address",
                "ofac-sdn:36025|0x7ff9cfad3877f21d41da833e2f775db0569ee3d9|ETH address",
                "ofac-sdn:15036|MMSI 572469210|MMSI",
                "ofac-sdn:17018|SABRRUMM|SWIFT/BIC"), f.subList(0, 4));
        assertEquals(5, f.size(), f.toString());
        assertTrue(f.get(4).endsWith("|TX5GV4DyfxNB3rPkzZJhmqZ1efVmL4rEqG|USDT address"), f.get(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Hex: any case, the EIP-55 checksum case too.
            "0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9",
            "0X7FF9CFAD3877F21D41DA833E2F775DB0569EE3D9",
            // Bech32: all lower or all upper.
            "BC1QL7DLYH8XZ6TPQK92VZTRHQH88DMJVCWRMSEMRM",
            // In a link's path the address is a word of its own: a link to the wallet names it.
            "https://etherscan.io/address/0x7ff9cfad3877f21d41da833e2f775db0569ee3d9#tokentxns",
    })
    void findsAnAddressWrittenAsItsCurrencyAllows(String address) {
        assertEquals(1, found("Funds went to " + address + " on Monday.").size(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Base58 with one character changed, and in another case: other addresses.
            "1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgM",
            "1h939dom7i4wdlckygbxup3fs9cstnrzgl",
            // Bech32 in mixed case is no valid address.
            "bc1QL7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm",
            // A hex string with one digit more, one less, and a 64-digit transaction hash that begins with the address.
            "0x7ff9cfad3877f21d41da833e2f775db0569ee3d90",
            "0x7ff9cfad3877f21d41da833e2f775db0569ee3d",
            "0x7ff9cfad3877f21d41da833e2f775db0569ee3d9aabbccddeeff00112233445566",
            // Other wallets, hashes and tracking numbers.
            "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "1Z999AA10123456784",
            // BLENDER.IO's cut remarks end with the first 29 characters of one of its addresses: not an address.
            "3F6bbvS1krsc1qR8FsbTDfYQyvkMm",
            // The address run into a longer word.
            "tx1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL",
    })
    void findsNoNearMiss(String text) {
        assertEquals(List.of(), found("Funds went to " + text + " on Monday."), text);
    }

    @Test
    void mmsiOnlyAfterTheWordAndBicOnlyAsAWordInCapitals() {
        assertEquals(List.of("ofac-sdn:15036|MMSI number 572469210|MMSI"),
                found("The ship's MMSI number 572469210 was spoofed."));
        // A nine-digit number alone may be anything.
        assertEquals(List.of(), found("Call 572469210 for details."));
        assertEquals(List.of("ofac-sdn:17018|SABRRUMMXXX|SWIFT/BIC"), found("Beneficiary bank SABRRUMMXXX."));
        assertEquals(List.of(), found("Beneficiary bank Sabrrumm, sabrrumm."));
        assertEquals(List.of(), found("Reference ABC-SABRRUMM-7 and file SABRRUMM.pdf."));
        assertEquals(List.of("ofac-sdn:17018|SABRRUMM|SWIFT/BIC"), found("Its code is SABRRUMM."));
    }

    @Test
    void aWalletTwoEntriesShareIsBothOnes() {
        // 1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL is KHATIBI AGHADA's and NIKAEEN RAVARI's in the list.
        assertEquals(List.of("ofac-sdn:38419|1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL|XBT address",
                "ofac-sdn:38420|1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL|XBT address"),
                found("Ransom was paid to 1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL."));
    }

    @Test
    void anIndexReadBackFindsTheSameIdentifiers() {
        EntityMatcher read = EntityMatcher.of(sdn, EntityMatcher.indexOf(sdn));
        String text = "Wallets bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm, 1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL; "
                + "MMSI 572469210; SWIFT SABRRUMM.";
        assertEquals(found(text), found(read, text));
        assertEquals(5, found(read, text).size());
    }

    @Test
    void theScannerReportsTheMentionWithRuleIdentifier() {
        ScanResult r = ArticleScanner.bundled().scan("The U.S. Treasury said donations reached "
                + "BC1QL7DLYH8XZ6TPQK92VZTRHQH88DMJVCWRMSEMRM, a wallet the group advertised on Telegram.");
        List<Mention> mentions = r.mentions();
        assertEquals(1, mentions.size(), mentions.toString());
        Mention m = mentions.get(0);
        assertEquals("ofac-sdn:38665", m.entity().id());
        assertEquals("identifier", m.rule().label());
        assertEquals(1.0, m.score());
        assertEquals("XBT address", m.evidence());
        assertEquals("BC1QL7DLYH8XZ6TPQK92VZTRHQH88DMJVCWRMSEMRM", m.matched());
    }
}
