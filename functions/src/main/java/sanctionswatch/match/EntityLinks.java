package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The same real entity on several lists stays several entries; these are the links between them. Two entries are
 * linked when they share an identifier (an IMO number, or a document number of six characters or more, compared
 * without spaces and punctuation; not a wallet address, which associates share), or a name and a date of birth (the
 * name's words folded and in any order: "MKRTYCHEV, Ashot" and "Ashot Mkrtychev"), or when one names the other as the
 * same entry ({@link EntityDetails#LISTED_AS}: the UK Sanctions List's {@code uk:AFG0006} is OFSI's {@code
 * uk-ofsi:7172} and the UN's {@code un-sc:TAi.002}). Links are transitive: each entry belongs to at most one group.
 */
public final class EntityLinks {
    /**
     * A group of entries taken for one entity.
     *
     * @param ids the entries, sorted
     * @param why what tied them, one reason per link found ("passport BD3843329", "name and birth date 1966-05-07")
     */
    public record Group(Set<String> ids, List<String> why) {}

    private final Map<String, Group> byId;
    private final List<Group> groups;

    private EntityLinks(List<Group> groups) {
        this.groups = List.copyOf(groups);
        Map<String, Group> map = new HashMap<>();
        groups.forEach(g -> g.ids().forEach(id -> map.put(id, g)));
        this.byId = map;
    }

    public static EntityLinks of(Watchlist list) {
        Map<String, List<Entity>> byKey = new LinkedHashMap<>();
        for (Entity e : list.entities()) {
            for (String key : keys(e)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
            }
        }
        Map<String, String> parent = new HashMap<>();
        Map<String, List<String>> reasons = new HashMap<>();
        byKey.forEach((key, entities) -> {
            if (entities.size() < 2) {
                return;
            }
            String first = entities.get(0).id();
            for (Entity other : entities.subList(1, entities.size())) {
                if (!other.id().equals(first)) {
                    union(parent, first, other.id());
                    reasons.computeIfAbsent(first, k -> new ArrayList<>()).add(key);
                }
            }
        });
        Map<String, Set<String>> members = new LinkedHashMap<>();
        Map<String, List<String>> why = new LinkedHashMap<>();
        for (String id : parent.keySet()) {
            String root = find(parent, id);
            members.computeIfAbsent(root, k -> new TreeSet<>()).add(id);
        }
        reasons.forEach((id, keys) -> why.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).addAll(keys));
        List<Group> groups = new ArrayList<>();
        members.forEach((root, ids) -> groups.add(new Group(Set.copyOf(new TreeSet<>(ids)),
                List.copyOf(new TreeSet<>(why.getOrDefault(root, List.of()))))));
        return new EntityLinks(groups);
    }

    public List<Group> groups() {
        return groups;
    }

    /**
     * The entries of other lists than {@code e}'s taken for the same entity, in id order: for the OFAC SDN entry of a
     * person the UN and the UK list too, their entries there. Entries of its own list linked to it (a namesake born the
     * same day, an entry given twice) are not the other lists' word on it, and are left out.
     */
    public List<Entity> onOtherLists(Entity e, Watchlist list) {
        List<Entity> others = new ArrayList<>(2);
        for (String id : linked(e.id())) {
            list.find(id).filter(o -> !o.source().equals(e.source())).ifPresent(others::add);
        }
        return others;
    }

    /** The other entries taken for the same entity as {@code id}. */
    public Set<String> linked(String id) {
        Group g = byId.get(id);
        if (g == null) {
            return Set.of();
        }
        Set<String> others = new TreeSet<>(g.ids());
        others.remove(id);
        return others;
    }

    /** What may tie an entry to another: its identifiers, and each of its names with each date of birth. */
    private static Collection<String> keys(Entity e) {
        List<String> keys = new ArrayList<>();
        // An entry another list names as the same (the UK Sanctions List's OFSI group, uk-ofsi:7172) is tied by it.
        keys.add("entry " + e.id());
        e.imoNumbers().forEach(n -> keys.add("IMO " + n));
        for (EntityDetails.Identifier i : e.details().identifiers()) {
            if (i.type().equals(EntityDetails.LISTED_AS)) {
                keys.add("entry " + i.value());
                continue;
            }
            if (i.type().startsWith("Digital Currency Address")) {
                // A wallet is shared by people who are not one another: 1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL is both
                // KHATIBI AGHADA's and NIKAEEN RAVARI's.
                continue;
            }
            String value = i.value().replaceAll("[^\\p{Alnum}]", "").toUpperCase(java.util.Locale.ROOT);
            if (value.length() >= 6) {
                keys.add("document " + value);
            }
        }
        if (!e.details().birthDates().isEmpty()) {
            for (String name : e.strongNames()) {
                String words = nameKey(name);
                for (String date : e.details().birthDates()) {
                    keys.add("name " + words + " born " + date);
                }
            }
        }
        return keys;
    }

    private static String nameKey(String name) {
        TreeSet<String> words = new TreeSet<>();
        for (Token t : Tokenizer.tokenize(name)) {
            words.add(t.norm());
        }
        return String.join(" ", words);
    }

    private static String find(Map<String, String> parent, String id) {
        String p = parent.computeIfAbsent(id, k -> k);
        if (p.equals(id)) {
            return id;
        }
        String root = find(parent, p);
        parent.put(id, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
