package sanctionswatch.alert;

/** A watched list entry, by id ({@code ofac-sdn:41736}): any of its names counts. */
public record EntityWatch(String id, String entityId) implements Watch {
    public EntityWatch {
        if (entityId == null || !entityId.matches("[a-z0-9-]+:[A-Za-z0-9.\\-]+")) {
            throw new IllegalArgumentException("a list entry id looks like ofac-sdn:41736, not '" + entityId + "'");
        }
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
