package sanctionswatch.alert;

import org.junit.jupiter.api.Test;
import sanctionswatch.article.TextSource;
import sanctionswatch.json.Json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enums and the one mapping of a watch's fields write exactly what the stored items, the JSON documents and the
 * SNS attributes held when these were strings, so stored watches and alerts, subscribers' filter policies and the
 * watches file read as before.
 */
class WireFormatTest {
    @Test
    void theEnumsAreWrittenAsTheStringsTheyReplace() {
        assertEquals(List.of("alert", "retro", "digest"),
                Arrays.stream(AlertKind.values()).map(AlertKind::wire).toList());
        assertEquals(List.of("high", "medium", "low"), Arrays.stream(Severity.values()).map(Severity::wire).toList());
        assertEquals(List.of("name", "entity", "country-pair"),
                Arrays.stream(WatchType.values()).map(WatchType::wire).toList());
        assertEquals(List.of("page", "summary", "file"),
                Arrays.stream(TextSource.values()).map(TextSource::wire).toList());
        // In a log line or any map written whole, and read back from what was written.
        assertEquals("{\"type\":\"country-pair\"}", Json.write(Map.of("type", WatchType.COUNTRY_PAIR)));
        assertEquals("\"summary\"", Json.write(TextSource.SUMMARY));
        assertEquals(WatchType.COUNTRY_PAIR, WatchType.of("country-pair"));
        assertEquals(AlertKind.RETRO, AlertKind.of("retro"));
        assertEquals(Severity.LOW, Severity.of("low"));
        assertEquals(TextSource.PAGE, TextSource.of("page"));
    }

    @Test
    void anAlertDocumentKeepsItsFieldsAndReadsBackAsTheSameAlert() {
        Alert alert = Alert.builder().id("am:a1").kind(AlertKind.RETRO).watch(new NameWatch("am", "Ashot Mkrtychev"))
                .severity(Severity.HIGH).articleId("a1").url("https://news.example/1").title("Arms")
                .reason("newly listed: MKRTYCHEV, Ashot").quote("«Ashot Mkrtychev» brokered")
                .entities(List.of(new Alert.AlertEntity("ofac-sdn:41736", "MKRTYCHEV, Ashot", List.of("DPRK"),
                        "Ashot Mkrtychev", "reordered")))
                .countries(List.of("KP")).correlationId("c1").build();
        String json = AlertMessages.toJson(alert);
        for (String field : List.of("\"kind\":\"retro\"", "\"watchType\":\"name\"", "\"severity\":\"high\"")) {
            assertTrue(json.contains(field), json);
        }
        assertEquals(alert, AlertMessages.fromJson(json));
    }

    @Test
    void aWatchsFieldsAreTheTablesAndTheResourcesAndReadBack() {
        Map<Watch, Map<String, String>> cases = Map.of(
                new NameWatch("am", "Ashot Mkrtychev"), Map.of("type", "name", "name", "Ashot Mkrtychev"),
                new EntityWatch("entity-ofac-sdn-41736", "ofac-sdn:41736"),
                Map.of("type", "entity", "entityId", "ofac-sdn:41736"),
                Watches.RU_KP, Map.of("type", "country-pair", "first", "RU", "second", "KP", "scope", "paragraph"));
        cases.forEach((watch, fields) -> {
            assertEquals(fields, WatchFields.of(watch));
            assertEquals(watch, WatchFields.watch(watch.id(), fields::get));
            assertEquals(watch, WatchApi.fromJson(Json.mapper().valueToTree(WatchApi.toJson(watch))));
        });
    }
}
