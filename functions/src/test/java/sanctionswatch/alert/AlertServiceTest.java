package sanctionswatch.alert;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AlertServiceTest {
    private static final Alert ALERT = new Alert("ru-kp:a1", "ru-kp", "country-pair", "a1", "https://news.example/1",
            "T", "Russia and North Korea", "quote", List.of(), List.of("RU", "KP"));

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
        Alert long_ = new Alert("x", "w", "name", "a", "u", "t", "r".repeat(300) + "\nsecond", "q", List.of(), List.of());
        String subject = AlertMessages.subject(long_);
        assertEquals(99, subject.length());
        assertEquals(-1, subject.indexOf('\n'));
    }
}
