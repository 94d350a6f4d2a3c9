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
import java.util.Set;

/**
 * The matcher's index of the bundled SDN snapshot, written by the build ({@code process-classes}, this class's
 * {@link #main}) beside the compiled list: a cold start reads it in bulk rather than indexing the list, which at the
 * C1 compiler's speed was most of the scanner's init.
 */
public final class BundledIndex {
    static final String RESOURCE = "/sanctionswatch/match/ofac_sdn.swx";
    static final String COMMON_WORDS = "/sanctionswatch/match/common-words.swx";
    /** "SWCW": the common words' lexicon, written by the build that reads it. */
    private static final int COMMON_MAGIC = 0x53574357;

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

    /**
     * The common words ({@link Words#common}) as the build wrote them beside the index, a {@link Lexicon} read in
     * bulk; null where the classes come without that file. Folding and hashing the 40,000 lines of {@code
     * common-words.txt} at each cold start cost 32 ms of the index read's CPU with Lambda's flags (99 against 67 ms
     * read this way; bench/README.md, "The list's scanner at a cold start").
     */
    static Set<String> commonWords() {
        try (InputStream in = BundledIndex.class.getResourceAsStream(COMMON_WORDS)) {
            if (in == null) {
                return null;
            }
            IndexData.In data = new IndexData.In(in.readAllBytes());
            if (data.integer() != COMMON_MAGIC) {
                throw new IllegalStateException("not the common words' lexicon: " + COMMON_WORDS);
            }
            return Lexicon.read(data).asSet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the common words, made from their text, as a lexicon to {@code common-words.swx}, then the index of the
     * bundled list to the file {@code args[0]} beside it.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledIndex OUTPUT_FILE");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Lexicon common = new Lexicon();
        Words.commonFromText().forEach(common::add);
        Path words = out.resolveSibling(COMMON_WORDS.substring(COMMON_WORDS.lastIndexOf('/') + 1));
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(words))) {
            IndexData.Out data = new IndexData.Out(o);
            data.integer(COMMON_MAGIC);
            common.write(data);
            data.flush();
        }
        // After the common words: the index is made with them, as Words.common() reads them from that file.
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
            EntityMatcher.writeIndex(CompiledWatchlist.bundled(), o);
        }
    }
}
