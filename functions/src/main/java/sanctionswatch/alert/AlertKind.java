package sanctionswatch.alert;

import com.fasterxml.jackson.annotation.JsonValue;
import sanctionswatch.json.Wire;

import java.util.Locale;

/**
 * Why an alert went out, as its document's {@code kind} and SNS attribute say: {@code alert} (an article scanned now
 * set it off), {@code retro} (a stored article names an entry added to the lists after it was scanned), {@code digest}
 * (the summary of the alerts a fatigue window held back).
 */
public enum AlertKind {
    ALERT, RETRO, DIGEST;

    /** As written in documents and attributes: {@code retro}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    /** The kind written {@code retro}. */
    public static AlertKind of(String wire) {
        return Wire.of(values(), wire, AlertKind::wire, "alert kind", "alert, retro or digest");
    }
}
