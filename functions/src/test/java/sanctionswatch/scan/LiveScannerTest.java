package sanctionswatch.scan;

import org.junit.jupiter.api.Test;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.refresh.ForwardingListVersions;
import sanctionswatch.lists.refresh.InMemoryListVersions;
import sanctionswatch.lists.refresh.ListVersion;
import sanctionswatch.lists.refresh.ListVersions;
import sanctionswatch.text.Digests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deferred start: no call and no scanner in init; the first batch's check loads what is published. */
class LiveScannerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);
    /** A real SDN entry (ofac-sdn:41736), the one a published version carries in these tests. */
    private static final Entity MKRTYCHEV = new Entity("ofac-sdn:41736", EntityType.PERSON, "MKRTYCHEV, Ashot",
            List.of(new Alias("MKRTYCEV, Asot", Alias.Kind.AKA, false)), List.of("DPRK3"), List.of("RU"));
    private static final String STORY = "Treasury designated Ashot Mkrtychev, who brokered arms for Pyongyang.";

    /** The versions kept in memory, counting the reads of which one is current (a DynamoDB call in a function). */
    private static final class Counted extends ForwardingListVersions {
        final AtomicInteger currentCalls = new AtomicInteger();
        RuntimeException failure;

        Counted() {
            super(new InMemoryListVersions());
        }

        @Override
        public Optional<ListVersion> current() {
            currentCalls.incrementAndGet();
            if (failure != null) {
                throw failure;
            }
            return super.current();
        }
    }

    @Test
    void aPublishedVersionIsLoadedByTheFirstCheckAndTheBundledListIsNeverBuilt() throws IOException {
        Counted versions = new Counted();
        publish(versions, "20261130T060012Z-3fa2c1d0", new Watchlist(List.of(MKRTYCHEV)));
        AtomicInteger bundledBuilt = new AtomicInteger();
        Supplier<ArticleScanner> bundled = () -> {
            bundledBuilt.incrementAndGet();
            return ArticleScanner.of(new Watchlist(List.of()));
        };

        LiveScanner live = LiveScanner.deferred(versions, Duration.ofMinutes(5), CLOCK, bundled);
        assertEquals(0, versions.currentCalls.get(), "no call at the start");
        assertEquals(LiveScanner.BUNDLED, live.version());

        LiveScanner.Check first = live.checkIfDue().orElseThrow();
        assertTrue(first.loaded());
        assertEquals("20261130T060012Z-3fa2c1d0", live.version());
        assertEquals(List.of("ofac-sdn:41736"), live.get().scan(STORY).mentions().stream()
                .map(m -> m.entity().id()).distinct().toList());
        assertEquals(0, bundledBuilt.get(), "the bundled scanner is not built when a version is published");
        assertTrue(live.checkIfDue().isEmpty(), "the next check waits the interval");
        assertEquals(1, versions.currentCalls.get());
    }

    @Test
    void withNothingPublishedTheBundledListIsBuiltOnceWhenFirstScanned() {
        Counted versions = new Counted();
        AtomicInteger bundledBuilt = new AtomicInteger();
        Watchlist sdnEntry = new Watchlist(List.of(MKRTYCHEV));
        LiveScanner live = LiveScanner.deferred(versions, Duration.ofMinutes(5), CLOCK, () -> {
            bundledBuilt.incrementAndGet();
            return ArticleScanner.of(sdnEntry);
        });
        assertEquals(0, bundledBuilt.get());

        LiveScanner.Check first = live.checkIfDue().orElseThrow();
        assertEquals(new LiveScanner.Check(LiveScanner.BUNDLED, false, null, null), first);
        assertEquals(0, bundledBuilt.get(), "a check alone builds nothing");
        assertEquals(1, live.get().scan(STORY).mentions().stream().map(m -> m.entity().id()).distinct().count());
        live.get();
        assertEquals(1, bundledBuilt.get());
    }

    @Test
    void aFailedFirstCheckIsTriedAgainAtTheNextBatch() {
        Counted failing = new Counted();
        failing.failure = new IllegalStateException("ProvisionedThroughputExceededException");
        LiveScanner live = LiveScanner.deferred(failing, Duration.ofMinutes(5), CLOCK,
                () -> ArticleScanner.of(new Watchlist(List.of())));
        assertEquals("ProvisionedThroughputExceededException", live.checkIfDue().orElseThrow().error());
        assertTrue(live.checkIfDue().isPresent(), "tried again at once, not in 5 minutes");
        assertEquals(2, failing.currentCalls.get());
        assertTrue(live.checkIfDue().isEmpty(), "after a second failure, at the interval as before");
    }

    private static void publish(ListVersions versions, String id, Watchlist list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledWatchlist.write(list, out);
        byte[] bytes = out.toByteArray();
        versions.publish(new ListVersion(id, "lists/" + id + ".swl", Digests.sha256(bytes), bytes.length,
                list.size(), Map.of("ofac-sdn", list.size()), CLOCK.instant().toString(), "", null, false, null),
                bytes, null, null);
    }
}
