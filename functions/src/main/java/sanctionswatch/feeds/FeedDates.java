package sanctionswatch.feeds;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the dates feeds write: RFC 822 ({@code Tue, 21 Aug 2012 10:33:00 EST}, zone names included), ISO 8601
 * ({@code 2018-11-19T21:45:04.398Z}, {@code 2017-11-20T10:00:00-05:00}) and the {@code 2006-01-11 16:43:22 -0800}
 * some publishers use.
 */
public final class FeedDates {
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UT", "+0000"),
            Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"), Map.entry("EST", "-0500"),
            Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"),
            Map.entry("PDT", "-0700"), Map.entry("BST", "+0100"), Map.entry("CET", "+0100"),
            Map.entry("CEST", "+0200"), Map.entry("MSK", "+0300"), Map.entry("JST", "+0900"),
            Map.entry("KST", "+0900"));
    private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("d MMM yyyy H:mm[:ss] Z",
            Locale.ENGLISH);
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[ Z]",
            Locale.ENGLISH);

    private FeedDates() {}

    /** The instant a feed date stands for, or null when it cannot be read. */
    public static Instant parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO 8601 with an offset; try the others
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // not ISO 8601 without an offset
        }
        try {
            return OffsetDateTime.parse(rfc822(s), RFC822).toInstant();
        } catch (DateTimeParseException | IndexOutOfBoundsException ignored) {
            // not RFC 822
        }
        try {
            return OffsetDateTime.parse(s, SPACED).toInstant();
        } catch (DateTimeParseException ignored) {
            try {
                return LocalDateTime.parse(s, SPACED).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException alsoIgnored) {
                return null;
            }
        }
    }

    /** Drops the day name and turns a zone name into an offset: "21 Aug 2012 10:33:00 -0500". */
    private static String rfc822(String s) {
        int comma = s.indexOf(',');
        String rest = (comma >= 0 ? s.substring(comma + 1) : s).strip().replaceAll("\\s+", " ");
        int lastSpace = rest.lastIndexOf(' ');
        String zone = rest.substring(lastSpace + 1);
        String offset = ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (offset != null) {
            return rest.substring(0, lastSpace + 1) + offset;
        }
        if (zone.matches("[+-]\\d{2}:\\d{2}")) {
            return rest.substring(0, lastSpace + 1) + zone.replace(":", "");
        }
        return rest;
    }
}
