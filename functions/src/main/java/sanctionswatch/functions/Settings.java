package sanctionswatch.functions;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The functions' settings, read from their environment (template.yaml sets every one of them). A missing required
 * setting fails at start with its name.
 */
public record Settings(Map<String, String> env) {
    public static Settings fromEnvironment() {
        return new Settings(System.getenv());
    }

    public String required(String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return v.strip();
    }

    public List<String> feedUrls() {
        String v = env.getOrDefault("FEED_URLS", "");
        return Arrays.stream(v.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Duration fetchTimeout() {
        return Duration.ofSeconds(Long.parseLong(env.getOrDefault("FETCH_TIMEOUT_SECONDS", "10")));
    }

    public int maxFetchBytes() {
        return Integer.parseInt(env.getOrDefault("MAX_FETCH_BYTES", String.valueOf(5 * 1024 * 1024)));
    }

    public Duration seenRetention() {
        return Duration.ofDays(Long.parseLong(env.getOrDefault("SEEN_ITEM_RETENTION_DAYS", "30")));
    }
}
