package sanctionswatch.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code --help} prints: for the whole command line, a command or a sub-command. {@code sanctions-watch lists
 * diff --help} prints the entry of {@code lists diff}; {@code sanctions-watch lists --help} that of {@code lists},
 * with its sub-commands; {@code sanctions-watch --help} every command ({@link #usage()}).
 */
final class Help {
    private Help() {}

    /** Each command's entry, in the order the overall usage lists them; a sub-command's under "command sub". */
    private static final Map<String, String> ENTRIES = entries();

    private static Map<String, String> entries() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("scan", """
                  sanctions-watch scan [--json|--explain] [--list PATH]... [--watch SPEC]... FILE|URL...
                      scan texts, HTML files or web pages against the bundled OFAC SDN snapshot (or the lists given
                      with --list: OFAC CSV folders, UN consolidated XML, OpenSanctions FtM JSON lines, .swl), with the
                      default watches (RU+KP), those `watch` keeps in the local file and any --watch given; nothing
                      leaves the machine but the page fetches, under the functions' fetch policy (FETCH_ALLOWED_PORTS,
                      FETCH_ADMIT); --explain says under each mention what its rule means and what else in the text
                      decided it
                """);
        e.put("eval", """
                  sanctions-watch eval CORPUS.jsonl... [--list PATH]... [--half dev|test|all]
                      precision, recall and F1 of the scanner on labelled texts (JSON lines: text, entities,
                      countries), by category, language and rule, then every error with its span
                """);
        e.put("lists", """
                  sanctions-watch lists load PATH... [--links] | lists diff OLD NEW [--all]
                  sanctions-watch lists compile PATH... --out FILE
                      what list files hold, by source and type; what changed between two versions of a list; the
                      compiled list (.swl) a scanner loads, which --list and the other lists commands read too
                """);
        e.put("lists load", """
                  sanctions-watch lists load PATH... [--links]
                      each PATH's format (told from the path: an OFAC CSV folder, sdn.csv or cons_prim.csv, UN, EU
                      (current or legacy) or OFAC XML (SDN, advanced, Enhanced), UK ConList CSV, UK Sanctions List
                      XML, US CSL CSV, FtM JSON lines, .swl) and its entries by type with their aliases and records
                      by source list, then the entries per source (one two files give counted once) and the groups
                      of linked entries (--links names those across sources); progress goes to standard error
                """);
        e.put("lists diff", """
                  sanctions-watch lists diff OLD NEW [--all]
                      what changed from OLD to NEW, entry by entry: added, removed, and changed in name, type,
                      programmes, aliases, countries or IMO numbers, the first 20 of each (--all for all); says when a
                      refresh would refuse NEW (empty, or more than 10 % of the entries lost)
                """);
        e.put("lists compile", """
                  sanctions-watch lists compile PATH... --out FILE
                      the entries of every PATH as one compiled list (.swl) written to FILE, which a scanner loads and
                      --list and the other lists commands read; lists that share an entry id are refused
                """);
        e.put("invoke", """
                  sanctions-watch invoke FUNCTION -e EVENT.json [--env-vars ENV.json] [--template template.yaml]
                      run a function of template.yaml on an event, the way `sam local invoke` does; AWS endpoints,
                      region and credentials come from the environment (AWS_ENDPOINT_URL, AWS_REGION, ...)
                """);
        e.put("emulators", """
                  sanctions-watch emulators
                      start DynamoDB and SNS/SQS/S3 emulators on loopback with the buckets, tables, queues and topics of
                      template.yaml, print the environment that points invoke and watch at them, run until Ctrl-C
                """);
        e.put("serve", """
                  sanctions-watch serve [--port N]
                      what `emulators` does, and the HTTP API routes of template.yaml (the review page and its
                      decisions, the watches API) on 127.0.0.1:N (default 3000; 0: any free port), as `sam local
                      start-api` serves them; prints the same exports and REVIEW_BASE_URL and REVIEW_KEY, so functions
                      invoked with them put review links that open there in their alerts; runs until Ctrl-C
                """);
        e.put("watch", """
                  sanctions-watch watch add SPEC [--id ID] | watch list | watch remove ID
                      manage the watches: without AWS settings in a local file, .sanctions-watch/watches.json under the
                      working directory or the file WATCHES_FILE names, which scan reads; with WATCHES_TABLE, AWS_REGION
                      or AWS_ENDPOINT_URL[_DYNAMODB] set (the exports of `emulators`), in the table WATCHES_TABLE
                      (default WatchesTable); SPEC is pair:RU,KP[,sentence|paragraph|article], entity:ofac-sdn:41736
                      or name:TEXT
                """);
        e.put("watch add", """
                  sanctions-watch watch add SPEC [--id ID]
                      add a watch: SPEC is pair:RU,KP[,sentence|paragraph|article] (two states named together),
                      entity:ofac-sdn:41736 (a list entry by any of its names) or name:TEXT (a name, no quotes needed:
                      name:Ashot Mkrtychev); its id is made from SPEC (ru-kp, name-ashot-mkrtychev) unless --id gives one
                      (where the watches are kept: sanctions-watch watch --help)
                """);
        e.put("watch list", """
                  sanctions-watch watch list
                      the watches in force, one a line: the id, then what it watches (the default RU+KP pair until
                      removed)
                      (where the watches are kept: sanctions-watch watch --help)
                """);
        e.put("watch remove", """
                  sanctions-watch watch remove ID
                      remove the watch ID (`watch list` shows the ids)
                      (where the watches are kept: sanctions-watch watch --help)
                """);
        e.put("decisions", """
                  sanctions-watch decisions export
                      the analysts' decisions from review pages (the table DECISIONS_TABLE, default DecisionsTable,
                      with the AWS settings `watch` uses) as labelled JSON lines in the format `eval` reads: a
                      confirmed entry labelled, one marked "not this entry" left out, each decision in the line's note
                """);
        return e;
    }

    private static final String DEBUG = """
              --debug, with any command
                  print the stack trace of an unexpected error; without it, every error is one line on standard
                  error that says what happened and what to do (exit status 1; 2 for a command line it cannot run)
              --help, after any command or sub-command
                  what it does and takes: sanctions-watch lists diff --help
            """;

    /** Every command: what {@code sanctions-watch --help} prints, and a command line that cannot run. */
    static String usage() {
        StringBuilder b = new StringBuilder("usage:\n");
        ENTRIES.forEach((command, entry) -> {
            if (!command.contains(" ")) {
                b.append(entry);
            }
        });
        return b.append(DEBUG).toString();
    }

    /**
     * The help asked for, if {@code --help} or {@code -h} is among the arguments ({@link #of}).
     */
    static Optional<String> asked(List<String> args) {
        return args.contains("--help") || args.contains("-h") ? Optional.of(of(args)) : Optional.empty();
    }

    /**
     * The help of the sub-command or command the arguments start with ({@code [lists, diff, a, b]} is
     * {@code lists diff}; {@code [lists]} is {@code lists} with its sub-commands), or the whole usage when they name
     * none: what {@code --help} prints, and what a command line that cannot run is answered with.
     */
    static String of(List<String> args) {
        if (args.size() > 1) {
            String sub = ENTRIES.get(args.get(0) + " " + args.get(1));
            if (sub != null) {
                return "usage:\n" + sub;
            }
        }
        String command = args.isEmpty() ? null : ENTRIES.get(args.get(0));
        if (command == null) {
            return usage();
        }
        StringBuilder b = new StringBuilder("usage:\n").append(command);
        ENTRIES.forEach((name, entry) -> {
            if (name.startsWith(args.get(0) + " ")) {
                b.append(entry);
            }
        });
        return b.toString();
    }

    /** The commands and sub-commands that have an entry: {@code scan}, …, {@code watch remove}. */
    static List<String> commands() {
        return List.copyOf(ENTRIES.keySet());
    }
}
