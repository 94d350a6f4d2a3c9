package sanctionswatch.lists;

/** What kind of thing a list entry designates. */
public enum EntityType {
    PERSON, ORGANISATION, VESSEL, AIRCRAFT
}
