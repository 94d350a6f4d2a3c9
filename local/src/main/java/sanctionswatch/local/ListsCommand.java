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

/**
 * {@code lists load PATH... [--links]}: what each list file holds, by source list and type, and the groups of entries
 * taken for one entity across them ({@code --links} names each); {@code lists diff OLD NEW}: what
 * changed between two versions of a list; {@code lists compile PATH... --out FILE}: the compiled list a scanner loads.
 */
final class ListsCommand {
    /** How many entries of each kind the diff prints unless {@code --all}. */
    private static final int SHOWN = 20;

    private ListsCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream progress) throws Main.UsageException {
        if (args.isEmpty()) {
            throw new Main.UsageException("lists needs load, diff or compile");
        }
        ListFiles files = new ListFiles(Countries.bundled());
        try {
            switch (args.get(0)) {
                case "load" -> {
                    boolean showLinks = args.contains("--links");
                    List<String> paths = args.subList(1, args.size()).stream().filter(a -> !a.equals("--links"))
                            .toList();
                    if (paths.isEmpty()) {
                        throw new Main.UsageException("lists load needs at least one PATH");
                    }
                    Map<String, Entity> all = new LinkedHashMap<>();
                    int again = 0;
                    for (String a : paths) {
                        ListFiles.Loaded loaded = read(files, Path.of(a), progress);
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
                                    + all.get(g.ids().iterator().next()).name() + "  (" + String.join("; ", g.why())
                                    + ")");
                        }
                    }
                    return 0;
                }
                case "diff" -> {
                    boolean all = args.contains("--all");
                    List<String> paths = args.subList(1, args.size()).stream().filter(a -> !a.equals("--all"))
                            .toList();
                    if (paths.size() != 2) {
                        throw new Main.UsageException("lists diff needs OLD and NEW");
                    }
                    ListFiles.Loaded older = read(files, Path.of(paths.get(0)), progress);
                    ListFiles.Loaded newer = read(files, Path.of(paths.get(1)), progress);
                    ListGuard.Verdict verdict = new ListGuard(ListGuard.DEFAULT_MAX_LOSS).check(older.list(),
                            newer.list());
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
                case "compile" -> {
                    int o = args.indexOf("--out");
                    if (o < 0 || o + 1 >= args.size()) {
                        throw new Main.UsageException("lists compile needs --out FILE");
                    }
                    Path target = Path.of(args.get(o + 1));
                    List<String> paths = new ArrayList<>(args.subList(1, args.size()));
                    paths.remove(o);
                    paths.remove(o - 1);
                    if (paths.isEmpty()) {
                        throw new Main.UsageException("lists compile needs at least one PATH");
                    }
                    List<Entity> all = new ArrayList<>();
                    for (String a : paths) {
                        all.addAll(read(files, Path.of(a), progress).list().entities());
                    }
                    Watchlist list;
                    try {
                        list = new Watchlist(all);
                    } catch (IllegalArgumentException e) {
                        System.err.println("sanctions-watch: the lists given overlap: " + e.getMessage());
                        return 1;
                    }
                    long started = System.nanoTime();
                    try (var out2 = new BufferedOutputStream(Files.newOutputStream(target))) {
                        CompiledWatchlist.write(list, out2);
                    }
                    out.printf("%s: %d entries, %d bytes, written in %d ms%n", target, list.size(), Files.size(target),
                            (System.nanoTime() - started) / 1_000_000);
                    return 0;
                }
                default -> throw new Main.UsageException("lists needs load, diff or compile, not '" + args.get(0)
                        + "'");
            }
        } catch (ListFormatException | IOException e) {
            System.err.println("sanctions-watch: " + e.getMessage());
            return 1;
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

    /** "ofac-sdn 10026, us-csl-el 2001, …": the largest first. */
    private static String bySize(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
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
