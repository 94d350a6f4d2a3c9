package sanctionswatch.alert;

import com.fasterxml.jackson.annotation.JsonValue;
import sanctionswatch.json.Wire;

import java.util.Locale;

/**
 * How sure an alert is, as its document's {@code severity} and SNS attribute say (subscribers filter on it):
 * {@code high} (a list entry named in full), {@code medium} (a country pair), {@code low} (only a surname or a weak
 * alias; a digest).
 */
public enum Severity {
    HIGH, MEDIUM, LOW;

    /** As written in documents and attributes: {@code medium}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    /** The severity written {@code medium}. */
    public static Severity of(String wire) {
        return Wire.of(values(), wire, Severity::wire, "severity", "high, medium or low");
    }
}
