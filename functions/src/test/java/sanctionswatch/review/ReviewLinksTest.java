package sanctionswatch.review;

import org.junit.jupiter.api.Test;
import sanctionswatch.TestClock;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed links: what opens a page, and every change that stops one from opening it. */
class ReviewLinksTest {
    static final String K1 = "{\"keyId\":\"k1\",\"key\":\"Qm9vdHN0cmFwS2V5T25lRm9yVGVzdHNPbmx5MTIzNDU2Nzg5MA\"}";
    static final String ALERT = "ru-kp:6f1c0a4b9e2d";
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final ReviewLinks links = new ReviewLinks(ReviewKeys.parse(K1), "https://abc.execute-api.eu-west-1.amazonaws.com/",
            Duration.ofDays(30), clock);

    /** The alert id and signature a link carries, as the API reads them. */
    static ReviewLinks.Signature signatureOf(String link) {
        return ReviewLinks.Signature.of(ReviewLinks.parseQuery(URI.create(link).getRawQuery()));
    }

    @Test
    void aLinkOpensItsAlertUntilItExpires() {
        String link = links.linkFor(ALERT);
        assertTrue(link.startsWith("https://abc.execute-api.eu-west-1.amazonaws.com/alerts/ru-kp%3A6f1c0a4b9e2d?e="),
                link);
        assertEquals("/alerts/ru-kp%3A6f1c0a4b9e2d", URI.create(link).getRawPath());
        ReviewLinks.Signature s = signatureOf(link);
        assertEquals(Instant.parse("2026-03-31T10:00:00Z").getEpochSecond(), s.expiry());
        assertEquals(ReviewLinks.Check.VALID, links.check(ALERT, s));
        clock.advance(Duration.ofDays(30));
        assertEquals(ReviewLinks.Check.VALID, links.check(ALERT, s), "valid to its last second");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(ReviewLinks.Check.EXPIRED, links.check(ALERT, s));
    }

    @Test
    void everyCharacterOfTheSignatureCounts() {
        ReviewLinks.Signature s = signatureOf(links.linkFor(ALERT));
        assertEquals(43, s.mac().length(), "256 bits in base64url");
        for (int i = 0; i < s.mac().length(); i++) {
            char c = s.mac().charAt(i);
            String changed = s.mac().substring(0, i) + (c == 'A' ? 'B' : 'A') + s.mac().substring(i + 1);
            assertEquals(ReviewLinks.Check.ALTERED, links.check(ALERT, new ReviewLinks.Signature(s.expiry(), s.keyId(),
                    changed)), "character " + i);
        }
        assertEquals(ReviewLinks.Check.ALTERED, links.check(ALERT, new ReviewLinks.Signature(s.expiry(), s.keyId(),
                s.mac().substring(1))), "shortened");
    }

    @Test
    void theSignatureCoversTheAlertTheExpiryAndTheKey() {
        ReviewLinks.Signature s = signatureOf(links.linkFor(ALERT));
        assertEquals(ReviewLinks.Check.ALTERED, links.check("ru-kp:6f1c0a4b9e2e", s), "another alert");
        assertEquals(ReviewLinks.Check.ALTERED, links.check(ALERT,
                new ReviewLinks.Signature(s.expiry() + 86_400, s.keyId(), s.mac())), "a later expiry");
        assertEquals(ReviewLinks.Check.ALTERED, links.check(ALERT,
                new ReviewLinks.Signature(s.expiry(), "k2", s.mac())), "a key id not accepted");
        assertEquals(ReviewLinks.Check.ALTERED, links.check(ALERT + "\n",
                new ReviewLinks.Signature(s.expiry(), s.keyId(), s.mac())), "a line break");
    }

    @Test
    void aLinkWithoutItsSignatureIsUnsigned() {
        assertEquals(ReviewLinks.Check.UNSIGNED, links.check(ALERT, ReviewLinks.Signature.of(Map.of())));
        ReviewLinks.Signature s = signatureOf(links.linkFor(ALERT));
        assertEquals(ReviewLinks.Check.UNSIGNED, links.check(ALERT,
                ReviewLinks.Signature.of(Map.of("e", String.valueOf(s.expiry()), "k", "k1"))));
        assertEquals(ReviewLinks.Check.UNSIGNED, links.check(ALERT,
                ReviewLinks.Signature.of(Map.of("e", "soon", "k", "k1", "s", s.mac()))));
    }

    @Test
    void duringARotationLinksOfThePreviousKeyStillOpen() {
        String old = links.linkFor(ALERT);
        String rotated = "{\"keyId\":\"k2\",\"key\":\"U2Vjb25kS2V5Rm9yVGVzdHNPbmx5QUJDREVGR0hJSktMTU5PUA\","
                + "\"previousKeyId\":\"k1\",\"previousKey\":\"Qm9vdHN0cmFwS2V5T25lRm9yVGVzdHNPbmx5MTIzNDU2Nzg5MA\"}";
        ReviewLinks during = new ReviewLinks(ReviewKeys.parse(rotated), "https://abc", Duration.ofDays(30), clock);
        assertEquals(ReviewLinks.Check.VALID, during.check(ALERT, signatureOf(old)));
        String fresh = during.linkFor(ALERT);
        assertEquals("k2", signatureOf(fresh).keyId());
        ReviewLinks after = new ReviewLinks(ReviewKeys.parse(rotated.substring(0, rotated.indexOf(",\"previousKeyId"))
                + "}"), "https://abc", Duration.ofDays(30), clock);
        assertEquals(ReviewLinks.Check.VALID, after.check(ALERT, signatureOf(fresh)));
        assertEquals(ReviewLinks.Check.ALTERED, after.check(ALERT, signatureOf(old)), "the old key retired");
    }

    @Test
    void keysAreRefusedWithWhatIsWrongAndNeverShown() {
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
                () -> ReviewKeys.parse("{\"keyId\":\"k1\",\"key\":\"changeme\"}"));
        assertEquals("the review key k1 has 8 bytes; a key has at least 32", shortKey.getMessage());
        assertEquals("the review key needs \"keyId\" and \"key\"",
                assertThrows(IllegalArgumentException.class, () -> ReviewKeys.parse("{\"key\":\"x\"}")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReviewKeys.parse("k1:secret"));
        String shown = ReviewKeys.parse(K1).toString();
        assertFalse(shown.contains("Qm9v"), shown);
        assertEquals("ReviewKeys[current=k1, accepted=[k1]]", shown);
        assertTrue(new String(ReviewKeys.parse(K1).current(), StandardCharsets.UTF_8).startsWith("Qm9v"));
    }

    @Test
    void queriesAreReadAsBrowsersSendThem() {
        assertEquals(Map.of("e", "1", "k", "k 1", "s", "a-b_c"), ReviewLinks.parseQuery("e=1&k=k+1&s=a-b_c&e=2"));
        assertEquals(Map.of("action", "not-this-entry", "entityId", "ofac-sdn:41736"),
                ReviewLinks.parseQuery("action=not-this-entry&entityId=ofac-sdn%3A41736"));
        assertEquals(Map.of(), ReviewLinks.parseQuery(null));
        assertEquals(Map.of("x", ""), ReviewLinks.parseQuery("x=%zz"));
    }
}
