package sanctionswatch.alert;

/** What a subscriber wants to hear about. */
public sealed interface Watch permits NameWatch, EntityWatch, CountryPairWatch {
    /** Stable id, also the value subscribers filter on ({@code watchId} message attribute). */
    String id();

    /** A name, a list entry or a pair of countries. */
    WatchType type();

    /** What it watches, as a person reads it: {@code pair RU+KP (same paragraph)}, {@code name Ashot Mkrtychev}. */
    String describe();
}
