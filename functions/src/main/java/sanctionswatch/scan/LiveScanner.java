package sanctionswatch.scan;

import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.refresh.ListVersion;
import sanctionswatch.lists.refresh.ListVersions;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The scanner over the lists in use, following the published versions without a redeploy: at most once per
 * {@code checkEvery} it reads which version is current, and when that changed it loads and indexes the new one and
 * swaps it in. A version that cannot be loaded leaves the scanner in use as it was, and is tried again at the next
 * check. Until a version was ever published, the bundled list serves.
 *
 * <p>Not thread-safe by design: a Lambda container runs one invocation at a time.
 */
public final class LiveScanner implements Supplier<ArticleScanner> {
    /**
     * What a check found.
     *
     * @param version the version in use after it ({@code bundled} before any was published)
     * @param loaded  whether this check loaded a new version
     * @param error   why the current version could not be loaded, or null
     * @param indexError why the matcher's index stored with a version it loaded could not be read (the list was then
     *                   indexed here: slower, the same matches), or null
     */
    public record Check(String version, boolean loaded, String error, String indexError) {
        Check(String version, boolean loaded, String error) {
            this(version, loaded, error, null);
        }
    }

    /** The version name of the bundled list. */
    public static final String BUNDLED = "bundled";

    private final ListVersions versions;
    private final Duration checkEvery;
    private final Clock clock;
    private final Supplier<ArticleScanner> bundled;
    private ArticleScanner scanner;
    private String version = BUNDLED;
    private Instant lastCheck = Instant.MIN;
    private boolean checked;

    private LiveScanner(ListVersions versions, Duration checkEvery, Clock clock, Supplier<ArticleScanner> bundled) {
        this.versions = versions;
        this.checkEvery = checkEvery;
        this.clock = clock;
        this.bundled = bundled;
    }

    /**
     * Starts on the current published version, or on {@code bundled} when there is none or it cannot be loaded (the
     * next check tries again).
     */
    public static LiveScanner start(ListVersions versions, Duration checkEvery, Clock clock,
                                    Supplier<ArticleScanner> bundled) {
        LiveScanner live = new LiveScanner(versions, checkEvery, clock, bundled);
        live.firstCheck();
        live.get();
        return live;
    }

    /**
     * Starts with nothing read and nothing built: the first {@link #checkIfDue}, before the first batch, reads which
     * version is current and loads it, and {@code bundled} is built only when the first scan needs a scanner and no
     * version was loaded (none published, or it failed). A function's init then makes no DynamoDB call (the first
     * batch's own calls pay for the SDK's first request once, rather than init and the batch each paying part), and a
     * container whose lists are published never builds the bundled scanner it would throw away.
     *
     * <p>Example: on a first batch with version {@code 20261130T060012Z-3fa2c1d0} current, {@code checkIfDue()} loads it
     * and {@code get()} returns its scanner; the bundled SDN snapshot is never read.
     */
    public static LiveScanner deferred(ListVersions versions, Duration checkEvery, Clock clock,
                                       Supplier<ArticleScanner> bundled) {
        return new LiveScanner(versions, checkEvery, clock, bundled);
    }

    /** The scanner of the version in use; the bundled list's, built now, until a version is loaded. */
    @Override
    public ArticleScanner get() {
        if (scanner == null) {
            scanner = bundled.get();
        }
        return scanner;
    }

    public String version() {
        return version;
    }

    /** Checks for a newer version if the last check is {@code checkEvery} old; empty when it was not due. */
    public Optional<Check> checkIfDue() {
        if (!checked) {
            return Optional.of(firstCheck());
        }
        Instant now = clock.instant();
        if (lastCheck != Instant.MIN && now.isBefore(lastCheck.plus(checkEvery))) {
            return Optional.empty();
        }
        return Optional.of(check());
    }

    private Check firstCheck() {
        checked = true;
        Check first = check();
        if (first.error() != null) {
            // On the bundled list because the published one failed: try it again at the next batch, not in 5 minutes.
            lastCheck = Instant.MIN;
        }
        return first;
    }

    private Check check() {
        lastCheck = clock.instant();
        Optional<ListVersion> current;
        try {
            current = versions.current();
            if (current.isEmpty() || current.get().version().equals(version)) {
                return new Check(version, false, null);
            }
            Loaded next = scannerOf(current.get());
            scanner = next.scanner();
            version = current.get().version();
            return new Check(version, true, null, next.indexError());
        } catch (Exception e) {
            // Whatever went wrong (a call failed, a file is corrupt), the scanner in use stays: scanning goes on.
            return new Check(version, false, String.valueOf(e.getMessage() == null ? e : e.getMessage()));
        }
    }

    /**
     * The scanner of a stored version, from the index stored with it; where that cannot be had or read, the list is
     * indexed here (slower, the same matches).
     */
    private Loaded scannerOf(ListVersion current) throws IOException {
        Watchlist list = versions.load(current);
        try {
            Optional<byte[]> index = versions.index(current);
            if (index.isPresent()) {
                return new Loaded(ArticleScanner.of(list, index.get()), null);
            }
            return new Loaded(ArticleScanner.of(list), null);
        } catch (IOException | RuntimeException e) {
            // Whatever kept the index from being read (a call failed, a file overwritten), the list itself is sound.
            return new Loaded(ArticleScanner.of(list), String.valueOf(e.getMessage() == null ? e : e.getMessage()));
        }
    }

    /** A version's scanner, and why its stored index was not used (null when it was, or there was none). */
    private record Loaded(ArticleScanner scanner, String indexError) {}
}
