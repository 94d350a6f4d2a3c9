package sanctionswatch.aws;

import org.junit.jupiter.api.Test;
import sanctionswatch.review.ReviewKeys;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review key secret's one call, mapped both ways without AWS (no emulator keeps secrets). */
class ReviewKeySecretTest {
    private static final String ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ReviewKeySecret-AbCdEf";
    private static final String KEY = "a".repeat(64);
    private static final String OLD = "b".repeat(64);

    @Test
    void theRequestAsksForTheCurrentVersionOfTheSecretTheTemplateNames() {
        GetSecretValueRequest r = ReviewKeySecret.request(ARN);
        assertEquals(ARN, r.secretId());
        assertNull(r.versionStage(), "AWSCURRENT, which a rotation moves");
        assertNull(r.versionId());
    }

    @Test
    void theAnswerAsTheTemplateGeneratesItAndDuringARotation() {
        ReviewKeys keys = ReviewKeySecret.keys(ARN, GetSecretValueResponse.builder().arn(ARN)
                .secretString("{\"keyId\": \"k1\", \"key\": \"" + KEY + "\"}").build());
        assertEquals("k1", keys.currentId());
        assertArrayEquals(KEY.getBytes(StandardCharsets.UTF_8), keys.current());

        ReviewKeys rotating = ReviewKeySecret.keys(ARN, GetSecretValueResponse.builder().secretString(
                "{\"keyId\":\"k2\",\"key\":\"" + KEY + "\",\"previousKeyId\":\"k1\",\"previousKey\":\"" + OLD + "\"}")
                .build());
        assertEquals("k2", rotating.currentId());
        assertArrayEquals(OLD.getBytes(StandardCharsets.UTF_8), rotating.find("k1").orElseThrow());
    }

    @Test
    void aSecretThatIsNoKeySaysWhichAndWhatItShouldHoldNeverTheKey() {
        IllegalArgumentException binary = assertThrows(IllegalArgumentException.class, () -> ReviewKeySecret.keys(ARN,
                GetSecretValueResponse.builder().secretBinary(SdkBytes.fromUtf8String(KEY)).build()));
        assertTrue(binary.getMessage().contains(ARN) && binary.getMessage().contains("holds no text"),
                binary.getMessage());
        for (String wrong : new String[] {KEY, "{\"keyId\":\"k1\"}", "{\"keyId\":\"k1\",\"key\":\"short\"}"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReviewKeySecret.keys(ARN,
                    GetSecretValueResponse.builder().secretString(wrong).build()));
            assertTrue(e.getMessage().startsWith("the review key secret " + ARN + ": "), e.getMessage());
            assertFalse(e.getMessage().contains(KEY) || e.getMessage().contains("short"), e.getMessage());
        }
    }
}
