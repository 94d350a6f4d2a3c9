package sanctionswatch.review;

import org.junit.jupiter.api.Test;
import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertKind;
import sanctionswatch.alert.Severity;
import sanctionswatch.alert.WatchType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which alerts the decisions keep quiet, and which they leave alone. */
class DecisionRulesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Map<String, Set<String>> SURNAME = Map.of("ofac-sdn:41736", Set.of("mkrtychev"));

    private static Alert alert(String watchId, String articleId, String url, List<String> entityIds) {
        return Alert.builder().id(watchId + ":" + articleId).kind(AlertKind.ALERT).watchId(watchId)
                .watchType(WatchType.ENTITY).severity(Severity.HIGH).articleId(articleId).url(url).title("t")
                .reason("r").quote("q").entities(entityIds.stream()
                        .map(id -> new Alert.AlertEntity(id, id, List.of(), "Mkrtychev", "surname")).toList())
                .countries(List.of("KP", "RU")).correlationId("c").build();
    }

    private static Decision decided(Decision.Action action, String watchId, String site, String words, Instant at) {
        return new Decision(watchId + ":a0", watchId, "a0", site, action, "ofac-sdn:41736", words, at, null, "k1/1");
    }

    @Test
    void notThisEntryQuietsTheSameWatchForTheSameWordsOnTheSameSite() {
        List<Decision> ds = List.of(decided(Decision.Action.NOT_THIS_ENTRY, "w", "news.example",
                "ashot mkrtychev|mkrtychev", T0));
        Alert next = alert("w", "a1", "https://News.Example/later", List.of("ofac-sdn:41736"));
        assertTrue(DecisionRules.silencing(ds, next, "news.example", SURNAME, T0).isPresent());
        assertEquals(Optional.empty(), DecisionRules.silencing(ds, next, "other.example", SURNAME, T0), "another site");
        assertEquals(Optional.empty(), DecisionRules.silencing(ds, alert("v", "a1", "https://news.example/l",
                List.of("ofac-sdn:41736")), "news.example", SURNAME, T0), "another watch");
        assertEquals(Optional.empty(), DecisionRules.silencing(ds, next, "news.example",
                Map.of("ofac-sdn:41736", Set.of("mkrtychev", "a. mkrtychev")), T0), "other words");
        assertEquals(Optional.empty(), DecisionRules.silencing(ds, alert("w", "a1", "https://news.example/l",
                List.of("ofac-sdn:41736", "ofac-sdn:35096")), "news.example", SURNAME, T0), "another entry as well");
        assertEquals(Optional.empty(), DecisionRules.silencing(ds, next, "news.example", Map.of(), T0), "no words");
    }

    @Test
    void theLatestOfConfirmedAndNotThisEntryStands() {
        Decision no = decided(Decision.Action.NOT_THIS_ENTRY, "w", "news.example", "mkrtychev", T0);
        Decision yes = decided(Decision.Action.CONFIRMED, "w", "news.example", "mkrtychev", T0.plusSeconds(60));
        Alert next = alert("w", "a1", "https://news.example/later", List.of("ofac-sdn:41736"));
        assertEquals(Optional.empty(), DecisionRules.silencing(List.of(no, yes), next, "news.example", SURNAME, T0));
        Decision noAgain = decided(Decision.Action.NOT_THIS_ENTRY, "w", "news.example", "mkrtychev", T0.plusSeconds(120));
        assertEquals(Optional.of(noAgain),
                DecisionRules.silencing(List.of(no, yes, noAgain), next, "news.example", SURNAME, T0));
    }

    @Test
    void aMuteHoldsForTheSubjectUntilItEnds() {
        Alert next = alert("w", "a1", "https://any.example/x", List.of("ofac-sdn:41736"));
        Decision mute = new Decision("w:a0", "w", "a0", "news.example", Decision.Action.MUTE, "ofac-sdn:41736", "",
                T0, T0.plus(Duration.ofDays(7)), "k1/1");
        assertEquals(Optional.of(mute), DecisionRules.silencing(List.of(mute), next, "any.example", Map.of(),
                T0.plus(Duration.ofDays(6))));
        assertEquals(Optional.empty(), DecisionRules.silencing(List.of(mute), next, "any.example", Map.of(),
                T0.plus(Duration.ofDays(7))));
        Alert pair = Alert.builder().id("ru-kp:a2").kind(AlertKind.ALERT).watchId("ru-kp")
                .watchType(WatchType.COUNTRY_PAIR).severity(Severity.MEDIUM).articleId("a2").url("https://x.example/")
                .title("t").reason("r").quote("q").entities(List.of()).countries(List.of("RU", "KP"))
                .correlationId("c").build();
        assertEquals("KP,RU", DecisionRules.subject(pair));
        Decision pairMute = new Decision("ru-kp:a0", "ru-kp", "a0", "x.example", Decision.Action.MUTE, "KP,RU", "",
                T0, T0.plus(Duration.ofDays(1)), "k1/1");
        assertTrue(DecisionRules.silencing(List.of(pairMute), pair, "x.example", Map.of(), T0).isPresent());
    }

    @Test
    void wordsAndSitesAreKeptFolded() {
        assertEquals("ashot mkrtychev", Decision.fold("  Ashot \n MKRTYCHEV "));
        assertEquals(Set.of("ashot mkrtychev", "mkrtychev"), new Decision("a", "w", "a", "s",
                Decision.Action.CONFIRMED, "e", "mkrtychev|ashot mkrtychev", T0, null, "h").wordSet());
        assertEquals("www.example.com", DecisionRules.site("https://WWW.Example.com/a?b"));
        assertEquals("", DecisionRules.site("not a url"));
    }
}
