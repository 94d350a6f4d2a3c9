package sanctionswatch.alert;

import org.junit.jupiter.api.Test;
import sanctionswatch.TestClock;
import sanctionswatch.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertServiceTest {
    private static final Alert ALERT = Alert.builder().id("ru-kp:a1").watchId("ru-kp")
            .watchType(WatchType.COUNTRY_PAIR).severity(Severity.MEDIUM).articleId("a1").url("https://news.example/1")
            .title("T").reason("Russia and North Korea").quote("quote").countries(List.of("RU", "KP"))
            .correlationId("c1").build();

    @Test
    void anAlertIsPublishedOnceHoweverOftenTheArticleComesBack() {
        InMemoryAlerts store = new InMemoryAlerts();
        List<Alert> published = new ArrayList<>();
        AlertService service = new AlertService(store, published::add);
        assertEquals(List.of(ALERT), service.deliver(List.of(ALERT)));
        assertEquals(List.of(), service.deliver(List.of(ALERT)));
        assertEquals(List.of(ALERT), published);
        assertEquals(AlertStore.Status.SENT, store.alerts().get("ru-kp:a1"));
    }

    @Test
    void anAlertWhosePublishFailedStaysPendingAndIsPublishedNextTime() {
        InMemoryAlerts store = new InMemoryAlerts();
        AlertService failing = new AlertService(store, a -> {
            throw new IllegalStateException("SNS is down");
        });
        assertThrows(IllegalStateException.class, () -> failing.deliver(List.of(ALERT)));
        assertEquals(AlertStore.Status.PENDING, store.alerts().get("ru-kp:a1"));

        List<Alert> published = new ArrayList<>();
        assertEquals(List.of(ALERT), new AlertService(store, published::add).deliver(List.of(ALERT)));
        assertEquals(AlertStore.Status.SENT, store.alerts().get("ru-kp:a1"));
    }

    @Test
    void defaultWatchesAreSeededOnceSoARemovedDefaultStaysRemoved() {
        InMemoryAlerts store = new InMemoryAlerts();
        assertEquals(Watches.defaults(), Watches.current(store));
        store.remove("ru-kp");
        assertEquals(List.of(), Watches.current(store));
    }

    @Test
    void subjectsAreShortAndOnOneLine() {
        Alert long_ = Alert.builder().id("x").watchId("w").watchType(WatchType.NAME).severity(Severity.HIGH)
                .articleId("a").url("u").title("t").reason("r".repeat(300) + "\nsecond").quote("q").correlationId("c")
                .build();
        String subject = AlertMessages.subject(long_);
        assertEquals(99, subject.length());
        assertEquals(-1, subject.indexOf('\n'));
    }

    @Test
    void aDigestLeavesOutWhatTheGateKeepsQuietNowAndIsNotSentWhenNothingIsLeft() {
        InMemoryAlerts store = new InMemoryAlerts();
        List<Alert> published = new ArrayList<>();
        java.time.Instant t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        TestClock clock = new TestClock(t0);
        // As an analyst's "Not this entry" made after a2 and b2 were held back would: they go out no more.
        AlertGate gate = held -> held.stream().filter(a -> !a.articleId().endsWith("2")).toList();
        AlertService service = new AlertService(store, published::add, java.time.Duration.ofMinutes(60), clock, gate);
        service.deliver(List.of(alertOn("a1")));
        service.deliver(List.of(alertOn("a2"), alertOn("a3")));
        clock.set(t0.plusSeconds(3600));
        List<Alert> digests = service.sendDueDigests();
        assertEquals(1, digests.size());
        assertTrue(digests.get(0).reason().startsWith("1 more article about RU and KP (ru-kp)"), digests.get(0).reason());
        assertEquals("https://news.example/a3", digests.get(0).quote());
        assertEquals(List.of(), store.dueDigests(t0.plusSeconds(3600)), "marked sent");

        service.deliver(List.of(alertOn("b1")));
        service.deliver(List.of(alertOn("b2")));
        clock.set(t0.plusSeconds(7200));
        int before = published.size();
        assertEquals(List.of(), service.sendDueDigests(), "all it held is quiet: nothing to send");
        assertEquals(before, published.size());
        assertEquals(List.of(), store.dueDigests(t0.plusSeconds(7200)), "and it is not tried again");
    }

    @Test
    void theSameWatchAndSubjectAlertsOncePerWindowThenOneDigest() {
        InMemoryAlerts store = new InMemoryAlerts();
        List<Alert> published = new ArrayList<>();
        java.time.Instant t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        TestClock clock = new TestClock(t0);
        AlertService service = new AlertService(store, published::add, java.time.Duration.ofMinutes(60), clock);

        assertEquals(1, service.deliver(List.of(alertOn("a1"))).size());
        clock.set(t0.plusSeconds(600));
        assertEquals(List.of(), service.deliver(List.of(alertOn("a2"))));
        assertEquals(List.of(), service.deliver(List.of(alertOn("a3"), alertOn("a2"))));
        assertEquals(AlertStore.Status.SUPPRESSED, store.alerts().get("ru-kp:a2"));
        assertEquals(List.of(), service.sendDueDigests(), "the window is still open");

        clock.set(t0.plusSeconds(3600));
        List<Alert> digests = service.sendDueDigests();
        assertEquals(1, digests.size());
        Alert digest = digests.get(0);
        assertEquals(AlertKind.DIGEST, digest.kind());
        assertTrue(digest.reason().startsWith("2 more articles about RU and KP (ru-kp)"), digest.reason());
        assertEquals("https://news.example/a2\nhttps://news.example/a3", digest.quote());
        assertEquals(List.of(), service.sendDueDigests(), "a digest goes out once");

        assertEquals(1, service.deliver(List.of(alertOn("a4"))).size(), "a new window opens after the last");
        assertEquals(3, published.size());
    }

    @Test
    void aRedeliveredAlertThatOpenedItsWindowIsStillPublished() {
        InMemoryAlerts store = new InMemoryAlerts();
        TestClock clock = new TestClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        AlertService failing = new AlertService(store, a -> {
            throw new IllegalStateException("SNS is down");
        }, java.time.Duration.ofMinutes(60), clock);
        assertThrows(IllegalStateException.class, () -> failing.deliver(List.of(alertOn("a1"))));
        List<Alert> published = new ArrayList<>();
        AlertService retry = new AlertService(store, published::add, java.time.Duration.ofMinutes(60), clock);
        assertEquals(1, retry.deliver(List.of(alertOn("a1"))).size());
    }

    @Test
    void alertsLeftPendingByAnOutageArePublishedOnceBySweeping() {
        TestClock clock = new TestClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        InMemoryAlerts store = new InMemoryAlerts(clock);
        AlertService down = new AlertService(store, a -> {
            throw new IllegalStateException("SNS is down");
        }, java.time.Duration.ZERO, clock);
        assertThrows(IllegalStateException.class, () -> down.deliver(List.of(alertOn("a1"))));
        List<Alert> published = new ArrayList<>();
        AlertService up = new AlertService(store, published::add, java.time.Duration.ZERO, clock);
        assertEquals(List.of(), up.republishPending(java.time.Duration.ofMinutes(15)), "too fresh to sweep");
        clock.advance(java.time.Duration.ofMinutes(16));
        assertEquals(List.of(alertOn("a1")), up.republishPending(java.time.Duration.ofMinutes(15)));
        assertEquals(List.of(), up.republishPending(java.time.Duration.ofMinutes(15)));
        assertEquals(List.of(), up.deliver(List.of(alertOn("a1"))), "a redelivery finds it sent");
        assertEquals(1, published.size());
    }

    @Test
    void theSameStoryUnderAnotherUrlAlertsEachWatchOnce() {
        String text = "Pyongyang shipped shells to Russia, officials said on Thursday, in a deal worth millions. "
                + "The transfer went by rail through the border town, the report added.";
        Story original = Story.of("Russia seeking arms", Tokenizer.tokenize(text));
        Story copy = Story.of("Russia seeking arms", Tokenizer.tokenize(text + " (AFP)"));
        Story other = Story.of("Russia seeking arms", Tokenizer.tokenize("A different report on a different day about "
                + "rockets and ports, written by other people, with other facts entirely."));
        assertTrue(original.nearlySame(copy.fingerprint()), Long.toBinaryString(original.fingerprint() ^ copy.fingerprint()));
        InMemoryAlerts store = new InMemoryAlerts();
        List<Alert> published = new ArrayList<>();
        AlertService service = new AlertService(store, published::add);
        assertEquals(1, service.deliver(List.of(alertOn("a1")), original).size());
        assertEquals(List.of(), service.deliver(List.of(alertOn("a2")), copy), "syndicated copy");
        assertEquals(AlertStore.Status.SUPPRESSED, store.alerts().get("ru-kp:a2"));
        assertEquals(1, service.deliver(List.of(alertOn("a3")), other).size(), "same title, another story");
        assertEquals(List.of(), service.deliver(List.of(alertOn("a1")), original), "redelivery");
        assertEquals(2, published.size());
    }

    private static Alert alertOn(String article) {
        return ALERT.toBuilder().id("ru-kp:" + article).articleId(article).url("https://news.example/" + article)
                .correlationId("c").build();
    }
}
