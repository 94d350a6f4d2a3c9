package sanctionswatch.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/sanctions-watch} on errors: one line on standard error that says what happened and what to do, exit
 * status 1, the stack trace only with {@code --debug}. Nothing here reaches the network: a refused URL is refused
 * before any lookup, and a table without region or credentials is refused before a client is built.
 */
class MainTest {
    @TempDir
    Path dir;


    private CommandRun run(Map<String, String> env, String... args) {
        return CommandRun.of(dir, env, args);
    }

    @Test
    void everyCommandAndSubCommandAnswersHelpWithWhatItTakes() {
        for (String command : Help.commands()) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            CommandRun r = run(Map.of(), args.toArray(String[]::new));
            assertEquals(0, r.status(), command);
            assertEquals("", r.err(), command);
            String head = "usage:\n  sanctions-watch " + command;
            assertTrue(r.out().startsWith(head + " ") || r.out().startsWith(head + "\n"), r.out());
        }
        // A command's help shows its sub-commands; -h is --help.
        CommandRun lists = run(Map.of(), "lists", "-h");
        assertEquals(0, lists.status());
        assertTrue(lists.out().contains("\n  sanctions-watch lists diff OLD NEW [--all]\n"), lists.out());
        CommandRun all = run(Map.of(), "--help");
        for (String command : List.of("scan", "eval", "lists", "invoke", "emulators", "serve", "watch")) {
            assertTrue(all.out().contains("\n  sanctions-watch " + command + " ")
                    || all.out().contains("\n  sanctions-watch " + command + "\n"), command);
        }
    }

    @Test
    void aCommandLineThatCannotRunIsAnsweredWithItsCommandsHelp() {
        CommandRun r = run(Map.of(), "lists", "diff", "old.csv");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("sanctions-watch: lists diff needs OLD and NEW\nusage:\n"
                + "  sanctions-watch lists diff OLD NEW [--all]\n"), r.err());
        CommandRun unknown = run(Map.of(), "sacn", "story.txt");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("sanctions-watch: unknown command 'sacn'\nusage:\n"), unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void aWatchesTableWithoutRegionOrCredentialsIsNamedWithTheSettingsThatReachIt() {
        // HOME is the empty temporary directory: no ~/.aws profile to find either.
        Map<String, String> env = Map.of("WATCHES_TABLE", "WatchesTable", "HOME", dir.toString());
        for (List<String> command : List.of(List.of("watch", "list"), List.of("watch", "add", "pair:CN,KP"),
                List.of("watch", "remove", "cn-kp"))) {
            CommandRun r = run(env, command.toArray(String[]::new));
            assertEquals(1, r.status(), command.toString());
            assertEquals("sanctions-watch: the watches table WatchesTable needs an AWS region and AWS credentials: "
                    + "set AWS_REGION and the credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                    + "AWS_PROFILE); or run bin/sanctions-watch emulators and its exports; or unset WATCHES_TABLE "
                    + "for a local file of watches", r.errorLine());
            assertEquals("", r.out());
        }
    }

    @Test
    void aRegionWithoutCredentialsNamesTheCredentialsOnly() {
        CommandRun r = run(Map.of("AWS_REGION", "eu-west-1", "HOME", dir.toString()), "watch", "list");
        assertEquals(1, r.status());
        assertEquals("sanctions-watch: the watches table WatchesTable needs AWS credentials: set the credentials "
                + "(AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE); or run bin/sanctions-watch emulators "
                + "and its exports; or unset AWS_REGION for a local file of watches", r.errorLine());
    }

    @Test
    void aUrlTheFetchPolicyRefusesFailsWithTheReasonAndTheWayRoundIt() {
        Map<String, String> cases = Map.of(
                "http://127.0.0.1/", "http://127.0.0.1/: address 127.0.0.1 is loopback and never fetched; to fetch "
                        + "it all the same, set FETCH_ADMIT=127.0.0.1:80",
                "http://169.254.169.254/latest/meta-data/", "http://169.254.169.254/latest/meta-data/: address "
                        + "169.254.169.254 is link-local (the metadata service lives here) and never fetched; to "
                        + "fetch it all the same, set FETCH_ADMIT=169.254.169.254:80",
                "file:///etc/hosts", "file:///etc/hosts: only http and https URLs are fetched; give a local file "
                        + "by its path",
                "https://example.org:8443/news", "https://example.org:8443/news: port 8443 is not allowed (allowed: "
                        + "[80, 443]); to fetch it all the same, set FETCH_ADMIT=example.org:8443",
                "http://user@example.org/", "http://user@example.org/: user info in a URL is refused");
        cases.forEach((url, line) -> {
            CommandRun r = run(Map.of(), "scan", url);
            assertEquals(1, r.status(), url);
            assertEquals("sanctions-watch: " + line, r.errorLine());
            assertEquals("", r.out(), url);
        });
    }

    @Test
    void theFetchPolicyIsTheFunctionsOwnSetting() {
        CommandRun r = run(Map.of("FETCH_ALLOWED_PORTS", "8443"), "scan", "https://example.org/");
        assertEquals(1, r.status());
        assertEquals("sanctions-watch: https://example.org/: port 443 is not allowed (allowed: [8443]); to fetch "
                + "it all the same, set FETCH_ADMIT=example.org:443", r.errorLine());
    }

    @Test
    void aFileThatIsNotUtf8TextFailsAsSuch() throws Exception {
        Path png = dir.resolve("logo.png");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        Path zeros = dir.resolve("zeros.bin");
        Files.write(zeros, new byte[64]);
        for (Path file : List.of(png, zeros)) {
            CommandRun r = run(Map.of(), "scan", "--json", file.toString());
            assertEquals(1, r.status(), file.toString());
            assertEquals("sanctions-watch: " + file + ": not UTF-8 text (scan reads text and HTML files in UTF-8)",
                    r.errorLine());
            assertEquals("", r.out());
        }
        CommandRun relative = run(Map.of(), "scan", "logo.png");
        assertEquals("sanctions-watch: logo.png: not UTF-8 text (scan reads text and HTML files in UTF-8)",
                relative.errorLine());
    }

    @Test
    void anUnexpectedErrorIsOneLineAndItsStackTraceOnlyWithDebug() throws Exception {
        Path file = dir.resolve(".sanctions-watch/watches.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"watches\": 3}");
        String line = "sanctions-watch: " + file + ": not a watches file (an object with a \"watches\" array); "
                + "correct the file or delete it";
        for (List<String> command : List.of(List.of("watch", "list"), List.of("scan", "story.txt"))) {
            CommandRun r = run(Map.of(), command.toArray(String[]::new));
            assertEquals(1, r.status(), command.toString());
            assertEquals(line + " (run again with --debug for the stack trace)", r.errorLine());
        }

        CommandRun debug = run(Map.of(), "--debug", "watch", "list");
        assertEquals(1, debug.status());
        List<String> lines = debug.err().lines().toList();
        assertEquals(line, lines.get(0));
        assertEquals("java.lang.IllegalStateException: " + line.substring("sanctions-watch: ".length()),
                lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\tat sanctionswatch.alert.FileWatchStore.")),
                debug.err());
    }

    @Test
    void anyExceptionBecomesOneLineSayingWhatItSays() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(1, Main.unexpected(new IllegalStateException("first line\n  at [Source: x; line: 1]"), false,
                print));
        assertEquals(1, Main.unexpected(new NullPointerException(), false, print));
        assertEquals("sanctions-watch: first line at [Source: x; line: 1] (run again with --debug for the stack "
                + "trace)\nsanctions-watch: NullPointerException (run again with --debug for the stack trace)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void debugIsTakenFromAnywhereOnTheLine() {
        CommandRun r = run(Map.of(), "scan", "--debug", "file:///etc/hosts");
        assertEquals(1, r.status());
        assertEquals("sanctions-watch: file:///etc/hosts: only http and https URLs are fetched; give a local file by "
                + "its path", r.errorLine());
    }
}
