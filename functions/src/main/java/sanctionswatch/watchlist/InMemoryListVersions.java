package sanctionswatch.watchlist;

import sanctionswatch.text.Digests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** List versions held in memory: for the command line and tests of what builds on them. */
public final class InMemoryListVersions implements ListVersions {
    private final Map<String, byte[]> files = new HashMap<>();
    private final Map<String, ListVersion> published = new HashMap<>();
    private ListVersion current;

    @Override
    public synchronized Optional<ListVersion> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public synchronized Watchlist load(ListVersion version) throws IOException {
        byte[] file = files.get(version.key());
        if (file == null) {
            throw new ListFormatException(version.key(), 0, "no such stored list");
        }
        if (!Digests.sha256(file).equals(version.sha256())) {
            throw new ListFormatException(version.key(), 0, "stored list does not match its digest");
        }
        return CompiledWatchlist.read(new ByteArrayInputStream(file), version.key());
    }

    @Override
    public synchronized void publish(ListVersion version, byte[] compiled, String previous) {
        files.put(version.key(), compiled.clone());
        String now = current == null ? null : current.version();
        if (!Objects.equals(now, previous)) {
            throw new Conflict("version " + now + " became current while refreshing from " + previous);
        }
        current = version;
        published.put(version.version(), version);
    }

    @Override
    public synchronized Optional<ListVersion> find(String version) {
        return Optional.ofNullable(published.get(version));
    }

    @Override
    public synchronized void markRetroScanned(String version) {
        if (current != null && current.version().equals(version)) {
            current = new ListVersion(current.version(), current.key(), current.sha256(), current.bytes(),
                    current.entities(), current.sources(), current.createdAt(), current.summary(), current.previous(),
                    true);
            published.put(version, current);
        }
    }
}
