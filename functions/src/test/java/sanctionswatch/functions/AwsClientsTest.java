package sanctionswatch.functions;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The client recipe takes region, credentials and endpoints from the environment it is given, as Lambda sets them. */
class AwsClientsTest {
    @Test
    void lambdasEnvironmentWithoutSnapStart() {
        Map<String, String> env = Map.of("AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "ASIAEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "token");
        try (DynamoDbClient dynamo = AwsClients.fromEnvironment(env).dynamo()) {
            var config = dynamo.serviceClientConfiguration();
            assertEquals(Region.EU_WEST_1, config.region());
            assertEquals(Optional.empty(), config.endpointOverride());
            AwsSessionCredentials keys = (AwsSessionCredentials) config.credentialsProvider().resolveIdentity().join();
            assertEquals("ASIAEXAMPLE", keys.accessKeyId());
            assertEquals("token", keys.sessionToken());
        }
    }

    @Test
    void snapStartsContainerCredentials() {
        Map<String, String> env = Map.of("AWS_REGION", "eu-west-1",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:9001/2021-04-23/credentials",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", "token");
        try (DynamoDbClient dynamo = AwsClients.fromEnvironment(env).dynamo()) {
            assertInstanceOf(ContainerCredentialsProvider.class, dynamo.serviceClientConfiguration()
                    .credentialsProvider());
        }
    }

    @Test
    void anEndpointPerServiceElseTheCommonOne() {
        Map<String, String> env = Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "test",
                "AWS_SECRET_ACCESS_KEY", "test", "AWS_ENDPOINT_URL", "http://127.0.0.1:4566",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000");
        AwsClients clients = AwsClients.fromEnvironment(env);
        try (DynamoDbClient dynamo = clients.dynamo(); SqsClient sqs = clients.sqs()) {
            assertEquals(Optional.of(URI.create("http://127.0.0.1:8000")),
                    dynamo.serviceClientConfiguration().endpointOverride());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")),
                    sqs.serviceClientConfiguration().endpointOverride());
        }
    }
}
