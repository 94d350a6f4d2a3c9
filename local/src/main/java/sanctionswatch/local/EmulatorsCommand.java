package sanctionswatch.local;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code emulators}: the local AWS of {@code invoke} and {@code watch}, with the template's resources, until Ctrl-C. */
final class EmulatorsCommand {
    private EmulatorsCommand() {}

    static int run(PrintStream out) throws Exception {
        Emulators emulators = Emulators.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulators.close();
            stopped.countDown();
        }));
        new TemplateResources(emulators).createAll(emulators.dynamo(), emulators.sqs(), emulators.sns(), emulators.s3());
        out.println("# DynamoDB at " + emulators.dynamoEndpoint() + ", SNS, SQS and S3 at " + emulators.messagingEndpoint()
                + ", with the buckets, tables, queues and topics of template.yaml. In another shell:");
        emulators.awsEnvironment().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println("export " + e.getKey() + "=" + e.getValue()));
        out.println("# then: bin/sanctions-watch invoke ScanArticleFunction -e events/scan-article.json");
        out.println("# Ctrl-C stops the emulators (their state is in memory only).");
        out.flush();
        stopped.await();
        return 0;
    }
}
