package sanctionswatch.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import sanctionswatch.functions.AwsClients;
import sanctionswatch.functions.ScanArticleFunction;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.Wiring;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.lists.refresh.ListVersions;
import sanctionswatch.scan.LiveScanner;
import sanctionswatch.scan.ScanService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ScanArticleFunction's init taken apart: each step of its wiring timed, in the order the function takes them, then
 * the first invocation, its first list check and the scanner it starts on timed apart from the rest. Run in the
 * function's place by the cold-start harness ({@code bench/coldstart.sh 10 -Dcoldstart.functions=ScanArticleFunction
 * -Dcoldstart.handler=sanctionswatch.bench.InitSteps::handleRequest}); appends one line of milliseconds per run to
 * {@code bench/target/init-steps.txt}.
 */
public final class InitSteps implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final Map<String, Long> steps = new LinkedHashMap<>();
    private final ScanArticleFunction function;
    private final LiveScanner lists;
    private long last = System.nanoTime();

    public InitSteps() {
        Settings settings = Settings.fromEnvironment();
        step("settings");
        AwsClients clients = AwsClients.fromEnvironment(System.getenv());
        step("clientRecipe");
        DynamoDbClient dynamo = clients.dynamo();
        step("dynamoClient");
        ListVersions versions = Wiring.listVersions(settings, () -> clients.s3(settings.s3PathStyle()), dynamo);
        lists = Wiring.liveScanner(settings, versions);
        step("liveScanner");
        HttpFetcher fetcher = Wiring.fetcher(settings);
        ScanService service = Wiring.scanner(settings, fetcher, lists, dynamo, clients::sns);
        step("scanService");
        function = new ScanArticleFunction(service, Wiring.pages(settings, fetcher), lists);
        step("function");
    }

    private void step(String name) {
        long now = System.nanoTime();
        steps.put(name, (now - last) / 1_000_000);
        last = now;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        last = System.nanoTime();
        // What the function does first in a batch, timed apart; its own check is then not due.
        lists.checkIfDue();
        step("firstListCheck");
        lists.get();
        step("scannerOfTheLists");
        SQSBatchResponse response = function.handleRequest(event, context);
        step("restOfFirstInvocation");
        try {
            Path out = Inputs.root().resolve("bench/target/init-steps.txt");
            Files.writeString(out, steps + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }
}
