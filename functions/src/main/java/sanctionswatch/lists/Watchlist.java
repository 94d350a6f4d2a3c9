package sanctionswatch.lists;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The entries of one or more sanctions lists, by id. */
public final class Watchlist {
    private final Map<String, Entity> byId;

    public Watchlist(Collection<Entity> entities) {
        Map<String, Entity> map = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (map.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate entity id " + e.id());
            }
        }
        this.byId = map;
    }

    /** The entries, in list order; read-only, as one list may serve several parts of a function. */
    public Collection<Entity> entities() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public Optional<Entity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
