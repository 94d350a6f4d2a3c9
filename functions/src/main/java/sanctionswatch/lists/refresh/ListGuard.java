package sanctionswatch.lists.refresh;

import sanctionswatch.lists.Watchlist;

/**
 * Whether a newly downloaded version of a list may replace the one in use: not when it is empty, and not when it
 * lost more than a set share of the entries (a truncated or partial download looks like a mass delisting). A refused
 * version leaves the previous one in use.
 */
public final class ListGuard {
    /** The default share of entries a new version may lose: lists shrink by a few per cent at most in a day. */
    public static final double DEFAULT_MAX_LOSS = 0.10;

    private final double maxLoss;

    public ListGuard(double maxLoss) {
        if (!(maxLoss >= 0 && maxLoss <= 1)) {
            throw new IllegalArgumentException("the share of entries a list may lose is between 0 and 1, not "
                    + maxLoss);
        }
        this.maxLoss = maxLoss;
    }

    /**
     * The verdict on {@code candidate} against {@code current}.
     *
     * @param accepted whether it may replace the current version
     * @param reason   why not, or what changed
     * @param diff     the changes from the current version
     */
    public record Verdict(boolean accepted, String reason, WatchlistDiff diff) {}

    public Verdict check(Watchlist current, Watchlist candidate) {
        WatchlistDiff diff = WatchlistDiff.between(current, candidate);
        if (candidate.size() == 0) {
            return new Verdict(false, "the new version is empty", diff);
        }
        double lost = current.size() == 0 ? 0 : diff.removed().size() / (double) current.size();
        if (lost > maxLoss) {
            return new Verdict(false, String.format("the new version lost %d of %d entries (%.1f %%, more than "
                    + "%.1f %%): a partial download is not taken for delistings", diff.removed().size(),
                    current.size(), lost * 100, maxLoss * 100), diff);
        }
        return new Verdict(true, diff.summary(), diff);
    }
}
