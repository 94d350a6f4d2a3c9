package sanctionswatch.retry;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter, as AWS recommends for its own APIs: the pause before attempt {@code n} is
 * random in [0, base × 2ⁿ), so clients that failed together do not retry together.
 */
public final class Backoff {
    private Backoff() {}

    /** Sleeps before retry number {@code attempt} (1 for the first retry). */
    public static void pause(int attempt, long baseMillis) {
        long bound = baseMillis << Math.min(attempt, 16);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(Math.max(1, bound)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }

    /**
     * Runs {@code action} until it returns normally, at most {@code attempts} times, pausing between tries; rethrows
     * the last failure. For a write that must follow one that cannot be undone (a message already published).
     */
    public static void untilDone(Runnable action, int attempts, long baseMillis) {
        for (int attempt = 0; ; attempt++) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                if (attempt + 1 >= attempts) {
                    throw e;
                }
            }
            pause(attempt + 1, baseMillis);
        }
    }
}
