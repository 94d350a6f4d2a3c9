package sanctionswatch.local;

import sanctionswatch.alert.FileWatchStore;
import sanctionswatch.alert.Watch;
import sanctionswatch.alert.WatchStore;
import sanctionswatch.alert.Watches;
import sanctionswatch.aws.DynamoWatchStore;
import sanctionswatch.country.Countries;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code watch add|list|remove}: the watches where {@link WatchPlace} says, the table of the functions when AWS is set
 * up, a local file (which {@code scan} reads) when not.
 */
final class WatchCommand {
    private WatchCommand() {}

    /** What was asked: {@code list}, {@code add} a watch, or {@code remove} an id. */
    private record Request(String command, Watch watch, String id) {}

    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir)
            throws Main.UsageException, Main.Failure {
        Request request = parse(args);
        WatchPlace place = WatchPlace.of(env, workingDir);
        if (!place.inTable()) {
            out.println("watches in " + place);
            return act(request, out, err, new FileWatchStore(place.file()));
        }
        AwsAccess access = AwsAccess.of(env);
        if (!access.missing().isEmpty()) {
            throw new Main.Failure(unreachable(place, access, env));
        }
        try (DynamoDbClient dynamo = access.clients().dynamo()) {
            out.println("watches in " + place);
            return act(request, out, err, new DynamoWatchStore(dynamo, place.table()));
        } catch (SdkException e) {
            throw new Main.Failure(place + ": " + Main.oneLine(e) + "; check AWS_REGION, the AWS credentials and "
                    + "WATCHES_TABLE" + (access.endpoint() == null ? "" : ", and that the endpoint "
                    + access.endpoint() + " is up (bin/sanctions-watch emulators)"));
        }
    }

    /** The watches in {@code store}; the place is the caller's to print. */
    static int run(List<String> args, PrintStream out, WatchStore store) throws Main.UsageException {
        return act(parse(args), out, System.err, store);
    }

    /**
     * The one line for a table without region or credentials: what is missing, which settings give it, and the two
     * ways round it (the emulators, or the local file once the AWS settings are unset).
     */
    static String unreachable(WatchPlace place, AwsAccess access, Map<String, String> env) {
        List<String> set = access.missing().stream().map(m -> m.startsWith("an AWS region") ? "AWS_REGION"
                : "the credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)").toList();
        return "the watches " + place + " needs " + String.join(" and ", access.missing()) + ": set "
                + String.join(" and ", set) + "; or run bin/sanctions-watch emulators and its exports; or unset "
                + String.join(" and ", WatchPlace.awsSettings(env)) + " for a local file of watches";
    }

    private static Request parse(List<String> args) throws Main.UsageException {
        if (args.isEmpty()) {
            throw new Main.UsageException("watch needs add, list or remove");
        }
        switch (args.get(0)) {
            case "list" -> {
                return new Request("list", null, null);
            }
            case "add" -> {
                // The words of SPEC up to --id, so that name:Ashot Mkrtychev needs no quotes.
                int option = args.indexOf("--id");
                List<String> spec = args.subList(1, option < 0 ? args.size() : option);
                if (spec.isEmpty()) {
                    throw new Main.UsageException("watch add needs a SPEC");
                }
                if (option >= 0 && args.size() != option + 2) {
                    throw new Main.UsageException("--id takes one ID, after the SPEC");
                }
                String id = option < 0 ? null : args.get(option + 1);
                try {
                    return new Request("add", Watches.validate(Watches.parse(String.join(" ", spec), id),
                            Countries.bundled()), null);
                } catch (IllegalArgumentException e) {
                    throw new Main.UsageException(e.getMessage());
                }
            }
            case "remove" -> {
                if (args.size() < 2) {
                    throw new Main.UsageException("watch remove needs an ID");
                }
                return new Request("remove", null, args.get(1));
            }
            default -> throw new Main.UsageException("unknown watch command '" + args.get(0) + "'");
        }
    }

    private static int act(Request request, PrintStream out, PrintStream err, WatchStore store) {
        List<Watch> current = Watches.current(store);
        switch (request.command()) {
            case "list" -> {
                for (Watch w : current) {
                    out.println(w.id() + "\t" + w.describe());
                }
                return 0;
            }
            case "add" -> {
                store.put(request.watch());
                out.println("added " + request.watch().id() + "\t" + request.watch().describe());
                return 0;
            }
            default -> {
                if (store.remove(request.id())) {
                    out.println("removed " + request.id());
                    return 0;
                }
                err.println("sanctions-watch: no watch with id " + request.id() + "; `watch list` shows the ids");
                return 1;
            }
        }
    }
}
