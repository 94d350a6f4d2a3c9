package sanctionswatch.alert;

/** A watched name, free text, matched the way list names are ("LAST, First" or as written). */
public record NameWatch(String id, String name) implements Watch {
    public NameWatch {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name watch needs a name");
        }
    }

    @Override
    public WatchType type() {
        return WatchType.NAME;
    }

    @Override
    public String describe() {
        return "name " + name;
    }
}
