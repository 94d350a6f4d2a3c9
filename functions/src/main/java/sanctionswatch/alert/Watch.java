package sanctionswatch.alert;

/** What a subscriber wants to hear about. */
public sealed interface Watch permits NameWatch, EntityWatch, CountryPairWatch {
    /** Stable id, also the value subscribers filter on ({@code watchId} message attribute). */
    String id();

    /** {@code name}, {@code entity} or {@code country-pair}. */
    String type();
}
