package sanctionswatch.functions;

import sanctionswatch.alert.WatchType;
import sanctionswatch.alert.Severity;
import sanctionswatch.alert.Alert;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import sanctionswatch.alert.AlertMessages;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.feeds.FeedItems;
import sanctionswatch.match.ScanResult;
import sanctionswatch.scan.ArticleScanner;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.sns.model.PublishRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * SnapStart priming: before the snapshot, runs the scanner, the JSON paths and the SDK's request builders once, so
 * the restored function finds their classes loaded and initialised. Only local work: no call leaves the sandbox while
 * the snapshot is taken.
 */
public final class Priming implements Resource {
    /** Text that walks every matching path: names in both orders, an alias, a surname, countries, a dateline. */
    static final String TEXT = "MOSCOW/SEOUL: Russia and North Korea signed a deal, Pyongyang said.\n\n"
            + "Treasury named Ashot Mkrtychev and the Wagner Group; Mkrtychev denied it. "
            + "Kim Jong Un met Vladimir Putin, the Kremlin said. Бойцы ЧВК Вагнер.";
    private static final AtomicInteger PRIMED = new AtomicInteger();
    /** The CRaC context holds resources weakly; these stay reachable as long as the class is loaded. */
    private static final List<Priming> REGISTERED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Supplier<ArticleScanner> scanner;
    private final Runnable clients;

    private Priming(Supplier<ArticleScanner> scanner, Runnable clients) {
        this.scanner = scanner;
        this.clients = clients;
    }

    /**
     * Registers priming of {@code scanner} with the global CRaC context, which SnapStart runs before a snapshot;
     * {@code clients} builds the clients the function makes on first use. The scanner is asked for only then, so
     * that a function started without SnapStart does not build it in init for priming's sake.
     */
    static void register(Supplier<ArticleScanner> scanner, Runnable clients) {
        register(scanner, clients, Core.getGlobalContext());
    }

    static void register(Supplier<ArticleScanner> scanner, Runnable clients, Context<Resource> context) {
        Priming p = new Priming(scanner, clients);
        REGISTERED.add(p);
        context.register(p);
    }

    /** How many times priming ran in this JVM. */
    static int timesPrimed() {
        return PRIMED.get();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        clients.run();
        ScanResult r = scanner.get().scan(TEXT);
        FeedItem item = FeedItems.fromJson(FeedItems.toJson(new FeedItem("https://news.example/priming", "Priming",
                null, TEXT, "https://news.example/feed", "priming", "priming")));
        PutItemRequest.builder().tableName("priming").item(Map.of("articleId", AttributeValue.fromS(item.url()),
                "countries", AttributeValue.fromSs(r.countries()))).build();
        PublishRequest.builder().topicArn("arn:aws:sns:us-east-1:000000000000:priming")
                .message(AlertMessages.subject(Alert.builder().id("p").watchId("p").watchType(WatchType.NAME)
                        .severity(Severity.LOW).articleId("a").url(item.url()).title(item.title()).reason("priming")
                        .quote("").countries(r.countries()).correlationId("p").build()))
                .build();
        SdkBytes.fromUtf8String(TEXT);
        PRIMED.incrementAndGet();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the SDK clients resolve credentials and connections lazily, per call.
    }
}
