package sanctionswatch.functions;

import sanctionswatch.http.FetchPolicy;
import sanctionswatch.lists.refresh.ListGuard;
import sanctionswatch.lists.refresh.ListSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The functions' settings, read from their environment (template.yaml sets every one of them), one accessor per
 * name: the rest of the code asks for {@code settings.watchesTable()}, never for a variable by its name. A missing
 * required setting fails at start with its name, e.g. {@code environment variable WATCHES_TABLE is not set}.
 */
public record Settings(Map<String, String> env) {
    public static Settings fromEnvironment() {
        return new Settings(System.getenv());
    }

    /** The table of the feeds' state and seen items ({@code FEEDS_TABLE}). */
    public String feedsTable() {
        return required("FEEDS_TABLE");
    }

    /** The queue the poller sends feed items to ({@code ARTICLE_QUEUE_URL}). */
    public String articleQueueUrl() {
        return required("ARTICLE_QUEUE_URL");
    }

    /** The table of scanned articles ({@code ARTICLES_TABLE}). */
    public String articlesTable() {
        return required("ARTICLES_TABLE");
    }

    /** The table of the mentions found in articles ({@code MENTIONS_TABLE}). */
    public String mentionsTable() {
        return required("MENTIONS_TABLE");
    }

    /** The table of watches ({@code WATCHES_TABLE}). */
    public String watchesTable() {
        return required("WATCHES_TABLE");
    }

    /** The table of alerts, their delivery and fatigue windows ({@code ALERTS_TABLE}). */
    public String alertsTable() {
        return required("ALERTS_TABLE");
    }

    /** The table of analysts' decisions on alerts ({@code DECISIONS_TABLE}). */
    public String decisionsTable() {
        return required("DECISIONS_TABLE");
    }

    /** The topic alerts are published to ({@code ALERT_TOPIC_ARN}). */
    public String alertTopicArn() {
        return required("ALERT_TOPIC_ARN");
    }

    /** The bucket of compiled list versions ({@code LISTS_BUCKET}). */
    public String listsBucket() {
        return required("LISTS_BUCKET");
    }

    /** The table of list version records ({@code LISTS_TABLE}). */
    public String listsTable() {
        return required("LISTS_TABLE");
    }

    /** The topic told what a refresh changed or could not take ({@code LIST_CHANGES_TOPIC_ARN}). */
    public String listChangesTopicArn() {
        return required("LIST_CHANGES_TOPIC_ARN");
    }

