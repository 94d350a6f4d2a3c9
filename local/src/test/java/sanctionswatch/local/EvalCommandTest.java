package sanctionswatch.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bin/sanctions-watch eval}: the figures and errors of the scanner on a labelled corpus. */
class EvalCommandTest {
    @Test
    void printsTheFiguresThenEachError(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, """
                {"id":"t1","publisher":"example.org","language":"en","category":"dprk","text":"North Korean leader Kim Jong Un met envoys.","entities":[{"id":"ofac-sdn:20157","surface":"Kim Jong Un"}],"countries":["KP"]}
                {"id":"t2","publisher":"example.org","language":"en","category":"negative","text":"Rain fell on the fjords.","entities":[],"countries":["NO"]}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, EvalCommand.run(List.of(corpus.toString()), new PrintStream(out, true,
                StandardCharsets.UTF_8)));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("2 texts\nentities   precision 1.000  recall 1.000  F1 1.000  (1 found right, "
                + "0 wrong, 0 missed)\ncountries  precision 1.000  recall 0.500"), printed);
        assertTrue(printed.contains("\n  dprk             precision 1.000  recall 1.000"), printed);
        assertTrue(printed.contains("\n  exact            precision 1.000"), printed);
        assertTrue(printed.contains("errors (1)\n  missed country t2             NO “”"), printed);
    }

    @Test
    void refusesWhatItCannotRead(@TempDir Path dir) throws Exception {
        assertThrows(Main.UsageException.class, () -> EvalCommand.run(List.of(), System.out));
        assertThrows(Main.UsageException.class, () -> EvalCommand.run(List.of("x.jsonl", "--half", "both"),
                System.out));
        assertEquals(1, EvalCommand.run(List.of(dir.resolve("none.jsonl").toString()), System.out));
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"x\"}\n");
        assertEquals(1, EvalCommand.run(List.of(bad.toString()), System.out));
    }
}
