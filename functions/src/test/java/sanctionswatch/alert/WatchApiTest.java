package sanctionswatch.alert;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sanctionswatch.country.Countries;
import sanctionswatch.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WatchApiTest {
    private final WatchApi api = new WatchApi(new InMemoryAlerts(), Countries.bundled());

    private static String error(WatchApi.Response r) throws Exception {
        return Json.mapper().readTree(r.body()).get("error").asText();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"country-pair\",\"first\":\"RU\",\"second\":\"XX\"}|unknown country code XX",
            "{\"type\":\"country-pair\",\"first\":\"RU\",\"second\":\"ru\"}|a country pair needs two different countries, not RU twice",
            "{\"type\":\"country-pair\",\"first\":\"Russia\",\"second\":\"KP\"}|a country pair is two ISO alpha-2 codes, e.g. RU,KP",
            "{\"type\":\"country-pair\",\"first\":\"RU\",\"second\":\"KP\",\"scope\":\"planet\"}|scope is sentence, paragraph or article, not 'planet'",
            "{\"type\":\"name\",\"name\":\"  \"}|\"name\" is required and not empty",
            "{\"type\":\"name\"}|\"name\" is required and not empty",
            "{\"type\":\"entity\",\"entityId\":\"41736\"}|a list entry id looks like ofac-sdn:41736, not '41736'",
            "{\"type\":\"colour\"}|unknown type 'colour': country-pair, entity or name",
            "{\"first\":\"RU\"}|\"type\" is required: country-pair, entity or name",
            "{\"type\":\"name\",\"name\":\"X\",\"id\":\"Not An Id\"}|a watch id is 1 to 64 lower-case letters, digits and hyphens, not 'Not An Id'",
            "not json|the body is not JSON",
            "[1,2]|the body is a JSON object: {\"type\": \"country-pair\", \"first\": \"RU\", \"second\": \"KP\"}, {\"type\": \"entity\", \"entityId\": \"ofac-sdn:41736\"} or {\"type\": \"name\", \"name\": \"Ashot Mkrtychev\"}"})
    void invalidWatchesAreRefusedWithTheReason(String body, String message) throws Exception {
        WatchApi.Response r = api.handle("POST", "/watches", body);
        assertEquals(400, r.status(), r.body());
        assertEquals(message, error(r));
    }

    @Test
    void createListGetDelete() throws Exception {
        WatchApi.Response created = api.handle("POST", "/watches",
                "{\"type\":\"country-pair\",\"first\":\"cn\",\"second\":\"KP\",\"scope\":\"sentence\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("{\"id\":\"cn-kp\",\"type\":\"country-pair\",\"first\":\"CN\",\"second\":\"KP\",\"scope\":\"sentence\"}",
                created.body());
        assertEquals(409, api.handle("POST", "/watches", "{\"type\":\"name\",\"name\":\"X\",\"id\":\"cn-kp\"}").status());
        assertEquals(201, api.handle("POST", "/watches/", "{\"type\":\"entity\",\"entityId\":\"ofac-sdn:27307\",\"id\":\"lazarus\"}").status());

        JsonNode list = Json.mapper().readTree(api.handle("GET", "/watches", null).body()).get("watches");
        assertEquals(3, list.size(), list.toString());
        assertEquals("ru-kp", list.get(0).get("id").asText(), "the default watch is there");

        assertEquals(200, api.handle("GET", "/watches/lazarus", null).status());
        assertEquals(204, api.handle("DELETE", "/watches/lazarus", null).status());
        WatchApi.Response gone = api.handle("GET", "/watches/lazarus", null);
        assertEquals(404, gone.status());
        assertEquals("no watch lazarus", error(gone));
        assertEquals(404, api.handle("DELETE", "/watches/lazarus", null).status());
        assertEquals(405, api.handle("PUT", "/watches", "{}").status());
        assertEquals(404, api.handle("GET", "/elsewhere", null).status());
    }
}
