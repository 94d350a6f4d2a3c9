package sanctionswatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches kept in a JSON file, for the command line on a machine without AWS: each watch in the fields the HTTP
 * resource reads and writes ({@link WatchApi#toJson}, {@link WatchApi#fromJson}), so a watch reads the same in the
 * file as in a {@code POST /watches} body:
 *
 * <pre>{"defaultsSeeded": true, "watches": [{"id": "am", "type": "name", "name": "Ashot Mkrtychev"}, …]}</pre>
 *
 * Every call reads the file (a missing file holds no watches and has not had the defaults); every change writes it
 * whole to a file beside it, moved into place, so a reader never sees half of it.
 */
public final class FileWatchStore implements WatchStore {
    private final Path file;

    public FileWatchStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private record Content(boolean defaultsSeeded, Map<String, Watch> watches) {}

    @Override
    public List<Watch> list() {
        List<Watch> watches = new ArrayList<>(read().watches().values());
        watches.sort(Comparator.comparing(Watch::id));
        return watches;
    }

    @Override
    public void put(Watch watch) {
        Content c = read();
        c.watches().put(watch.id(), watch);
        write(c);
    }

    @Override
    public boolean remove(String watchId) {
        Content c = read();
        if (c.watches().remove(watchId) == null) {
            return false;
        }
        write(c);
        return true;
    }

    @Override
    public boolean defaultsSeeded() {
        return read().defaultsSeeded();
    }

    @Override
    public void markDefaultsSeeded() {
        write(new Content(true, read().watches()));
    }

    private Content read() {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return new Content(false, new LinkedHashMap<>());
        } catch (JsonProcessingException e) {
            throw unreadable("not JSON (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr()) + ")");
        } catch (CharacterCodingException e) {
            throw unreadable("not UTF-8 text");
        } catch (IOException e) {
            throw failed(e);
        }
        if (root == null || !root.isObject() || !root.path("watches").isArray()) {
            throw unreadable("not a watches file (an object with a \"watches\" array)");
        }
        Map<String, Watch> watches = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode j : root.get("watches")) {
            n++;
            try {
                Watch w = WatchApi.fromJson(j);
                watches.put(w.id(), w);
            } catch (IllegalArgumentException e) {
                throw unreadable("watch " + n + ": " + e.getMessage());
            }
        }
        return new Content(root.path("defaultsSeeded").asBoolean(false), watches);
    }

    private IllegalStateException unreadable(String why) {
        return new IllegalStateException(file + ": " + why + "; correct the file or delete it");
    }

    private void write(Content c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("defaultsSeeded", c.defaultsSeeded());
        List<Map<String, Object>> watches = new ArrayList<>();
        c.watches().values().stream().sorted(Comparator.comparing(Watch::id))
                .forEach(w -> watches.add(WatchApi.toJson(w)));
        root.put("watches", watches);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path next = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(next, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root)
                        + "\n");
                try {
                    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(next);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** The file named once, with what went wrong (a {@link FileSystemException}'s message is its path alone). */
    private UncheckedIOException failed(IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new UncheckedIOException(file + ": " + why, e);
    }
}
