package sanctionswatch.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.formats.OfacSdnCsv;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any three files: a list, or a ListFormatException naming the file and line; nothing else. */
class OfacCsvFuzzTest {
    private static final OfacSdnCsv READER = new OfacSdnCsv("ofac-sdn", Countries.bundled());

    @FuzzTest(maxDuration = "20s")
    void anyFiles(FuzzedDataProvider data) {
        String sdn = data.consumeString(4000);
        String alt = data.consumeString(2000);
        String add = data.consumeRemainingAsString();
        try {
            READER.read(new StringReader(sdn), "sdn.csv", new StringReader(alt), "alt.csv", new StringReader(add),
                    "add.csv");
        } catch (ListFormatException e) {
            assertTrue(e.file().endsWith(".csv") && e.line() >= 1, e.getMessage());
        }
    }
}
