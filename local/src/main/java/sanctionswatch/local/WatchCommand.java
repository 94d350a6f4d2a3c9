package sanctionswatch.local;

import sanctionswatch.alert.CountryPairWatch;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.NameWatch;
import sanctionswatch.alert.Watch;
import sanctionswatch.alert.Watches;
import sanctionswatch.aws.DynamoWatchStore;
import sanctionswatch.country.Countries;
import sanctionswatch.functions.Wiring;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.PrintStream;
import java.util.List;

/** {@code watch add|list|remove}: the watches in DynamoDB (table WATCHES_TABLE, default WatchesTable). */
final class WatchCommand {
    private WatchCommand() {}

    static int run(List<String> args, PrintStream out) throws Main.UsageException {
        String table = System.getenv().getOrDefault("WATCHES_TABLE", "WatchesTable");
        try (DynamoDbClient dynamo = Wiring.dynamo()) {
            return run(args, out, new DynamoWatchStore(dynamo, table));
        }
    }

    static int run(List<String> args, PrintStream out, DynamoWatchStore store) throws Main.UsageException {
        if (args.isEmpty()) {
            throw new Main.UsageException("watch needs add, list or remove");
        }
        switch (args.get(0)) {
            case "list" -> {
                for (Watch w : Watches.current(store)) {
                    out.println(w.id() + "\t" + describe(w));
                }
                return 0;
            }
            case "add" -> {
                if (args.size() < 2) {
                    throw new Main.UsageException("watch add needs a SPEC");
                }
                String id = args.size() >= 4 && args.get(2).equals("--id") ? args.get(3) : null;
                Watch w;
                try {
                    w = Watches.validate(Watches.parse(args.get(1), id), Countries.bundled());
                } catch (IllegalArgumentException e) {
                    throw new Main.UsageException(e.getMessage());
                }
                Watches.current(store);
                store.put(w);
                out.println("added " + w.id() + "\t" + describe(w));
                return 0;
            }
            case "remove" -> {
                if (args.size() < 2) {
                    throw new Main.UsageException("watch remove needs an ID");
                }
                Watches.current(store);
                if (store.remove(args.get(1))) {
                    out.println("removed " + args.get(1));
                    return 0;
                }
                System.err.println("sanctions-watch: no watch with id " + args.get(1));
                return 1;
            }
            default -> throw new Main.UsageException("unknown watch command '" + args.get(0) + "'");
        }
    }

    static String describe(Watch w) {
        if (w instanceof CountryPairWatch p) {
            return "pair " + p.first() + "+" + p.second() + " (same " + p.scopeName() + ")";
        }
        if (w instanceof EntityWatch e) {
            return "entity " + e.entityId();
        }
        return "name " + ((NameWatch) w).name();
    }
}
