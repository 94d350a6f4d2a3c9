package sanctionswatch.alert;

import sanctionswatch.json.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON document machine subscribers receive for an alert; its schema is in the README. */
public final class AlertMessages {
    public static final int VERSION = 1;

    private AlertMessages() {}

    public static String toJson(Alert a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", VERSION);
        doc.put("alertId", a.id());
        doc.put("watchId", a.watchId());
        doc.put("watchType", a.watchType());
        doc.put("reason", a.reason());
        doc.put("quote", a.quote());
        doc.put("article", Map.of("id", a.articleId(), "url", a.url(), "title", a.title() == null ? "" : a.title()));
        doc.put("entityIds", a.entityIds());
        doc.put("countries", a.countries());
        return Json.write(doc);
    }

    /** A subject line: under 100 characters, no line breaks. */
    public static String subject(Alert a) {
        String s = ("sanctions-watch: " + a.reason()).replaceAll("[\\r\\n]+", " ");
        return s.length() < 100 ? s : s.substring(0, 98) + "…";
    }
}
