package sanctionswatch.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A table of one reading for each Han character of the CJK Unified Ideographs block (U+4E00 to U+9FFF), read from a
 * file of one line a reading, the reading then a space then the characters read so ("wu 吴乌", "김 金"; lines starting
 * with # are comments): {@link HanPinyin}'s and {@link HanHangul}'s.
 */
final class HanReadings {
    static final int FIRST = 0x4E00;
    static final int END = 0xA000;

    private HanReadings() {
    }

    /** Each character's reading, at its code point less {@link #FIRST}; null for a character the table has not. */
    static String[] read(String resource) {
        String[] readings = new String[END - FIRST];
        try (InputStream in = HanReadings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int space = line.indexOf(' ');
                if (line.startsWith("#") || space < 0) {
                    continue;
                }
                String reading = line.substring(0, space).intern();
                for (int i = space + 1; i < line.length(); i++) {
                    readings[line.charAt(i) - FIRST] = reading;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readings;
    }

    /** The reading of {@code cp} in {@code readings}; null for a character outside the block or not in the table. */
    static String of(String[] readings, int cp) {
        return cp < FIRST || cp >= END ? null : readings[cp - FIRST];
    }
}
