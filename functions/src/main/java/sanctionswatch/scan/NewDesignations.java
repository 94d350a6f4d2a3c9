package sanctionswatch.scan;

import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.refresh.ListVersion;
import sanctionswatch.lists.refresh.ListVersions;
import sanctionswatch.lists.refresh.WatchlistDiff;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The retro-scan a published list version owes: the stored articles of the last {@code lookBack}, scanned again for
 * the entries the version added. The version record says whether it ran, so a scan cut short by a failure runs at
 * the next try, and one that ran does not run again.
 */
public final class NewDesignations {
    private final ListVersions versions;
    private final Watchlist initial;
    private final RetroScan retro;
    private final Duration lookBack;
    private final Clock clock;

    /** @param initial what the first version is compared with (the list the scanners had before it: the bundled one) */
    public NewDesignations(ListVersions versions, Watchlist initial, RetroScan retro, Duration lookBack, Clock clock) {
        this.versions = versions;
        this.initial = initial;
        this.retro = retro;
        this.lookBack = lookBack;
        this.clock = clock;
    }

    /** Runs the current version's retro-scan if it has not run; empty if there was none to run. */
    public Optional<RetroScan.Report> scanIfOwed() throws IOException {
        Optional<ListVersion> current = versions.current();
        if (current.isEmpty() || current.get().retroScanned()) {
            return Optional.empty();
        }
        ListVersion now = current.get();
        Watchlist before = now.previous() == null ? initial : versions.load(versions.find(now.previous())
                .orElseThrow(() -> new IllegalStateException("list version " + now.previous()
                        + ", the one before " + now.version() + ", has no record")));
        WatchlistDiff diff = WatchlistDiff.between(before, versions.load(now));
        RetroScan.Report report = retro.run(diff.added(), clock.instant().minus(lookBack));
        versions.markRetroScanned(now.version());
        return Optional.of(report);
    }
}
