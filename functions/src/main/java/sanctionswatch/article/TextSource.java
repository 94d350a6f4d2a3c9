package sanctionswatch.article;

import com.fasterxml.jackson.annotation.JsonValue;
import sanctionswatch.json.Wire;

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
        return Wire.of(values(), wire, TextSource::wire, "text source", "page, summary or file");
    }
}
