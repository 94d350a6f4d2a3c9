package sanctionswatch.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sanctionswatch.json.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code watch add|list|remove} on the embedded default: without AWS settings the watches are kept in a file under the
 * working directory, and {@code scan} alerts on them beside the default RU+KP. (The table is
 * {@code PipelineTest.watchesAreManagedInTheTable}.)
 */
class WatchCommandTest {
    private static final String STORY = TemplateResources.ROOT.resolve("events/seed-russia-nk-arms.txt").toString();

    @TempDir
    Path dir;


    private CommandRun run(Map<String, String> env, String... args) {
        return CommandRun.of(dir, env, args);
    }

    /** The watches of the alerts {@code scan --json} reports for the AFP story, in order of id. */
    private List<String> alertsOnTheStory(Map<String, String> env) throws Exception {
        CommandRun scan = run(env, "scan", "--json", STORY);
        assertEquals(0, scan.status(), scan.err());
        assertEquals("", scan.err());
        List<String> watches = new ArrayList<>();
        Json.mapper().readTree(scan.out()).get("alerts").forEach(a -> watches.add(a.get("watch").asText()));
        return watches.stream().sorted().toList();
    }

    @Test
    void withoutAwsSettingsTheWatchesAreAFileThatScanReads() throws Exception {
        Path file = dir.resolve(".sanctions-watch/watches.json");
        assertEquals(List.of("ru-kp"), alertsOnTheStory(Map.of()));
        assertFalse(Files.exists(file), "scan only reads the file");

        // As typed without quotes: the words up to --id are the SPEC.
        CommandRun added = run(Map.of(), "watch", "add", "name:Ashot", "Mkrtychev", "--id", "am");
        assertEquals(0, added.status(), added.err());
        assertEquals("watches in " + file + "\nadded am\tname Ashot Mkrtychev\n", added.out());
        assertEquals("", added.err());

        assertEquals(List.of("am", "ru-kp"), alertsOnTheStory(Map.of()));

        CommandRun listed = run(Map.of(), "watch", "list");
        assertEquals(0, listed.status());
        assertEquals("watches in " + file + "\nam\tname Ashot Mkrtychev\nru-kp\tpair RU+KP (same paragraph)\n",
                listed.out());

        // The file holds each watch in the fields of the HTTP resource, and that the defaults were put there.
        JsonNode stored = Json.mapper().readTree(file.toFile());
        assertTrue(stored.get("defaultsSeeded").asBoolean());
        assertEquals(Json.mapper().readTree("[{\"id\":\"am\",\"type\":\"name\",\"name\":\"Ashot Mkrtychev\"},"
                + "{\"id\":\"ru-kp\",\"type\":\"country-pair\",\"first\":\"RU\",\"second\":\"KP\","
                + "\"scope\":\"paragraph\"}]"), stored.get("watches"));

        CommandRun removed = run(Map.of(), "watch", "remove", "am");
        assertEquals(0, removed.status());
        assertEquals("watches in " + file + "\nremoved am\n", removed.out());
        assertEquals(List.of("ru-kp"), alertsOnTheStory(Map.of()));

        CommandRun again = run(Map.of(), "watch", "remove", "am");
        assertEquals(1, again.status());
        assertEquals("sanctions-watch: no watch with id am; `watch list` shows the ids\n", again.err());

        // A default removed stays removed, for scan too.
        assertEquals(0, run(Map.of(), "watch", "remove", "ru-kp").status());
        assertEquals(List.of(), alertsOnTheStory(Map.of()));
        assertEquals("watches in " + file + "\n", run(Map.of(), "watch", "list").out());
    }

    @Test
    void watchesFileNamesAnotherFile() throws Exception {
        Map<String, String> env = Map.of("WATCHES_FILE", "shared/team-watches.json");
        CommandRun added = run(env, "watch", "add", "entity:ofac-sdn:41736");
        assertEquals(0, added.status(), added.err());
        Path file = dir.resolve("shared/team-watches.json");
        assertEquals("watches in " + file + "\nadded entity-ofac-sdn-41736\tentity ofac-sdn:41736\n", added.out());
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(dir.resolve(".sanctions-watch")));
        assertEquals(List.of("entity-ofac-sdn-41736", "ru-kp"), alertsOnTheStory(env));
        assertEquals(List.of("ru-kp"), alertsOnTheStory(Map.of()));
    }

    @Test
    void anyAwsSettingSendsTheWatchesToTheTable() {
        for (Map<String, String> env : List.of(Map.of("WATCHES_TABLE", "Watches-1"), Map.of("AWS_REGION", "eu-west-1"),
                Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:8000"),
                Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000", "WATCHES_FILE", "w.json"))) {
            WatchPlace place = WatchPlace.of(env, dir);
            assertTrue(place.inTable(), env.toString());
            assertNull(place.file());
            assertEquals(env.getOrDefault("WATCHES_TABLE", "WatchesTable"), place.table());
        }
        WatchPlace local = WatchPlace.of(Map.of("WATCHES_TABLE", " ", "PATH", "/usr/bin"), dir);
        assertFalse(local.inTable());
        assertEquals(dir.resolve(".sanctions-watch/watches.json"), local.file());
    }

    @Test
    void theRegionAndCredentialsComeFromTheEnvironmentOrTheProfileNeverTheInstance() throws Exception {
        AwsAccess none = AwsAccess.of(Map.of("HOME", dir.toString()));
        assertEquals(List.of("an AWS region", "AWS credentials"), none.missing());

        Path aws = Files.createDirectories(dir.resolve(".aws"));
        Files.writeString(aws.resolve("config"), "[default]\nregion = eu-west-3\n\n[profile dev]\nregion = eu-central-1\n");
        Files.writeString(aws.resolve("credentials"), "[dev]\naws_access_key_id = AKIDEXAMPLE\n"
                + "aws_secret_access_key = secret\n");
        AwsAccess dev = AwsAccess.of(Map.of("HOME", dir.toString(), "AWS_PROFILE", "dev"));
        assertEquals(List.of(), dev.missing());
        assertEquals("eu-central-1", dev.region().id());
        assertEquals("AKIDEXAMPLE", dev.credentials().resolveCredentials().accessKeyId());
        assertNull(dev.endpoint());
        AwsAccess regionOnly = AwsAccess.of(Map.of("HOME", dir.toString()));
        assertEquals("eu-west-3", regionOnly.region().id());
        assertEquals(List.of("AWS credentials"), regionOnly.missing());

        AwsAccess emulators = AwsAccess.of(Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test",
                "AWS_SECRET_ACCESS_KEY", "test", "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000"));
        assertEquals(List.of(), emulators.missing());
        assertEquals("http://127.0.0.1:8000", emulators.endpoint().toString());
    }
}
