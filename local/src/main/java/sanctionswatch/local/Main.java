package sanctionswatch.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@code bin/sanctions-watch}: scan texts on the embedded default, invoke a function as SAM does, manage watches. */
public final class Main {
    static final String USAGE = """
            usage:
              sanctions-watch scan [--json|--explain] [--list PATH]... [--watch SPEC]... FILE|URL...
                  scan texts, HTML files or web pages against the bundled OFAC SDN snapshot (or the lists given
                  with --list: OFAC CSV folders, UN consolidated XML, OpenSanctions FtM JSON lines, .swl), with the
                  default watches (RU+KP), those `watch` keeps in the local file and any --watch given; nothing
                  leaves the machine but the page fetches, under the functions' fetch policy (FETCH_ALLOWED_PORTS,
                  FETCH_ADMIT); --explain says under each mention what its rule means and what else in the text
                  decided it
              sanctions-watch eval CORPUS.jsonl... [--list PATH]... [--half dev|test|all]
                  precision, recall and F1 of the scanner on labelled texts (JSON lines: text, entities,
                  countries), by category, language and rule, then every error with its span
              sanctions-watch lists load PATH... | lists diff OLD NEW [--all] | lists compile PATH... --out FILE
                  what list files hold, by source and type; what changed between two versions of a list; the
                  compiled list (.swl) a scanner loads, which --list and the other lists commands read too
              sanctions-watch invoke FUNCTION -e EVENT.json [--env-vars ENV.json] [--template template.yaml]
                  run a function of template.yaml on an event, the way `sam local invoke` does; AWS endpoints,
                  region and credentials come from the environment (AWS_ENDPOINT_URL, AWS_REGION, ...)
              sanctions-watch emulators
                  start DynamoDB and SNS/SQS/S3 emulators on loopback with the buckets, tables, queues and topics of
                  template.yaml, print the environment that points invoke and watch at them, run until Ctrl-C
              sanctions-watch watch add SPEC [--id ID] | watch list | watch remove ID
                  manage the watches: without AWS settings in a local file, .sanctions-watch/watches.json under the
                  working directory or the file WATCHES_FILE names, which scan reads; with WATCHES_TABLE, AWS_REGION
                  or AWS_ENDPOINT_URL[_DYNAMODB] set (the exports of `emulators`), in the table WATCHES_TABLE
                  (default WatchesTable); SPEC is pair:RU,KP[,sentence|paragraph|article], entity:ofac-sdn:41736
                  or name:TEXT
              sanctions-watch decisions export
                  the analysts' decisions from review pages (the table DECISIONS_TABLE, default DecisionsTable,
                  with the AWS settings `watch` uses) as labelled JSON lines in the format `eval` reads: a
                  confirmed entry labelled, one marked "not this entry" left out, each decision in the line's note
              --debug, with any command
                  print the stack trace of an unexpected error; without it, every error is one line on standard
                  error that says what happened and what to do (exit status 1; 2 for a command line it cannot run)
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err, System.getenv(),
                Path.of("").toAbsolutePath()));
    }

    /**
     * Runs a command. Exit status 0, 1 when it failed (one line on {@code err} says what happened and what to do;
     * the stack trace of an unexpected error too with {@code --debug}), 2 when the command line says nothing to do.
     *
     * @param env        the environment (AWS settings, where watches are kept, the fetch policy)
     * @param workingDir where relative paths start
     */
    static int run(List<String> arguments, PrintStream out, PrintStream err, Map<String, String> env,
                   Path workingDir) {
        boolean debug = arguments.contains("--debug");
        List<String> args = arguments.stream().filter(a -> !a.equals("--debug")).toList();
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "scan" -> ScanCommand.run(rest, out, err, env, workingDir);
                case "eval" -> EvalCommand.run(rest, out);
                case "invoke" -> InvokeCommand.run(rest);
                case "watch" -> WatchCommand.run(rest, out, err, env, workingDir);
                case "emulators" -> EmulatorsCommand.run(out);
                case "lists" -> ListsCommand.run(rest, out, err);
                case "decisions" -> DecisionsCommand.run(rest, out, env);
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("sanctions-watch: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (Failure e) {
            err.println("sanctions-watch: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            return unexpected(e, debug, err);
        }
    }

    /** An error no command foresaw: what it says, in one line; where it happened only when asked. */
    static int unexpected(Exception e, boolean debug, PrintStream err) {
        if (debug) {
            err.println("sanctions-watch: " + oneLine(e));
            e.printStackTrace(err);
        } else {
            err.println("sanctions-watch: " + oneLine(e) + " (run again with --debug for the stack trace)");
        }
        return 1;
    }

    /** What an exception says, on one line: its message, or its kind when it says nothing. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A failure the command has explained: its message is the one line printed, after {@code sanctions-watch: }. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** A command line that does not say what to do. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
