package sanctionswatch.local;

import sanctionswatch.functions.AwsClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * dynalite (DynamoDB) and fauxqs (SNS, SQS, S3) started on free loopback ports (for a test class, a benchmark or
 * {@code bin/sanctions-watch emulators}), from the pinned install in {@code emulators/} (the build runs {@code npm ci}
 * there). Anything missing fails with what to do; nothing is skipped.
 */
public final class Emulators implements AutoCloseable {
    public static final String REGION = "us-east-1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final List<Process> processes = new ArrayList<>();
    private final int dynamoPort;
    private final int fauxqsPort;

    private Emulators(int dynamoPort, int fauxqsPort) {
        this.dynamoPort = dynamoPort;
        this.fauxqsPort = fauxqsPort;
    }

    public static Emulators start() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("emulators.dir", "../emulators")).toAbsolutePath().normalize();
        Path node = dir.resolve("node_modules/node/bin/node");
        Path dynalite = dir.resolve("node_modules/dynalite/cli.js");
        Path fauxqs = dir.resolve("node_modules/fauxqs/dist/cli.js");
        for (Path p : List.of(node, dynalite, fauxqs)) {
            if (!Files.exists(p)) {
                throw new IllegalStateException("emulator file " + p + " is missing: run `npm ci` in " + dir
                        + " (the Maven build of module local does this when node_modules is absent)");
            }
        }
        Emulators e = new Emulators(freePort(), freePort());
        Path logs = Path.of(System.getProperty("emulators.logs", "target/emulator-logs"));
        Files.createDirectories(logs);
        try {
            e.launch(new ProcessBuilder(node.toString(), dynalite.toString(), "--host", "127.0.0.1", "--port",
                    String.valueOf(e.dynamoPort)), logs.resolve("dynalite-" + e.dynamoPort + ".log"), e.dynamoPort,
                    Map.of());
            e.launch(new ProcessBuilder(node.toString(), fauxqs.toString()), logs.resolve("fauxqs-" + e.fauxqsPort + ".log"),
                    e.fauxqsPort, Map.of("FAUXQS_PORT", String.valueOf(e.fauxqsPort), "FAUXQS_HOST", "127.0.0.1",
                            "FAUXQS_LOGGER", "false", "FAUXQS_DEFAULT_REGION", REGION));
        } catch (IOException | RuntimeException | InterruptedException failure) {
            e.close();
            throw failure;
        }
        return e;
    }

    private void launch(ProcessBuilder pb, Path log, int port, Map<String, String> env)
            throws IOException, InterruptedException {
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        processes.add(p);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException(pb.command() + " exited with " + p.exitValue() + ": "
                        + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException(pb.command() + " did not listen on port " + port + " within "
                + START_TIMEOUT + ": " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public URI dynamoEndpoint() {
        return URI.create("http://127.0.0.1:" + dynamoPort);
    }

    /** SNS, SQS and S3 share one endpoint. */
    public URI messagingEndpoint() {
        return URI.create("http://127.0.0.1:" + fauxqsPort);
    }

    public DynamoDbClient dynamo() {
        return dynamo(dynamoEndpoint(), AwsClients.ATTEMPT_TIMEOUT);
    }

    public SqsClient sqs() {
        return sqs(messagingEndpoint(), AwsClients.ATTEMPT_TIMEOUT);
    }

    public SnsClient sns() {
        return sns(messagingEndpoint(), AwsClients.ATTEMPT_TIMEOUT);
    }

    public S3Client s3() {
        return clients(messagingEndpoint(), AwsClients.ATTEMPT_TIMEOUT).s3(true);
    }

    /** A client configured as the functions' own, reaching DynamoDB at {@code endpoint} (a proxy, say). */
    public static DynamoDbClient dynamo(URI endpoint, Duration attemptTimeout) {
        return clients(endpoint, attemptTimeout).dynamo();
    }

    public static SqsClient sqs(URI endpoint, Duration attemptTimeout) {
        return clients(endpoint, attemptTimeout).sqs();
    }

    public static SnsClient sns(URI endpoint, Duration attemptTimeout) {
        return clients(endpoint, attemptTimeout).sns();
    }

    /** The functions' recipe ({@link AwsClients}) aimed at {@code endpoint}, with the emulators' region and keys. */
    private static AwsClients clients(URI endpoint, Duration attemptTimeout) {
        return AwsClients.at(endpoint, REGION, "test", "test", attemptTimeout);
    }

    /** The environment a child process needs to reach these emulators through the SDK's own settings. */
    public Map<String, String> awsEnvironment() {
        return Map.of("AWS_REGION", REGION, "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint().toString(),
                "AWS_ENDPOINT_URL_SQS", messagingEndpoint().toString(),
                "AWS_ENDPOINT_URL_SNS", messagingEndpoint().toString(),
                "AWS_ENDPOINT_URL_S3", messagingEndpoint().toString(), "S3_FORCE_PATH_STYLE", "true");
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
