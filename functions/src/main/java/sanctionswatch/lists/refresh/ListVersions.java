package sanctionswatch.lists.refresh;

import sanctionswatch.lists.Watchlist;

import java.io.IOException;
import java.util.Optional;

/**
 * Where compiled list versions are kept, and which one is current. Publishing stores the file first and then points
 * the current record at it, so the record never names a file that is not there.
 */
public interface ListVersions {
    /** The version in use, if one was ever published. */
    Optional<ListVersion> current();

    /** A version published before (or the current one), by its id. */
    Optional<ListVersion> find(String version);

    /**
     * The compiled file of {@code version}, checked against its digest.
     *
     * @throws ListFormatException when the stored file is not the one the record describes or is corrupt
     */
    Watchlist load(ListVersion version) throws IOException;

    /**
     * The matcher's index stored with {@code version}, checked against its digest; empty when the version has none
     * (published before indexes were stored).
     *
     * @throws ListFormatException when the stored index is not the one the record describes
     */
    Optional<byte[]> index(ListVersion version) throws IOException;

    /**
     * Stores {@code compiled} and the matcher's {@code index} of it, and makes {@code version} current, provided the
     * current version is still {@code previous} (null: none yet).
     *
     * @throws Conflict when another refresh published a version in between; this one is then not current
     */
    void publish(ListVersion version, byte[] compiled, byte[] index, String previous) throws IOException;

    /** Records that the stored articles were scanned again for the entries {@code version} added. */
    void markRetroScanned(String version);

    /** Another version became current since the refresh read the one it started from. */
    final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }
}
