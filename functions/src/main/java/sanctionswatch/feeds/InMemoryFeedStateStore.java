package sanctionswatch.feeds;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Feed state kept in memory, for the local runner and tests of the pure core. */
public final class InMemoryFeedStateStore implements FeedStateStore {
    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<FeedState> state(String feedUrl) {
        return Optional.ofNullable(states.get(feedUrl));
    }

    @Override
    public void saveState(FeedState state) {
        states.put(state.feedUrl(), state);
    }

    @Override
    public boolean isSeen(String feedUrl, String guid) {
        return seen.contains(feedUrl + "\n" + guid);
    }

    @Override
    public void markSeen(String feedUrl, String guid) {
        seen.add(feedUrl + "\n" + guid);
    }
}
