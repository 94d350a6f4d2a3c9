package sanctionswatch.match;

import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The matcher's index of the bundled SDN snapshot, written by the build ({@code process-classes}, this class's
 * {@link #main}) beside the compiled list: a cold start reads it in bulk rather than indexing the list, which at the
 * C1 compiler's speed was most of the scanner's init.
 */
public final class BundledIndex {
    static final String RESOURCE = "/sanctionswatch/match/ofac_sdn.swx";

    private BundledIndex() {}

    /** The matcher of {@link CompiledWatchlist#bundled()}; indexes the list itself where no usable index ships. */
    public static EntityMatcher matcher() {
        Watchlist list = CompiledWatchlist.bundled();
        try {
            return EntityMatcher.of(list, read());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Classes run from an IDE's own build, without the build's index: slower, the same matches.
            return EntityMatcher.of(list);
        }
    }

    /** The bundled index as it ships. */
    static byte[] read() {
        try (InputStream in = BundledIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no bundled index " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the index of the bundled list to the file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledIndex OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            EntityMatcher.writeIndex(CompiledWatchlist.bundled(), o);
        }
    }
}
