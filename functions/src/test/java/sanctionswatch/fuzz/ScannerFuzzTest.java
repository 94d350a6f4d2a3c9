package sanctionswatch.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.CountryMention;
import sanctionswatch.match.Mention;
import sanctionswatch.match.ScanResult;
import sanctionswatch.scan.ArticleScanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any text against the full SDN list: every mention points at the text it quotes. */
class ScannerFuzzTest {
    private static final ArticleScanner SCANNER = ArticleScanner.of(OfacSdnCsv.bundled());

    @FuzzTest(maxDuration = "20s")
    void anyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ScanResult r = SCANNER.scan(text);
        for (Mention m : r.mentions()) {
            assertEquals(m.matched(), text.substring(m.start(), m.end()));
        }
        for (CountryMention c : r.countryMentions()) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
        }
    }
}
