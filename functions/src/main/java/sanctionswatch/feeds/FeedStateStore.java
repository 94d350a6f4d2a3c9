package sanctionswatch.feeds;

import java.util.Optional;

/** Per-feed conditional-GET state and the items already sent on. */
public interface FeedStateStore {
    Optional<FeedState> state(String feedUrl);

    void saveState(FeedState state);

    boolean isSeen(String feedUrl, String guid);

    void markSeen(String feedUrl, String guid);
}
