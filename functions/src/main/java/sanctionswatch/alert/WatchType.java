package sanctionswatch.alert;

import com.fasterxml.jackson.annotation.JsonValue;
import sanctionswatch.json.Wire;

/**
 * What a watch watches, as stored, sent and filtered on: the {@code type} of a watch item and of a
 * {@code POST /watches} body, the {@code watchType} of an alert and of its SNS message attribute ({@code name},
 * {@code entity}, {@code country-pair}).
 */
public enum WatchType {
    NAME("name"), ENTITY("entity"), COUNTRY_PAIR("country-pair");

    private final String wire;

    WatchType(String wire) {
        this.wire = wire;
    }

    /** As written in items, documents and attributes: {@code country-pair}. */
    @JsonValue
    public String wire() {
        return wire;
    }

    @Override
    public String toString() {
        return wire;
    }

    /** The type written {@code country-pair}; an unknown one is refused with the three there are. */
    public static WatchType of(String wire) {
        return Wire.of(values(), wire, WatchType::wire, "type", "country-pair, entity or name");
    }
}
