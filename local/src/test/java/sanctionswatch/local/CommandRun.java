package sanctionswatch.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one run of the command line printed and returned, run in the test's own working directory and environment:
 * {@code CommandRun.of(dir, Map.of(), "watch", "list")}.
 */
record CommandRun(int status, String out, String err) {
    static CommandRun of(Path dir, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, dir);
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The one line on standard error, after checking that there is exactly one. */
    String errorLine() {
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.endsWith("\n"), err);
        return err.strip();
    }
}