    private String required(String name) {
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

    /**
     * How many sites a batch's pages are fetched from at once ({@code FETCH_CONCURRENCY}, at least 1); pages of one
     * site are always fetched one after another. The default, 10, is the SQS batch size: a batch of ten items from
     * ten sites fetches all ten pages together; 1 fetches every page one after another.
     */
    public int fetchConcurrency() {
        int n = Integer.parseInt(env.getOrDefault("FETCH_CONCURRENCY", "10").strip());
        if (n < 1) {
            throw new IllegalStateException("FETCH_CONCURRENCY must be at least 1, not " + n);
        }
        return n;
    }

    public int maxFetchBytes() {
        return Integer.parseInt(env.getOrDefault("MAX_FETCH_BYTES", String.valueOf(5 * 1024 * 1024)));
    }

    /**
     * What the fetcher may reach: ports from {@code FETCH_ALLOWED_PORTS} (default 80,443), and the {@code host:port}
     * pairs of {@code FETCH_ADMIT} whatever their address (for local feeds and emulators; empty on AWS).
     */
    public FetchPolicy fetchPolicy() {
        Set<Integer> ports = new HashSet<>();
        for (String p : env.getOrDefault("FETCH_ALLOWED_PORTS", "80,443").split("[,\\s]+")) {
            if (!p.isBlank()) {
                ports.add(Integer.parseInt(p.strip()));
            }
        }
        FetchPolicy policy = new FetchPolicy(ports, Set.of());
        for (String hostPort : env.getOrDefault("FETCH_ADMIT", "").split("[,\\s]+")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon > 0) {
                policy = policy.admitting(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
            } else if (!hostPort.isBlank()) {
                throw new IllegalStateException("FETCH_ADMIT takes host:port pairs, not '" + hostPort + "'");
            }
        }
        return policy;
    }

    /** How long the same watch and subject alert only once; 0 turns the fatigue window off. */
    public Duration alertWindow() {
        return Duration.ofMinutes(Long.parseLong(env.getOrDefault("ALERT_WINDOW_MINUTES", "60")));
    }

    /** The lists the refresh downloads ({@code LIST_SOURCES}, {@link ListSource#parse}); the official ones by default. */
    public List<ListSource> listSources() {
        String v = env.getOrDefault("LIST_SOURCES", "");
        return ListSource.parse(v.isBlank() ? ListSource.OFFICIAL : v);
    }

    /** The share of its entries a list may lose from one refresh to the next before it is refused. */
    public double listMaxLoss() {
        return Double.parseDouble(env.getOrDefault("LIST_MAX_LOSS", String.valueOf(ListGuard.DEFAULT_MAX_LOSS)));
    }

    /** The largest list file downloaded; the official ones are a few MB. */
    public int listMaxBytes() {
        return Integer.parseInt(env.getOrDefault("LIST_MAX_BYTES", String.valueOf(64 * 1024 * 1024)));
    }

    /** How often a scanner looks for a newer version of the lists. */
    public Duration listCheckInterval() {
        return Duration.ofSeconds(Long.parseLong(env.getOrDefault("LIST_CHECK_SECONDS", "300")));
    }

    /** How far back stored articles are scanned again for entries new to the lists ({@code RETRO_SCAN_DAYS}). */
    public Duration retroScanLookBack() {
        return Duration.ofDays(Long.parseLong(env.getOrDefault("RETRO_SCAN_DAYS", "7")));
    }

    /** Path-style S3 addresses, for S3 emulators on loopback ({@code S3_FORCE_PATH_STYLE=true}). */
    public boolean s3PathStyle() {
        return Boolean.parseBoolean(env.getOrDefault("S3_FORCE_PATH_STYLE", "false"));
    }

    public Duration seenRetention() {
        return Duration.ofDays(Long.parseLong(env.getOrDefault("SEEN_ITEM_RETENTION_DAYS", "30")));
    }

    /** How long a review link opens its page ({@code REVIEW_LINK_DAYS}, the template's {@code ReviewLinkDays}). */
    public Duration reviewLinkValidity() {
        long days = Long.parseLong(env.getOrDefault("REVIEW_LINK_DAYS", "30").strip());
        if (days < 1) {
            throw new IllegalStateException("REVIEW_LINK_DAYS must be at least 1, not " + days);
        }
        return Duration.ofDays(days);
    }

    /**
     * Where review links point: {@code REVIEW_BASE_URL} when set (a custom domain, or {@code http://127.0.0.1:PORT}
     * locally), otherwise {@code REVIEW_API_URL}, the HTTP API's own address the template gives; null when neither
     * is set, and alerts then go out without a review link.
     */
    public String reviewBaseUrl() {
        String base = env.getOrDefault("REVIEW_BASE_URL", "");
        if (base == null || base.isBlank()) {
            base = env.getOrDefault("REVIEW_API_URL", "");
        }
        return base == null || base.isBlank() ? null : base.strip();
    }

    /** The generated secret holding the review links' key ({@code REVIEW_KEY_SECRET_ARN}), or null where none is. */
    public String reviewKeySecretArn() {
        String arn = env.getOrDefault("REVIEW_KEY_SECRET_ARN", "");
        return arn == null || arn.isBlank() ? null : arn.strip();
    }

    /**
     * The review links' keys as JSON ({@code {"keyId":"k1","key":"…"}}) when given here: {@code REVIEW_KEY} itself,
     * or the file {@code REVIEW_KEY_FILE} names, for local runs and tests; null on AWS, where the key is the
     * generated secret {@code REVIEW_KEY_SECRET_ARN} names.
     */
    public String reviewKeyJson() {
        String key = env.getOrDefault("REVIEW_KEY", "");
        if (key != null && !key.isBlank()) {
            return key;
        }
        String file = env.getOrDefault("REVIEW_KEY_FILE", "");
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(file.strip()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("REVIEW_KEY_FILE " + file + " cannot be read: " + e.getMessage());
        }
    }
}
