package sanctionswatch.aws;

import sanctionswatch.review.ReviewKeys;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The review links' keys from the secret the deployment generated ({@code ReviewKeySecret}: {@code {"keyId":"k1",
 * "key":"…"}}), read once per container; a rotation takes effect in containers started after it.
 */
public final class ReviewKeySecret {
    private ReviewKeySecret() {}

    public static ReviewKeys read(SecretsManagerClient secrets, String secretArn) {
        return ReviewKeys.parse(secrets.getSecretValue(b -> b.secretId(secretArn)).secretString());
    }
}
