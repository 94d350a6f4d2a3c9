package sanctionswatch.local;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.lists.refresh.ListGuard;
import sanctionswatch.lists.refresh.WatchlistDiff;
import sanctionswatch.match.EntityLinks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code lists load PATH... [--links]}: what each list file holds, by source and type, and the entries linked across
 * them; {@code lists diff OLD NEW}: what
 * changed between two versions of a list; {@code lists compile PATH... --out FILE}: the compiled list a scanner loads.
 */
final class ListsCommand {
    /** How many entries of each kind the diff prints unless {@code --all}. */
    private static final int SHOWN = 20;

    private ListsCommand() {}

    /**
     * {@code lists load|diff|compile ...}: the sub-command's method, with {@code out} for what it found and {@code err}
     * for progress and errors. Exit status 0, or 1 when a file cannot be read (its file and line on {@code err}).
     */
    static int run(List<String> args, PrintStream out, PrintStream err) throws Main.UsageException {
        if (args.isEmpty()) {
            throw new Main.UsageException("lists needs load, diff or compile");
        }
        Lists lists = new Lists(new ListFiles(Countries.bundled()), out, err);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "load" -> lists.load(rest);
                case "diff" -> lists.diff(rest);
                case "compile" -> lists.compile(rest);
                default -> throw new Main.UsageException("lists needs load, diff or compile, not '" + args.get(0)
                        + "'");
            };
        } catch (ListFormatException | IOException e) {
            err.println("sanctions-watch: " + e.getMessage());
            return 1;
        }
    }

    /** The sub-commands, over the list readers and the command's two streams. */
    private record Lists(ListFiles files, PrintStream out, PrintStream err) {
        /**
         * {@code lists load PATH... [--links]}: each path's format, entries and records by source list, then the
         * entries per source (an entry two files give, as the US CSL gives OFAC's, counted once) and the groups of
         * entries taken for one entity; {@code --links} names each group across sources.
         */
        int load(List<String> args) throws Main.UsageException, IOException {
            boolean showLinks = args.contains("--links");
            List<String> paths = args.stream().filter(a -> !a.equals("--links")).toList();
            if (paths.isEmpty()) {
                throw new Main.UsageException("lists load needs at least one PATH");
            }
            Map<String, Entity> all = new LinkedHashMap<>();
            int again = 0;
            for (String a : paths) {
                ListFiles.Loaded loaded = read(files, Path.of(a), err);
                out.println(describe(loaded));
                if (!loaded.records().isEmpty()) {
                    out.println("  records by source list: " + bySize(loaded.records()));
                }
                for (Entity e : loaded.list().entities()) {
                    if (all.putIfAbsent(e.id(), e) != null) {
                        again++;
                    }
                }
            }
            Map<String, Map<EntityType, Integer>> bySource = new TreeMap<>();
            for (Entity e : all.values()) {
                bySource.computeIfAbsent(e.source(), s -> new EnumMap<>(EntityType.class))
                        .merge(e.type(), 1, Integer::sum);
            }
            bySource.forEach((source, types) -> out.println(source + ": " + types.values().stream()
                    .mapToInt(Integer::intValue).sum() + " entries " + types));
            if (again > 0) {
                // The US CSL republishes the SDN list under OFAC's ids: its rows are those entries.
                out.println(again + " entries given by more than one file, counted once");
            }
            List<EntityLinks.Group> groups = EntityLinks.of(new Watchlist(all.values())).groups();
            List<EntityLinks.Group> acrossSources = groups.stream().filter(g -> g.ids().stream()
                    .map(id -> all.get(id).source()).distinct().count() > 1).toList();
            out.println("linked: " + groups.size() + " groups of entries taken for one entity (by a shared "
                    + "document or IMO number, name and birth date, or an entry another list names), "
                    + acrossSources.size() + " across sources");
            if (showLinks) {
                for (EntityLinks.Group g : acrossSources) {
                    out.println("  " + String.join(" = ", new TreeSet<>(g.ids())) + "  "
                            + all.get(g.ids().iterator().next()).name() + "  (" + String.join("; ", g.why()) + ")");
                }
            }
            return 0;
        }

        /** {@code lists diff OLD NEW [--all]}: what changed, entry by entry, and whether a refresh would take it. */
        int diff(List<String> args) throws Main.UsageException, IOException {
            boolean all = args.contains("--all");
            List<String> paths = args.stream().filter(a -> !a.equals("--all")).toList();
            if (paths.size() != 2) {
                throw new Main.UsageException("lists diff needs OLD and NEW");
            }
            ListFiles.Loaded older = read(files, Path.of(paths.get(0)), err);
            ListFiles.Loaded newer = read(files, Path.of(paths.get(1)), err);
            ListGuard.Verdict verdict = new ListGuard(ListGuard.DEFAULT_MAX_LOSS).check(older.list(), newer.list());
            WatchlistDiff diff = verdict.diff();
            out.println(paths.get(0) + " -> " + paths.get(1) + ": " + diff.summary());
            if (!verdict.accepted()) {
                out.println("  a refresh would refuse the new version: " + verdict.reason());
            }
            print(out, "added", diff.added(), all);
            print(out, "removed", diff.removed(), all);
            List<WatchlistDiff.Change> changed = all ? diff.changed()
                    : diff.changed().subList(0, Math.min(SHOWN, diff.changed().size()));
            for (WatchlistDiff.Change c : changed) {
                out.println("  changed " + c.after().id() + "  " + c.after().name() + "  " + c.fields());
            }
            if (!all && diff.changed().size() > SHOWN) {
                out.println("  … " + (diff.changed().size() - SHOWN) + " more changed (--all shows all)");
            }
            return 0;
        }

        /** {@code lists compile PATH... --out FILE}: the entries of every path as one compiled list. */
        int compile(List<String> args) throws Main.UsageException, IOException {
            int o = args.indexOf("--out");
            if (o < 0 || o + 1 >= args.size()) {
                throw new Main.UsageException("lists compile needs --out FILE");
            }
            Path target = Path.of(args.get(o + 1));
            List<String> paths = new ArrayList<>(args);
            paths.remove(o + 1);
            paths.remove(o);
            if (paths.isEmpty()) {
                throw new Main.UsageException("lists compile needs at least one PATH");
            }
            List<Entity> all = new ArrayList<>();
            for (String a : paths) {
                all.addAll(read(files, Path.of(a), err).list().entities());
            }
            Watchlist list;
            try {
                list = new Watchlist(all);
            } catch (IllegalArgumentException e) {
                err.println("sanctions-watch: the lists given overlap: " + e.getMessage());
                return 1;
            }
            long started = System.nanoTime();
            try (var file = new BufferedOutputStream(Files.newOutputStream(target))) {
                CompiledWatchlist.write(list, file);
            }
            out.printf("%s: %d entries, %d bytes, written in %d ms%n", target, list.size(), Files.size(target),
                    (System.nanoTime() - started) / 1_000_000);
            return 0;
        }
    }

    private static ListFiles.Loaded read(ListFiles files, Path path, PrintStream progress) throws IOException {
        long bytes = Files.isDirectory(path) ? sizeOf(path) : Files.size(path);
        progress.printf("reading %s (%.1f MB)...%n", path, bytes / 1e6);
        long started = System.nanoTime();
        ListFiles.Loaded loaded = files.read(path);
        progress.printf("read %s: %d entries in %d ms%n", path, loaded.list().size(),
                (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static String describe(ListFiles.Loaded loaded) {
        Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
        int aliases = 0;
        int weak = 0;
        for (Entity e : loaded.list().entities()) {
            types.merge(e.type(), 1, Integer::sum);
            aliases += e.aliases().size();
            weak += (int) e.aliases().stream().filter(Alias::weak).count();
        }
        return loaded.path() + ": " + loaded.format() + ", " + loaded.list().size() + " entries " + types + ", "
                + aliases + " aliases (" + weak + " weak)"
                + (loaded.skipped() > 0 ? ", " + loaded.skipped() + " other records skipped" : "");
    }

    /** "us-csl-el 2001, us-csl-dtc 727, ...": the counts, largest first. */
    private static String bySize(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void print(PrintStream out, String what, List<Entity> entities, boolean all) {
        int n = all ? entities.size() : Math.min(SHOWN, entities.size());
        for (Entity e : entities.subList(0, n)) {
            out.println("  " + what + " " + e.id() + "  " + e.name() + "  " + e.programs());
        }
        if (n < entities.size()) {
            out.println("  … " + (entities.size() - n) + " more " + what + " (--all shows all)");
        }
    }
}
