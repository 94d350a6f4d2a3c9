package sanctionswatch.bench;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * One fresh JVM of {@link HttpClientColdStart}: builds a DynamoDB client on the HTTP client named by the argument,
 * the way the functions build theirs (endpoint, region and credentials from the environment), and times the build,
 * the first call and a second one. Prints one JSON line.
 */
public final class HttpClientProbe {
    private HttpClientProbe() {}

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        long t0 = System.nanoTime();
        SdkHttpClient.Builder<?> http = switch (args[0]) {
            case "url-connection" -> UrlConnectionHttpClient.builder();
            case "apache" -> ApacheHttpClient.builder();
            case "crt" -> AwsCrtHttpClient.builder();
            default -> throw new IllegalArgumentException("no HTTP client " + args[0]);
        };
        DynamoDbClient dynamo = DynamoDbClient.builder().httpClientBuilder(http).build();
        long built = System.nanoTime();
        Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("current"));
        dynamo.getItem(b -> b.tableName(args[1]).key(key));
        long first = System.nanoTime();
        dynamo.getItem(b -> b.tableName(args[1]).key(key));
        long second = System.nanoTime();
        System.out.printf("{\"jvmBoot\":%d,\"build\":%d,\"firstCall\":%d,\"secondCall\":%d,\"total\":%d}%n",
                mainAt - jvmStart, (built - t0) / 1_000_000, (first - built) / 1_000_000, (second - first) / 1_000_000,
                mainAt - jvmStart + (first - t0) / 1_000_000);
        dynamo.close();
    }
}
