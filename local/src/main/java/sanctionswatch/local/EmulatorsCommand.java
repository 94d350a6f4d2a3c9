package sanctionswatch.local;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code emulators}: the local AWS of {@code invoke} and {@code watch}, with the template's resources, until Ctrl-C. */
final class EmulatorsCommand {
    private EmulatorsCommand() {}

    static int run(PrintStream out) throws Exception {
        Emulators emulators = Emulators.start();
        CountDownLatch stopped = stopOnExit(emulators);
        createResources(emulators);
        printExports(out, emulators, Map.of());
        out.println("# Ctrl-C stops the emulators (their state is in memory only).");
        out.flush();
        stopped.await();
        return 0;
    }

    /** Closes {@code running} when the JVM is asked to stop (Ctrl-C); the latch opens once it is closed. */
    static CountDownLatch stopOnExit(AutoCloseable running) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("sanctions-watch: stopping: " + Main.oneLine(e));
            }
            stopped.countDown();
        }));
        return stopped;
    }

    /** The buckets, tables, queues and topics of template.yaml, created on {@code emulators}. */
    static TemplateResources createResources(Emulators emulators) throws java.io.IOException {
        TemplateResources resources = new TemplateResources(emulators);
        resources.createAll(emulators.dynamo(), emulators.sqs(), emulators.sns(), emulators.s3());
        return resources;
    }

    /**
     * Where the emulators listen, then one {@code export} line per setting another shell needs: the AWS settings
     * that point the SDK at them, then {@code more} ({@code serve}'s review address and key), in that order.
     */
    static void printExports(PrintStream out, Emulators emulators, Map<String, String> more) {
        out.println("# DynamoDB at " + emulators.dynamoEndpoint() + ", SNS, SQS and S3 at " + emulators.messagingEndpoint()
                + ", with the buckets, tables, queues and topics of template.yaml. In another shell:");
        emulators.awsEnvironment().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println("export " + e.getKey() + "=" + e.getValue()));
        more.forEach((k, v) -> out.println("export " + k + "=" + shellWord(v)));
        out.println("# then: bin/sanctions-watch invoke ScanArticleFunction -e events/scan-article.json");
    }

    /** {@code value} as one shell word: as it is when plain, else in single quotes ({@code '{"keyId":"k1",…}'}). */
    static String shellWord(String value) {
        return value.matches("[A-Za-z0-9_./:=,@%+-]*") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
