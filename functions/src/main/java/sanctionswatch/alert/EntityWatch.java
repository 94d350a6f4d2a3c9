package sanctionswatch.alert;

import java.util.List;

/**
 * A watched list entry, by id ({@code ofac-sdn:41736}): any of its names counts, and so does a mention of an entry of
 * another list taken for the same entity (the UN's entry of the same person). {@code lists}, when not empty, limits
 * the watch to mentions of the entity on those lists ({@code ["ofac-sdn", "uk"]}).
 */
public record EntityWatch(String id, String entityId, List<String> lists) implements Watch {
    public EntityWatch {
        if (entityId == null || !entityId.matches("[a-z0-9-]+:[A-Za-z0-9.\\-]+")) {
            throw new IllegalArgumentException("a list entry id looks like ofac-sdn:41736, not '" + entityId + "'");
        }
        lists = lists == null ? List.of() : List.copyOf(lists);
        for (String list : lists) {
            if (!list.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("a list id looks like ofac-sdn or uk, not '" + list + "'");
            }
        }
    }

    /** A watch of the entry on whichever list names it. */
    public EntityWatch(String id, String entityId) {
        this(id, entityId, List.of());
    }

    /** Whether a mention of the entity on {@code onLists} sets the watch off. */
    public boolean covers(List<String> onLists) {
        return lists.isEmpty() || onLists.stream().anyMatch(lists::contains);
    }

    @Override
    public WatchType type() {
        return WatchType.ENTITY;
    }

    @Override
    public String describe() {
        return "entity " + entityId;
    }
}
