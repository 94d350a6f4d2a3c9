package sanctionswatch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages follow the pipeline, and no import runs back up it: {@code alert} may use {@code match}'s
 * {@code Mention}, but {@code match} never uses an alert. A room's rank is its place in the pipeline; a file may
 * use only rooms of a lower rank (the four primitives share rank 0 and use none of each other). Inside
 * {@code lists}, the model comes before its file formats and the formats before the refresh that reads them.
 */
class RoomsTest {
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("text", 0), Map.entry("json", 0), Map.entry("retry", 0), Map.entry("http", 0),
            Map.entry("feeds", 1), Map.entry("country", 2),
            Map.entry("lists", 3), Map.entry("lists.formats", 4), Map.entry("lists.refresh", 5),
            Map.entry("match", 6), Map.entry("article", 7), Map.entry("alert", 8), Map.entry("review", 9),
            Map.entry("scan", 10), Map.entry("aws", 11), Map.entry("functions", 12));
    private static final Path SOURCES = Path.of("src/main/java/sanctionswatch");
    /** A use of another room, by import or by a qualified name in the code ("sanctionswatch.scan.ScanResult"). */
    private static final Pattern USE = Pattern.compile("\\bsanctionswatch\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void everyRoomHasARankAndNoImportRunsBackUp() throws IOException {
        List<String> upward = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                String room = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                assertTrue(RANK.containsKey(room), "a room without a place in the pipeline: " + room);
                Matcher use = USE.matcher(Files.readString(file));
                while (use.find()) {
                    String other = use.group(1);
                    if (other.equals(room)) {
                        continue;
                    }
                    Integer rank = RANK.get(other);
                    if (rank == null || rank >= RANK.get(room)) {
                        upward.add(SOURCES.relativize(file) + " uses " + other);
                    }
                }
            }
        }
        assertTrue(files > 100, "sources not found under " + SOURCES.toAbsolutePath());
        assertEquals(List.of(), upward);
    }
}
