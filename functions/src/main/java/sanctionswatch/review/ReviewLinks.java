package sanctionswatch.review;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signed links to an alert's review page, so an analyst opens it from the e-mail without a login and nobody else can:
 * {@code <base>/alerts/ru-kp%3A6f1c…?e=1767225600&k=k1&s=<HMAC-SHA256, base64url>}. The signature covers the alert
 * id, the expiry and the key id, so changing any of them, or a character of the signature, makes the link invalid;
 * the key id says which key signed, so links signed before a key rotation keep working with the previous key.
 */
public final class ReviewLinks {
    /** The outcome of checking a link. Only {@code VALID} opens a page; the others get the same blank 403. */
    public enum Check { VALID, UNSIGNED, ALTERED, EXPIRED }

    /**
     * A link's signature.
     *
     * @param expiry epoch second after which the link is refused
     * @param keyId  the key that signed it
     * @param mac    HMAC-SHA256, base64url without padding
     */
    public record Signature(long expiry, String keyId, String mac) {
        /** The query string that carries it: {@code e=1767225600&k=k1&s=…}. */
        public String query() {
            return "e=" + expiry + "&k=" + encode(keyId) + "&s=" + mac;
        }

        /** The signature a request's query parameters carry, or null when one of the three is missing or malformed. */
        public static Signature of(Map<String, String> query) {
            String e = query.get("e");
            String k = query.get("k");
            String s = query.get("s");
            if (e == null || k == null || s == null || !e.matches("[0-9]{1,12}")) {
                return null;
            }
            return new Signature(Long.parseLong(e), k, s);
        }
    }

    private final ReviewKeys keys;
    private final String baseUrl;
    private final Duration validity;
    private final Clock clock;

    /**
     * @param baseUrl  where the review routes are served, {@code https://abc123.execute-api.eu-west-1.amazonaws.com}
     *                 (a trailing slash is dropped)
     * @param validity how long a link opens its page ({@code ReviewLinkDays}, 30 days by default)
     */
    public ReviewLinks(ReviewKeys keys, String baseUrl, Duration validity, Clock clock) {
        this.keys = keys;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.validity = validity;
        this.clock = clock;
    }

    /**
     * The signed link to an alert's page, valid for the configured days from now: for {@code ru-kp:6f1c…},
     * {@code https://…/alerts/ru-kp%3A6f1c…?e=…&k=k1&s=…}.
     */
    public String linkFor(String alertId) {
        return baseUrl + path(alertId) + "?" + sign(alertId, clock.instant().plus(validity)).query();
    }

    /** The path of an alert's page: {@code /alerts/} and the id encoded as one path segment. */
    public static String path(String alertId) {
        return "/alerts/" + encode(alertId);
    }

    /** The signature of {@code alertId} with the current key, valid until {@code expiry}. */
    public Signature sign(String alertId, Instant expiry) {
        if (alertId.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an alert id holds no line break");
        }
        long e = expiry.getEpochSecond();
        return new Signature(e, keys.currentId(), mac(keys.current(), alertId, e, keys.currentId()));
    }

    /**
     * Whether {@code signature} opens {@code alertId}'s page now: signed by an accepted key over this id and expiry,
     * and not expired. The MACs are compared in constant time, so the time a refusal takes tells nothing of how many
     * characters were right.
     */
    public Check check(String alertId, Signature signature) {
        if (signature == null) {
            return Check.UNSIGNED;
        }
        if (alertId.indexOf('\n') >= 0 || signature.keyId().indexOf('\n') >= 0) {
            return Check.ALTERED;
        }
        byte[] key = keys.find(signature.keyId()).orElse(null);
        if (key == null) {
            return Check.ALTERED;
        }
        byte[] expected = mac(key, alertId, signature.expiry(), signature.keyId()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.mac().getBytes(StandardCharsets.US_ASCII))) {
            return Check.ALTERED;
        }
        return clock.instant().getEpochSecond() > signature.expiry() ? Check.EXPIRED : Check.VALID;
    }

    /** The parameters of a query string ({@code e=1&k=k1&s=…}), decoded; the first of a repeated name counts. */
    public static Map<String, String> parseQuery(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    /**
     * The fields are joined by a newline, which none of them holds (checked above), so no two triples sign the same
     * bytes: "a:b" expiring at 1 and "a" expiring at … cannot be made to collide.
     */
    private static String mac(byte[] key, String alertId, long expiry, String keyId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal(("review-v1\n" + alertId + "\n" + expiry + "\n" + keyId)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
