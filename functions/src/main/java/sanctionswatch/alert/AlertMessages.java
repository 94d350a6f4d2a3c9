package sanctionswatch.alert;

import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What subscribers receive: one SNS message per alert with {@code MessageStructure=json}, a text for each kind of
 * subscriber: e-mail (read in five seconds), SMS (under 160 characters) and, for machines (SQS, HTTP, Lambda), the
 * versioned JSON document whose schema is {@code docs/alert-message.schema.json}.
 */
public final class AlertMessages {
    public static final int VERSION = 1;
    public static final int SMS_LIMIT = 159;
    /** The least of an SMS kept for the watch and what matched when a link goes with it. */
    static final int SMS_HEAD = 40;

    private AlertMessages() {}

    /** The {@code MessageStructure=json} message: a text per protocol. */
    public static String structure(Alert a) {
        return structure(a, null);
    }

    /**
     * The same, each text carrying the alert's review link where it fits ({@code reviewUrl}; null for none): the
     * e-mail and the JSON document always, the SMS when the link leaves room for what matched.
     */
    public static String structure(Alert a, String reviewUrl) {
        String document = toJson(a, reviewUrl);
        Map<String, String> byProtocol = new LinkedHashMap<>();
        byProtocol.put("default", email(a, reviewUrl));
        byProtocol.put("email", email(a, reviewUrl));
        byProtocol.put("sms", sms(a, reviewUrl));
        for (String machine : List.of("sqs", "lambda", "http", "https", "firehose", "application")) {
            byProtocol.put(machine, document);
        }
        return Json.write(byProtocol);
    }

    /** The versioned JSON document. */
    public static String toJson(Alert a) {
        return toJson(a, null);
    }

    /** The same with {@code reviewUrl}, the signed link to the alert's review page, when there is one. */
    public static String toJson(Alert a, String reviewUrl) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", VERSION);
        doc.put("kind", a.kind().wire());
        doc.put("alertId", a.id());
        doc.put("watchId", a.watchId());
        doc.put("watchType", a.watchType().wire());
        doc.put("severity", a.severity().wire());
        doc.put("reason", a.reason());
        doc.put("quote", a.quote());
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", a.articleId());
        article.put("url", a.url());
        article.put("title", a.title() == null ? "" : a.title());
        doc.put("article", article);
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Alert.AlertEntity e : a.entities()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", e.id());
            j.put("name", e.name());
            j.put("list", e.list());
            j.put("programs", e.programs());
            j.put("matched", e.matched());
            j.put("rule", e.rule());
            j.put("link", e.link());
            entities.add(j);
        }
        doc.put("entities", entities);
        doc.put("entityIds", a.entityIds());
        doc.put("countries", a.countries());
        doc.put("correlationId", a.correlationId());
        if (reviewUrl != null) {
            doc.put("reviewUrl", reviewUrl);
        }
        return Json.write(doc);
    }

    /** The alert a document of {@link #toJson} stands for. */
    public static Alert fromJson(String json) {
        try {
            JsonNode d = Json.mapper().readTree(json);
            List<Alert.AlertEntity> entities = new ArrayList<>();
            for (JsonNode e : d.get("entities")) {
                entities.add(new Alert.AlertEntity(e.get("id").asText(), e.get("name").asText(), strings(e.get("programs")),
                        e.get("matched").asText(), e.get("rule").asText()));
            }
            JsonNode article = d.get("article");
            return Alert.builder().id(d.get("alertId").asText()).kind(AlertKind.of(d.get("kind").asText()))
                    .watchId(d.get("watchId").asText()).watchType(WatchType.of(d.get("watchType").asText()))
                    .severity(Severity.of(d.get("severity").asText())).articleId(article.get("id").asText())
                    .url(article.get("url").asText()).title(article.get("title").asText())
                    .reason(d.get("reason").asText()).quote(d.get("quote").asText()).entities(entities)
                    .countries(strings(d.get("countries"))).correlationId(d.get("correlationId").asText()).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException("not an alert document: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** A subject line: under 100 characters, no line breaks. */
    public static String subject(Alert a) {
        String s = oneLine("sanctions-watch: " + a.reason());
        return s.length() < 100 ? s : s.substring(0, 98) + "…";
    }

    /** Plain text a person reads in five seconds: what matched, where, in which article, why. */
    public static String email(Alert a) {
        return email(a, null);
    }

    /** The same, with the review link under the first line when there is one. */
    public static String email(Alert a, String reviewUrl) {
        StringBuilder b = new StringBuilder();
        b.append(a.kind() == AlertKind.DIGEST ? "Digest of watch " : "Watch ").append(a.watchId()).append(": ")
                .append(a.reason()).append(".\n\n");
        if (reviewUrl != null) {
            b.append(a.kind() == AlertKind.DIGEST ? "Review them (each alert linked to its page):\n"
                    : "Review it (the text marked, the list entries, your decision):\n").append(reviewUrl).append("\n\n");
        }
        if (a.kind() == AlertKind.DIGEST) {
            b.append("The articles:\n").append(a.quote().indent(2)).append('\n');
        } else {
            b.append("  “").append(a.quote()).append("”\n\n");
            b.append("Article: ").append(a.title() == null || a.title().isBlank() ? "(no title)" : a.title())
                    .append('\n').append(a.url()).append("\n\n");
        }
        for (Alert.AlertEntity e : a.entities()) {
            if (e.rule().equals("digest")) {
                continue;
            }
            b.append("On the list: ").append(e.name()).append(" — ").append(e.list());
            if (!e.programs().isEmpty()) {
                b.append(", programme").append(e.programs().size() > 1 ? "s " : " ")
                        .append(String.join(", ", e.programs()));
            }
            b.append(" (").append(e.id()).append("), written “").append(e.matched()).append("” (")
                    .append(e.rule()).append(")\n");
            if (e.link() != null) {
                b.append(e.link()).append('\n');
            }
            b.append('\n');
        }
        b.append("Why: your watch ").append(a.watchId()).append(" (").append(a.watchType())
                .append(") matched; severity ").append(a.severity()).append(".\n");
        b.append("Alert ").append(a.id()).append('\n');
        return b.toString();
    }

    /** At most 159 characters: the watch, what matched and, when it fits, the link. */
    public static String sms(Alert a) {
        return sms(a, null);
    }

    /**
     * The same, with the review link in place of the article's when it leaves at least {@link #SMS_HEAD} characters
     * for what matched: a review link on a custom domain fits, the API's own address with its signature seldom does.
     */
    public static String sms(Alert a, String reviewUrl) {
        String head = "SW " + a.watchId() + ": " + oneLine(a.reason());
        if (reviewUrl != null && reviewUrl.length() <= SMS_LIMIT - 1 - SMS_HEAD) {
            return clip(head, SMS_LIMIT - reviewUrl.length() - 1) + " " + reviewUrl;
        }
        String url = a.url() == null ? "" : a.url();
        if (!url.isEmpty() && url.length() <= 90) {
            int room = SMS_LIMIT - url.length() - 1;
            return clip(head, room) + " " + url;
        }
        return clip(head, SMS_LIMIT);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
