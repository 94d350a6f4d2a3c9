package sanctionswatch.lists.refresh;

import java.util.Map;
import java.util.Objects;

/**
 * One published version of the compiled lists, as its record says.
 *
 * @param version   its id: UTC time of the refresh and the start of its digest ({@code 20261129T050000Z-1a2b3c4d})
 * @param key       where the compiled file is stored
 * @param sha256    the compiled file's SHA-256, hex; a loaded file is checked against it
 * @param bytes     the compiled file's size
 * @param entities  entries in all
 * @param sources   entries per source of ids ({@code ofac-sdn}, {@code un-sc}, …)
 * @param createdAt ISO-8601 time it was published
 * @param summary   what changed from the version before ("1256 added, 112 removed, 30 changed")
 * @param previous  the version it replaced, or null for the first
 * @param retroScanned whether the stored articles were scanned again for the entries it added
 * @param indexSha256 the SHA-256 of the matcher's index stored beside the compiled file ({@link #indexKey()}), which a
 *                    cold start reads rather than indexing the list; null when none was stored
 */
public record ListVersion(String version, String key, String sha256, long bytes, int entities,
                          Map<String, Integer> sources, String createdAt, String summary, String previous,
                          boolean retroScanned, String indexSha256) {
    public ListVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sha256, "sha256");
        sources = Map.copyOf(sources);
    }

    /** Where the matcher's index of this version is stored: beside the compiled file, {@code .swx} for {@code .swl}. */
    public String indexKey() {
        return (key.endsWith(".swl") ? key.substring(0, key.length() - 4) : key) + ".swx";
    }

    /** This version, its retro-scan done. */
    public ListVersion retroScanDone() {
        return new ListVersion(version, key, sha256, bytes, entities, sources, createdAt, summary, previous, true,
                indexSha256);
    }
}
