package sanctionswatch.lists.refresh;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.Watchlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one version of a list to the next, entry by entry (by id): added, removed, and changed (name,
 * type, programmes, aliases, countries, IMO numbers). Aliases and countries are compared only when both versions
 * carry some (a bare {@code sdn.csv} has neither, but for the weak aliases its remarks give), so a missing file does
 * not read as every entry changed.
 */
public record WatchlistDiff(List<Entity> added, List<Entity> removed, List<Change> changed) {
    /** No change. */
    public static final WatchlistDiff NONE = new WatchlistDiff(List.of(), List.of(), List.of());

    /** An entry in both versions whose listed fields differ. */
    public record Change(Entity before, Entity after, List<String> fields) {}

    public static WatchlistDiff between(Watchlist older, Watchlist newer) {
        boolean aliases = carries(older, true) && carries(newer, true);
        boolean countries = carries(older, false) && carries(newer, false);
        List<Entity> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (Entity after : newer.entities()) {
            Entity before = older.find(after.id()).orElse(null);
            if (before == null) {
                added.add(after);
                continue;
            }
            List<String> fields = new ArrayList<>(2);
            if (!before.name().equals(after.name())) {
                fields.add("name");
            }
            if (before.type() != after.type()) {
                fields.add("type");
            }
            if (!before.programs().equals(after.programs())) {
                fields.add("programmes");
            }
            if (aliases && !before.aliases().equals(after.aliases())) {
                fields.add("aliases");
            }
            if (countries && !before.countries().equals(after.countries())) {
                fields.add("countries");
            }
            if (!Objects.equals(before.imoNumbers(), after.imoNumbers())) {
                fields.add("IMO numbers");
            }
            if (!fields.isEmpty()) {
                changed.add(new Change(before, after, List.copyOf(fields)));
            }
        }
        List<Entity> removed = new ArrayList<>();
        for (Entity before : older.entities()) {
            if (newer.find(before.id()).isEmpty()) {
                removed.add(before);
            }
        }
        return new WatchlistDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    private static boolean carries(Watchlist list, boolean aliases) {
        return list.entities().stream().anyMatch(e -> aliases ? e.aliases().stream().anyMatch(a -> !a.weak())
                : !e.countries().isEmpty());
    }

    /** "1256 added, 112 removed, 40 changed". */
    public String summary() {
        return added.size() + " added, " + removed.size() + " removed, " + changed.size() + " changed";
    }
}
