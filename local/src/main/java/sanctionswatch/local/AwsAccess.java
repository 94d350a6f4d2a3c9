package sanctionswatch.local;

import sanctionswatch.functions.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region, credentials and endpoint the command line reaches AWS with, found in the environment and the AWS config
 * and credentials files, and nowhere else. The SDK's own chains end at the EC2 instance metadata service, which on a
 * laptop costs seconds of connection attempts before the error; here a missing region or credentials is known before
 * a client is built, and said in one line.
 *
 * @param region      the region, or null when none is set
 * @param credentials the credentials, or null when none are set
 * @param endpoint    {@code AWS_ENDPOINT_URL_DYNAMODB} or {@code AWS_ENDPOINT_URL}, or null for AWS itself
 * @param problem     why the profile's credentials could not be had, or null
 */
record AwsAccess(Region region, AwsCredentialsProvider credentials, URI endpoint, String problem) {
    /** A profile with one of these has credentials, or says how to get them. */
    private static final List<String> CREDENTIAL_PROPERTIES = List.of("aws_access_key_id", "credential_process",
            "role_arn", "web_identity_token_file", "sso_session", "sso_start_url");

    /**
     * Region from {@code AWS_REGION}, else the profile's; credentials from {@code AWS_ACCESS_KEY_ID} and
     * {@code AWS_SECRET_ACCESS_KEY} (with {@code AWS_SESSION_TOKEN}), else the profile's ({@code AWS_PROFILE}, else
     * {@code default}, in {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE}, by default under
     * {@code ~/.aws}), else a container's ({@code AWS_CONTAINER_CREDENTIALS_*}).
     */
    static AwsAccess of(Map<String, String> env) {
        String profileName = Optional.ofNullable(value(env, "AWS_PROFILE")).orElse("default");
        ProfileFile profiles = profiles(env);
        Optional<Profile> profile = profiles == null ? Optional.empty() : profiles.profile(profileName);
        String region = value(env, "AWS_REGION");
        if (region == null) {
            region = profile.flatMap(p -> p.property(ProfileProperty.REGION)).orElse(null);
        }
        AwsCredentialsProvider credentials = null;
        String problem = null;
        String key = value(env, "AWS_ACCESS_KEY_ID");
        String secret = value(env, "AWS_SECRET_ACCESS_KEY");
        String token = value(env, "AWS_SESSION_TOKEN");
        if (key != null && secret != null) {
            credentials = StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(key, secret)
                    : AwsSessionCredentials.create(key, secret, token));
        } else if (profile.isPresent() && CREDENTIAL_PROPERTIES.stream()
                .anyMatch(p -> profile.get().property(p).isPresent())) {
            AwsCredentialsProvider fromProfile = ProfileCredentialsProvider.builder().profileFile(profiles)
                    .profileName(profileName).build();
            try {
                fromProfile.resolveCredentials();
                credentials = fromProfile;
            } catch (RuntimeException e) {
                problem = "profile " + profileName + ": " + Main.oneLine(e);
            }
        } else if (value(env, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != null
                || value(env, "AWS_CONTAINER_CREDENTIALS_FULL_URI") != null) {
            credentials = ContainerCredentialsProvider.builder().build();
        }
        String endpoint = Optional.ofNullable(value(env, "AWS_ENDPOINT_URL_DYNAMODB"))
                .orElse(value(env, "AWS_ENDPOINT_URL"));
        return new AwsAccess(region == null ? null : Region.of(region), credentials,
                endpoint == null ? null : URI.create(endpoint), problem);
    }

    /** What is missing, for a message: "an AWS region", "AWS credentials"; empty when nothing is. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (region == null) {
            missing.add("an AWS region");
        }
        if (credentials == null) {
            missing.add(problem == null ? "AWS credentials" : "AWS credentials (" + problem + ")");
        }
        return missing;
    }

    /** The functions' client recipe with this region, these credentials and this endpoint: the SDK looks for none. */
    AwsClients clients() {
        return new AwsClients(region, credentials, endpoint == null ? Map.of() : Map.of("dynamodb", endpoint),
                AwsClients.ATTEMPT_TIMEOUT);
    }

    /** The config and credentials files, or null when there are none. */
    private static ProfileFile profiles(Map<String, String> env) {
        String home = Optional.ofNullable(value(env, "HOME")).orElse(value(env, "USERPROFILE"));
        Path config = file(env, "AWS_CONFIG_FILE", home, "config");
        Path credentials = file(env, "AWS_SHARED_CREDENTIALS_FILE", home, "credentials");
        boolean any = false;
        ProfileFile.Aggregator all = ProfileFile.aggregator();
        if (credentials != null && Files.isRegularFile(credentials)) {
            all.addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build());
            any = true;
        }
        if (config != null && Files.isRegularFile(config)) {
            all.addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build());
            any = true;
        }
        return any ? all.build() : null;
    }

    private static Path file(Map<String, String> env, String variable, String home, String name) {
        String set = value(env, variable);
        if (set != null) {
            return Path.of(set);
        }
        return home == null ? null : Path.of(home, ".aws", name);
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
