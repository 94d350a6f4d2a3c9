package sanctionswatch.scan;

import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;
import sanctionswatch.text.Digests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A labelled corpus: JSON lines of {@link LabelledText}, split in two halves by publisher so that the rules are tuned
 * on one and judged on the other. A publisher's texts share a house style (datelines, how it writes names, which
 * stories it copies), so texts of one publisher on both sides would let the test half reward fitting that style.
 *
 * <p>A line reads {@code {"id":"ru-en-07","url":"https://…","publisher":"reuters.com","language":"en",
 * "category":"russia","text":"…","entities":[{"id":"ofac-sdn:35096","surface":"Putin"}],"countries":["RU"]}};
 * {@code entities} may also be plain ids ({@code ["ofac-sdn:35096"]}), as the hand-written corpus writes them.
 */
public final class Corpus {
    private Corpus() {}

    /** The half a text is in. */
    public enum Half {
        /** The texts the rules and thresholds may be chosen on. */
        DEV,
        /** The texts the figures are reported on; never looked at to choose a rule. */
        TEST;

        /**
         * The half of a publisher's texts, from the digest of its name: fixed for every publisher, whatever else the
         * corpus holds, so that a text added later never moves an earlier one across. {@code half("reuters.com")}
         * is the same on every machine and in every version of the corpus.
         */
        public static Half of(String publisher) {
            return (Character.digit(Digests.sha256(publisher, 1).charAt(0), 16) & 1) == 0 ? DEV : TEST;
        }
    }

    /**
     * The texts of a corpus, in file order. A line that is not a labelled text is refused with its number
     * ({@code IllegalArgumentException}: "line 12: no text"); blank lines are skipped; ids must be unique.
     */
    public static List<LabelledText> read(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        List<LabelledText> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNumber = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            LabelledText t;
            try {
                t = parse(Json.mapper().readTree(line));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + firstLine(e.getMessage()), e);
            }
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("line " + lineNumber + ": id " + t.id() + " used twice");
            }
            out.add(t);
        }
        return out;
    }

    private static LabelledText parse(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String text = required(n, "text");
        Map<String, String> entities = new LinkedHashMap<>();
        for (JsonNode e : array(n, "entities")) {
            if (e.isTextual()) {
                entities.put(e.asText(), "");
                continue;
            }
            String id = required(e, "id");
            String surface = e.path("surface").asText("");
            if (!surface.isEmpty() && !text.contains(surface)) {
                throw new IllegalArgumentException("surface \"" + surface + "\" of " + id + " is not in the text");
            }
            entities.put(id, surface);
        }
        Set<String> countries = new TreeSet<>();
        for (JsonNode c : array(n, "countries")) {
            countries.add(c.asText());
        }
        return new LabelledText(required(n, "id"), n.path("url").asText(""), n.path("publisher").asText(""),
                n.path("language").asText("en"), n.path("category").asText(n.path("kind").asText("")), text,
                entities, countries);
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
        return v.asText();
    }

    private static JsonNode array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("no " + field + " array");
        }
        return v;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a labelled text";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
