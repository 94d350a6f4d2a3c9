package sanctionswatch.functions;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.crac.CheckpointException;
import org.crac.Context;
import org.crac.Resource;
import org.crac.RestoreException;
import org.junit.jupiter.api.Test;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.InMemoryAlerts;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.article.InMemoryArticleStore;
import sanctionswatch.country.Countries;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.scan.ArticlePages;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.ScanService;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SnapStart hooks run through the global CRaC context, as the runtime calls them, and leave the scanner working. */
class PrimingTest {
    @Test
    void hooksRunAndTheFunctionStillWorksAfterRestore() throws Exception {
        ArticleScanner scanner = Wiring.bundledScanner();
        Priming.register(() -> scanner, () -> { });
        RecordingContext context = new RecordingContext();
        AtomicInteger clientsBuilt = new AtomicInteger();
        Priming.register(() -> scanner, clientsBuilt::incrementAndGet, context);
        int before = Priming.timesPrimed();

        context.beforeCheckpoint(null);
        context.afterRestore(null);
        assertEquals(before + 1, Priming.timesPrimed(), "beforeCheckpoint ran once");
        assertEquals(1, clientsBuilt.get(), "the clients made on first use are made before the snapshot");

        InMemoryAlerts alerts = new InMemoryAlerts();
        HttpFetcher fetcher = HttpFetcher.defaults();
        ScanService service = new ScanService(() -> scanner, fetcher, new InMemoryArticleStore(), alerts,
                new WatchEvaluator(Countries.bundled()), new AlertService(alerts, a -> { }));
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId("after-restore");
        m.setBody("{\"url\":\"http://127.0.0.1/x\",\"title\":\"t\",\"summary\":\"Russia and North Korea: Kim Jong Un.\"}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(m));
        SQSBatchResponse r = new ScanArticleFunction(service, new ArticlePages(fetcher, 10), null)
                .handleRequest(event, null);
        assertEquals(List.of(), r.getBatchItemFailures());
        assertEquals(List.of("ru-kp"), alerts.alerts().keySet().stream().map(k -> k.split(":")[0]).toList());
    }

    /** A CRaC context as the runtime drives one: resources run before the checkpoint and after the restore. */
    private static final class RecordingContext extends Context<Resource> {
        private final List<Resource> resources = new java.util.ArrayList<>();

        @Override
        public void register(Resource r) {
            resources.add(r);
        }

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
            for (Resource r : resources) {
                try {
                    r.beforeCheckpoint(this);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) throws RestoreException {
            for (Resource r : resources) {
                try {
                    r.afterRestore(this);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void thePrimingTextWalksEveryMatchingPath() {
        var r = Wiring.bundledScanner().scan(Priming.TEXT);
        assertEquals(List.of("KP", "KR", "RU"), r.countries());
        assertTrue(r.mentions().stream().anyMatch(x -> x.rule().label().equals("surname")));
        assertTrue(r.mentions().stream().anyMatch(x -> x.matched().equals("ЧВК Вагнер")));
    }
}
