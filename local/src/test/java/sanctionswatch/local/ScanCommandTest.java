package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sanctionswatch.json.Json;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bin/sanctions-watch scan}: the main job on the embedded default, and its JSON contract. */
class ScanCommandTest {
    private static final String STORY = TemplateResources.ROOT.resolve("events/seed-russia-nk-arms.txt").toString();

    /** The working directory: no watches file in it, so the watches are the defaults and those given. */
    @TempDir
    static Path workingDir;

    private static String run(List<String> args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ScanCommand.run(args, print(out), System.err, Map.of(), workingDir));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void theAfpStoryAsJson() throws Exception {
        String line = run(List.of("--json", STORY)).strip();
        assertEquals(1, line.lines().count());
        JsonNode doc = Json.mapper().readTree(line);
        assertEquals(List.of("source", "title", "mentions", "countries", "countryMentions", "alerts"),
                iterable(doc.fieldNames()));
        assertEquals("Russia seeking arms from N Korea for Ukraine war: W House", doc.get("title").asText());
        String text = Files.readString(Path.of(STORY));
        Set<String> entities = new HashSet<>();
        for (JsonNode m : doc.get("mentions")) {
            assertEquals(List.of("entityId", "name", "matched", "start", "end", "score", "programs", "rule",
                    "evidence"), iterable(m.fieldNames()));
            assertEquals(m.get("matched").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
            double score = m.get("score").asDouble();
            assertTrue(score > 0 && score <= 1);
            entities.add(m.get("entityId").asText() + " " + m.get("name").asText());
        }
        assertEquals(Set.of("ofac-sdn:41736 MKRTYCHEV, Ashot", "ofac-sdn:22543 PRIVATE MILITARY COMPANY 'WAGNER'",
                "ofac-sdn:35096 PUTIN, Vladimir Vladimirovich"), entities);
        List<String> countries = new ArrayList<>();
        doc.get("countries").forEach(c -> countries.add(c.asText()));
        assertEquals(List.of("CN", "KP", "RU", "SK", "UA", "US"), countries);
        assertEquals("ru-kp", doc.get("alerts").get(0).get("watch").asText());
        assertEquals(1, doc.get("alerts").size());
    }

    @Test
    void humanReadableByDefaultWithTheAlert() throws Exception {
        String out = run(List.of(STORY));
        assertTrue(out.contains("ofac-sdn:41736   MKRTYCHEV, Ashot  [DPRK]"), out);
        assertTrue(out.contains("“Ashot Mkrtychev” at 3107–3122  reordered 0.97"), out);
        assertTrue(out.contains("countries: CN KP RU SK UA US"), out);
        assertTrue(out.contains("ALERT ru-kp:"), out);
    }

    @Test
    void explainSaysWhatEachRuleMeansAndWhatElseDecided(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("kremlin.txt");
        Files.writeString(story, "Kremlin\n\nPutin told Russian lawmakers the economy would grow.\n");
        String printed = run(List.of("--explain", story.toString()));
        assertTrue(printed.contains("“Putin” at 9–14  surname alone 0.75\n          a surname no other listed "
                + "person has; RU named\n"), printed);
        JsonNode doc = Json.mapper().readTree(run(List.of("--json", story.toString())).strip());
        assertEquals("RU named", doc.get("mentions").get(0).get("evidence").asText());
    }

    @Test
    void htmlFilesAndExtraWatches(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><title>Hackers</title></head><body><nav>Putin</nav>"
                + "<article><p>The Lazarus Group struck a Chinese exchange again.</p></article></body></html>");
        JsonNode doc = Json.mapper().readTree(run(List.of("--json", "--watch", "entity:ofac-sdn:27307", page.toString())));
        assertEquals("Hackers", doc.get("title").asText());
        assertEquals(1, doc.get("mentions").size());
        assertEquals("entity-ofac-sdn-27307", doc.get("alerts").get(0).get("watch").asText());
        assertEquals("CN", doc.get("countries").get(0).asText());
    }

    @Test
    void aMissingFileFailsAloneAndBadOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String none = dir.resolve("none.txt").toString();
        assertEquals(1, ScanCommand.run(List.of("--json", none, STORY), print(out), print(err), Map.of(), workingDir));
        assertEquals(1, out.toString(StandardCharsets.UTF_8).strip().lines().count());
        assertEquals("sanctions-watch: " + none + ": no such file\n", err.toString(StandardCharsets.UTF_8));
        assertThrows(Main.UsageException.class, () -> scanWith(List.of()));
        assertThrows(Main.UsageException.class, () -> scanWith(List.of("--watch", "pair:RU,RU", STORY)));
        assertThrows(Main.UsageException.class, () -> scanWith(List.of("--colour", STORY)));
    }

    private static int scanWith(List<String> args) throws Exception {
        return ScanCommand.run(args, System.out, System.err, Map.of(), workingDir);
    }

    @Test
    void aFolderThatIsNoListIsAClearError(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, ScanCommand.run(List.of("--list", dir.toString(), STORY), System.out, print(err), Map.of(),
                workingDir));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains(dir + ": no sdn.csv or cons_prim.csv here"), said);
    }

    @Test
    void anotherListFolderReplacesTheBundledOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sdn.csv"),
                "1,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "Title\n\nJohn Doe met Ashot Mkrtychev.");
        JsonNode doc = Json.mapper().readTree(run(List.of("--json", "--list", dir.toString(), text.toString())));
        assertEquals(1, doc.get("mentions").size());
        assertEquals("ofac-sdn:1", doc.get("mentions").get(0).get("entityId").asText());
    }

    @Test
    void theUsCslFindsTheEntityListCompaniesARealArticleNames(@TempDir Path dir) throws Exception {
        Path corpus = TemplateResources.ROOT.resolve("functions/src/test/resources/sanctionswatch/corpus/"
                + "entity-list.jsonl");
        JsonNode labelled = Json.mapper().readTree(Files.readAllLines(corpus).get(0));
        Path text = dir.resolve("el-en-01.txt");
        Files.writeString(text, labelled.get("text").asText());
        String csl = TemplateResources.ROOT.resolve(
                "functions/src/test/resources/sanctionswatch/lists/us_csl_202205/consolidated.csv").toString();
        JsonNode doc = Json.mapper().readTree(run(List.of("--json", "--list", csl, text.toString())));
        Set<String> found = new HashSet<>();
        doc.get("mentions").forEach(m -> found.add(m.get("entityId").asText()));
        Set<String> expected = new HashSet<>();
        labelled.get("entities").forEach(e -> expected.add(e.asText()));
        assertEquals(expected, found, "NSO Group, Candiru, Positive Technologies, Computer Security Initiative "
                + "Consultancy: the Entity List records of each");
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
