package sanctionswatch.alert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileWatchStoreTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileHoldsNothingAndIsWrittenOnTheFirstChange() throws Exception {
        Path file = dir.resolve("a/b/watches.json");
        FileWatchStore store = new FileWatchStore(file);
        assertEquals(List.of(), store.list());
        assertFalse(store.defaultsSeeded());
        assertFalse(store.remove("ru-kp"));
        assertFalse(Files.exists(file));

        assertEquals(List.of(Watches.RU_KP), Watches.current(store));
        store.put(new NameWatch("am", "Ashot Mkrtychev"));
        store.put(new EntityWatch("lazarus", "ofac-sdn:27307"));
        store.put(new CountryPairWatch("cn-kp", "CN", "KP", CountryPairWatch.Scope.SENTENCE));

        FileWatchStore again = new FileWatchStore(file);
        assertTrue(again.defaultsSeeded());
        assertEquals(List.of(new NameWatch("am", "Ashot Mkrtychev"),
                new CountryPairWatch("cn-kp", "CN", "KP", CountryPairWatch.Scope.SENTENCE),
                new EntityWatch("lazarus", "ofac-sdn:27307"), Watches.RU_KP), again.list());
        assertTrue(again.remove("ru-kp"));
        assertEquals(List.of("am", "cn-kp", "lazarus"), Watches.current(store).stream().map(Watch::id).toList());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aFileThatIsNoWatchesFileIsNamedWithWhatToDo() throws Exception {
        Path file = dir.resolve("watches.json");
        for (String[] c : new String[][]{
                {"{\"watches\": [", "not JSON (Unexpected end-of-input"},
                {"[]", "not a watches file (an object with a \"watches\" array)"},
                {"{\"watches\": [{\"id\": \"x\", \"type\": \"colour\"}]}",
                        "watch 1: unknown type 'colour': country-pair, entity or name"}}) {
            Files.writeString(file, c[0]);
            IllegalStateException e = assertThrows(IllegalStateException.class, new FileWatchStore(file)::list);
            assertTrue(e.getMessage().startsWith(file + ": " + c[1]), e.getMessage());
            assertTrue(e.getMessage().endsWith("; correct the file or delete it"), e.getMessage());
        }
    }
}
