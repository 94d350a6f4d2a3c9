package sanctionswatch.article;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an article's text came from, as its item's {@code textSource} and the scan log line say: {@code page} (the
 * page was fetched), {@code summary} (the feed's summary stood in), {@code file} (a text given whole on the command
 * line).
 */
public enum TextSource {
    PAGE, SUMMARY, FILE;

    /** As written in items and log lines: {@code summary}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return wire();
    }

    /** The source written {@code summary}. */
    public static TextSource of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown text source '" + wire
                        + "': page, summary or file"));
    }
}
