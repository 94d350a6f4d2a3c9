package sanctionswatch.lists.refresh;

import sanctionswatch.lists.Watchlist;

import java.io.IOException;
import java.util.Optional;

/**
 * Version stores for tests that change one answer of another store and forward the rest, as Guava's forwarding
 * collections do: {@code new ForwardingListVersions(new InMemoryListVersions()) { public Optional<ListVersion>
 * current() { calls.incrementAndGet(); return super.current(); } }} counts the reads of the current version.
 */
public class ForwardingListVersions implements ListVersions {
    private final ListVersions delegate;

    public ForwardingListVersions(ListVersions delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<ListVersion> current() {
        return delegate.current();
    }

    @Override
    public Optional<ListVersion> find(String version) {
        return delegate.find(version);
    }

    @Override
    public Watchlist load(ListVersion version) throws IOException {
        return delegate.load(version);
    }

    @Override
    public Optional<byte[]> index(ListVersion version) throws IOException {
        return delegate.index(version);
    }

    @Override
    public void publish(ListVersion version, byte[] compiled, byte[] index, String previous) throws IOException {
        delegate.publish(version, compiled, index, previous);
    }

    @Override
    public void markRetroScanned(String version) {
        delegate.markRetroScanned(version);
    }
}
