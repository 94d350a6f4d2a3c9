package sanctionswatch.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys review links are signed with: the current one, which signs, and during a rotation the previous one, whose
 * links are still accepted until they expire. Read from one JSON document, the secret the deployment generated
 * ({@code {"keyId":"k1","key":"…64 random letters and digits…"}}); a rotation writes the new key under {@code keyId}
 * and {@code key} and moves the old pair to {@code previousKeyId} and {@code previousKey}.
 *
 * @param currentId the id of the key that signs
 * @param keys      every accepted key by id, the current one among them
 */
public record ReviewKeys(String currentId, Map<String, byte[]> keys) {
    /** Fewer bytes than this is no key a deployment generated: a placeholder or a typing slip. */
    static final int MIN_KEY_BYTES = 32;

    public ReviewKeys {
        keys = Map.copyOf(keys);
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("the review key " + currentId + " is not among the keys");
        }
        keys.forEach((id, key) -> {
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("the review key " + id + " has " + key.length
                        + " bytes; a key has at least " + MIN_KEY_BYTES);
            }
        });
    }

    /**
     * The keys a secret's JSON holds. {@code {"keyId":"k2","key":"…","previousKeyId":"k1","previousKey":"…"}} signs
     * with k2 and still accepts links signed with k1.
     *
     * @throws IllegalArgumentException with what is wrong, never with the key itself
     */
    public static ReviewKeys parse(String json) {
        JsonNode j;
        try {
            j = Json.mapper().readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the review key is not JSON ({\"keyId\": \"k1\", \"key\": \"…\"})");
        }
        if (j == null || !j.isObject() || !j.hasNonNull("keyId") || !j.hasNonNull("key")) {
            throw new IllegalArgumentException("the review key needs \"keyId\" and \"key\"");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put(j.get("keyId").asText(), j.get("key").asText().getBytes(StandardCharsets.UTF_8));
        if (j.hasNonNull("previousKeyId") && j.hasNonNull("previousKey")) {
            keys.putIfAbsent(j.get("previousKeyId").asText(),
                    j.get("previousKey").asText().getBytes(StandardCharsets.UTF_8));
        }
        return new ReviewKeys(j.get("keyId").asText(), keys);
    }

    public byte[] current() {
        return keys.get(currentId);
    }

    public Optional<byte[]> find(String keyId) {
        return Optional.ofNullable(keyId == null ? null : keys.get(keyId));
    }

    /** Never the keys themselves, should a record be logged. */
    @Override
    public String toString() {
        return "ReviewKeys[current=" + currentId + ", accepted=" + keys.keySet() + "]";
    }
}
