package sanctionswatch.aws;

import sanctionswatch.review.ReviewKeys;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * The review links' keys from the secret the deployment generated ({@code ReviewKeySecret}: {@code {"keyId":"k1",
 * "key":"…"}}), read once per container; a rotation takes effect in containers started after it. One call, whose
 * request and answer are mapped by {@link #request} and {@link #keys}, each tested without AWS (no emulator keeps
 * secrets); the call itself is the SDK's.
 */
public final class ReviewKeySecret {
    private ReviewKeySecret() {}

    public static ReviewKeys read(SecretsManagerClient secrets, String secretArn) {
        return keys(secretArn, secrets.getSecretValue(request(secretArn)));
    }

    /** The secret's current version ({@code AWSCURRENT}, what a rotation moves), by the ARN the template gives. */
    static GetSecretValueRequest request(String secretArn) {
        return GetSecretValueRequest.builder().secretId(secretArn).build();
    }

    /**
     * The keys the answer holds: its {@code SecretString}, the JSON {@code GenerateSecretString} wrote.
     *
     * @throws IllegalArgumentException saying what is wrong and with which secret, never with the key itself
     */
    static ReviewKeys keys(String secretArn, GetSecretValueResponse answer) {
        if (answer.secretString() == null) {
            throw new IllegalArgumentException("the review key secret " + secretArn + " holds no text (a binary "
                    + "secret?); it holds {\"keyId\": \"k1\", \"key\": \"…\"} as the template generates it");
        }
        try {
            return ReviewKeys.parse(answer.secretString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the review key secret " + secretArn + ": " + e.getMessage(), e);
        }
    }
}
