package sanctionswatch.functions;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one recipe for every AWS client of the project: the functions' ({@link Wiring}), the command line's and the
 * emulators' in the tests. Each client gets the region, credentials and endpoint this recipe holds set on its builder,
 * retries in the SDK's standard mode (stated rather than left to the SDK's default), cuts an attempt off after its
 * timeout, and sends through the one HTTP client of the recipe.
 *
 * <p>Why set rather than found by the SDK: left to itself, each builder runs the SDK's region and credentials chains
 * (system properties, environment, the profile files, a web identity, the container and the instance metadata
 * endpoints), each a few classes to load and files to look for, and builds an HTTP client of its own. On Lambda the
 * region and credentials are in the environment ({@code AWS_REGION}; {@code AWS_ACCESS_KEY_ID},
 * {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}; with SnapStart on, the container's
 * {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} instead), so {@link #fromEnvironment} reads them there and nothing is
 * probed. Where the environment does not have them (a laptop with a profile), the SDK's own chains still apply.
 *
 * <p>Example: on Lambda in {@code eu-west-1}, {@code AwsClients.fromEnvironment(System.getenv()).dynamo()} is a client
 * of {@code eu-west-1} signing with the execution role's keys from the environment; with
 * {@code AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:8000} set, the same client reaches dynalite there.
 */
public final class AwsClients {
    /** Long enough for any single call these functions make; a hung connection is cut off and retried. */
    public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

    /** A compiled list of every source is tens of MB at most: more time per attempt than a table call. */
    public static final Duration LIST_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final Map<String, URI> endpoints;
    private final Duration attemptTimeout;
    private final SdkHttpClient http;

    /**
     * @param region         null: the SDK's region chain
     * @param credentials    null: the SDK's credentials chain
     * @param endpoints      by the SDK's service id ({@code dynamodb}, {@code sqs}, {@code sns}, {@code s3}), where
     *                       to reach the service instead of AWS (an emulator, a proxy); a service not named reaches
     *                       AWS
     * @param attemptTimeout for DynamoDB, SQS and SNS calls; S3's is {@link #LIST_ATTEMPT_TIMEOUT}
     */
    public AwsClients(Region region, AwsCredentialsProvider credentials, Map<String, URI> endpoints,
                      Duration attemptTimeout) {
        this.region = region;
        this.credentials = credentials;
        this.endpoints = Map.copyOf(endpoints);
        this.attemptTimeout = attemptTimeout;
        this.http = UrlConnectionHttpClient.create();
    }

    /**
     * The recipe of a process's environment: region from {@code AWS_REGION}; credentials from
     * {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} (with {@code AWS_SESSION_TOKEN}), else from the
     * container endpoint when {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} or {@code _RELATIVE_URI} is set (Lambda with
     * SnapStart, ECS); endpoints from {@code AWS_ENDPOINT_URL_<SERVICE>}, else {@code AWS_ENDPOINT_URL}. What is not
     * set is left to the SDK's chains.
     */
    public static AwsClients fromEnvironment(Map<String, String> env) {
        String region = value(env, "AWS_REGION");
        String key = value(env, "AWS_ACCESS_KEY_ID");
        String secret = value(env, "AWS_SECRET_ACCESS_KEY");
        String token = value(env, "AWS_SESSION_TOKEN");
        AwsCredentialsProvider credentials = null;
        if (key != null && secret != null) {
            credentials = StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(key, secret)
                    : AwsSessionCredentials.create(key, secret, token));
        } else if (value(env, "AWS_CONTAINER_CREDENTIALS_FULL_URI") != null
                || value(env, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != null) {
            // Refreshes them itself before they expire; SnapStart's restored functions get theirs this way.
            credentials = ContainerCredentialsProvider.builder().build();
        }
        Map<String, URI> endpoints = new HashMap<>();
        String all = value(env, "AWS_ENDPOINT_URL");
        for (String service : new String[] {"dynamodb", "sqs", "sns", "s3", "secretsmanager"}) {
            String one = value(env, "AWS_ENDPOINT_URL_" + service.toUpperCase(Locale.ROOT));
            String endpoint = one != null ? one : all;
            if (endpoint != null) {
                endpoints.put(service, URI.create(endpoint));
            }
        }
        return new AwsClients(region == null ? null : Region.of(region), credentials, endpoints, ATTEMPT_TIMEOUT);
    }

    /** Every service at one {@code endpoint} (an emulator, a proxy), with fixed region and keys. */
    public static AwsClients at(URI endpoint, String region, String key, String secret, Duration attemptTimeout) {
        return new AwsClients(Region.of(region), StaticCredentialsProvider.create(AwsBasicCredentials.create(key,
                secret)), Map.of("dynamodb", endpoint, "sqs", endpoint, "sns", endpoint, "s3", endpoint), attemptTimeout);
    }

    public DynamoDbClient dynamo() {
        return build(DynamoDbClient.builder(), "dynamodb", attemptTimeout);
    }

    public SqsClient sqs() {
        return build(SqsClient.builder(), "sqs", attemptTimeout);
    }

    public SnsClient sns() {
        return build(SnsClient.builder(), "sns", attemptTimeout);
    }

    /** For the review links' key, read once per container from the secret the deployment generated. */
    public SecretsManagerClient secretsManager() {
        return build(SecretsManagerClient.builder(), "secretsmanager", attemptTimeout);
    }

    /** @param pathStyle bucket in the path rather than the host name, as emulators need */
    public S3Client s3(boolean pathStyle) {
        return build(S3Client.builder().forcePathStyle(pathStyle), "s3", LIST_ATTEMPT_TIMEOUT);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String service,
                                                                                      Duration timeout) {
        if (region != null) {
            builder.region(region);
        }
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        }
        URI endpoint = endpoints.get(service);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.httpClient(http).overrideConfiguration(o -> overrides(o, timeout)).build();
    }

    private static void overrides(ClientOverrideConfiguration.Builder o, Duration timeout) {
        o.retryStrategy(RetryMode.STANDARD).apiCallAttemptTimeout(timeout);
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
