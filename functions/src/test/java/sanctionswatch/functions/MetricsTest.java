package sanctionswatch.functions;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import sanctionswatch.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The embedded-metric-format line CloudWatch reads. */
class MetricsTest {
    @Test
    void oneDocumentDeclaresEachMetricWithItsUnitAndCarriesItsValue() {
        JsonNode doc = Json.mapper().valueToTree(new Metrics("ScanArticleFunction").count("ArticlesScanned", 3)
                .count("AlertsSent", 1).millis("ScanTime", 42).document(1_700_000_000_000L));
        JsonNode directive = doc.get("_aws").get("CloudWatchMetrics").get(0);
        assertEquals(1_700_000_000_000L, doc.get("_aws").get("Timestamp").asLong());
        assertEquals("SanctionsWatch", directive.get("Namespace").asText());
        assertEquals("[[\"Function\"]]", directive.get("Dimensions").toString());
        assertEquals("[{\"Name\":\"ArticlesScanned\",\"Unit\":\"Count\"},{\"Name\":\"AlertsSent\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"ScanTime\",\"Unit\":\"Milliseconds\"}]", directive.get("Metrics").toString());
        assertEquals("ScanArticleFunction", doc.get("Function").asText());
        assertEquals(3, doc.get("ArticlesScanned").asInt());
        assertEquals(42, doc.get("ScanTime").asInt());
    }
}
