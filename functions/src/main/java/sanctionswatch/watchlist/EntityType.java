package sanctionswatch.watchlist;

/** What kind of thing a list entry designates. */
public enum EntityType {
    PERSON, ORGANISATION, VESSEL, AIRCRAFT
}
