package sanctionswatch.lists.refresh;

import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
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
        return CompiledWatchlist.read(new ByteArrayInputStream(stored(version.key(), version.sha256(), "list")),
                version.key());
    }

    @Override
    public synchronized Optional<byte[]> index(ListVersion version) throws IOException {
        if (version.indexSha256() == null) {
            return Optional.empty();
        }
        return Optional.of(stored(version.indexKey(), version.indexSha256(), "index").clone());
    }

    /** The stored file {@code key} ({@code what}: list or index), checked against the digest its record keeps. */
    private byte[] stored(String key, String sha256, String what) {
        byte[] file = files.get(key);
        if (file == null) {
            throw new ListFormatException(key, 0, "no such stored " + what);
        }
        if (!Digests.sha256(file).equals(sha256)) {
            throw new ListFormatException(key, 0, "stored " + what + " does not match its digest");
        }
        return file;
    }

    @Override
    public synchronized void publish(ListVersion version, byte[] compiled, byte[] index, String previous) {
        files.put(version.key(), compiled.clone());
        if (index != null) {
            files.put(version.indexKey(), index.clone());
        }
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
            current = current.retroScanDone();
            published.put(version, current);
        }
    }
}
