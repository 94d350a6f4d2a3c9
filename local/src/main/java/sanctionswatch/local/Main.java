package sanctionswatch.local;

import java.util.Arrays;
import java.util.List;

/** {@code bin/sanctions-watch}: scan texts on the embedded default, invoke a function as SAM does, manage watches. */
public final class Main {
    static final String USAGE = """
            usage:
              sanctions-watch scan [--json|--explain] [--list PATH]... [--watch SPEC]... FILE|URL...
                  scan texts, HTML files or web pages against the bundled OFAC SDN snapshot (or the lists given
                  with --list: OFAC CSV folders, UN consolidated XML, OpenSanctions FtM JSON lines, .swl), with the
                  default watches (RU+KP) and any --watch given; nothing leaves the machine but the page fetches;
                  --explain says under each mention what its rule means and what else in the text decided it
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
                  manage the watches in the table WATCHES_TABLE (default WatchesTable);
                  SPEC is pair:RU,KP[,sentence|paragraph|article], entity:ofac-sdn:41736 or name:TEXT
            """;

    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) throws Exception {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            System.out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "scan" -> ScanCommand.run(rest, System.out);
                case "eval" -> EvalCommand.run(rest, System.out);
                case "invoke" -> InvokeCommand.run(rest);
                case "watch" -> WatchCommand.run(rest, System.out);
                case "emulators" -> EmulatorsCommand.run(System.out);
                case "lists" -> ListsCommand.run(rest, System.out, System.err);
                default -> throw new UsageException("unknown command '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            System.err.println("sanctions-watch: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
    }

    /** A command line that does not say what to do. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
