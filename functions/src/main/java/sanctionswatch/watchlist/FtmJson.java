package sanctionswatch.watchlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads OpenSanctions entities in the FollowTheMoney format, one JSON object per line: {@code Person},
 * {@code Organization}, {@code Company}, {@code LegalEntity}, {@code PublicBody}, {@code Vessel} and {@code Airplane}
 * with {@code name} (the first is the primary name, the others aliases), {@code alias}, {@code weakAlias} (weak),
 * {@code previousName} (fka), {@code country}/{@code nationality}/{@code citizenship}, {@code imoNumber}. Other
 * schemata (addresses, sanctions, relations) are skipped and counted. Delta lines ({@code {"op":"ADD"|"MOD"|"DEL",
 * "entity":…}}) are applied in order. Ids are {@code opensanctions:<id>}; the programmes are the entity's datasets.
 */
public final class FtmJson {
    public static final String SOURCE = "opensanctions";

    private static final Map<String, EntityType> SCHEMATA = Map.of("Person", EntityType.PERSON,
            "Organization", EntityType.ORGANISATION, "Company", EntityType.ORGANISATION,
            "LegalEntity", EntityType.ORGANISATION, "PublicBody", EntityType.ORGANISATION,
            "Vessel", EntityType.VESSEL, "Airplane", EntityType.AIRCRAFT);

    /** What a file held: the entries, and how many records of other schemata were skipped. */
    public record Result(Watchlist list, int skipped) {}

    /** Reads every line of {@code in}; {@code file} names it in errors. */
    public Result read(BufferedReader in, String file) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        int skipped = 0;
        long lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new ListFormatException(file, lineNo, "not JSON: " + e.getOriginalMessage());
                }
                String op = node.path("op").asText("ADD");
                JsonNode entity = node.has("op") ? node.get("entity") : node;
                if (entity == null || !entity.hasNonNull("id")) {
                    throw new ListFormatException(file, lineNo, "an entity without an id");
                }
                String id = SOURCE + ":" + entity.get("id").asText();
                if (op.equals("DEL")) {
                    byId.remove(id);
                    continue;
                }
                if (!op.equals("ADD") && !op.equals("MOD")) {
                    throw new ListFormatException(file, lineNo, "unknown op '" + op + "'");
                }
                EntityType type = SCHEMATA.get(entity.path("schema").asText());
                if (type == null) {
                    skipped++;
                    continue;
                }
                byId.put(id, entity(id, type, entity, file, lineNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(new Watchlist(byId.values()), skipped);
    }

    private static Entity entity(String id, EntityType type, JsonNode e, String file, long line) {
        JsonNode p = e.path("properties");
        List<String> names = strings(p, "name");
        String primary = names.isEmpty() ? e.path("caption").asText("") : names.get(0);
        if (primary.isBlank()) {
            throw new ListFormatException(file, line, "entity " + id + " has no name");
        }
        List<Alias> aliases = new ArrayList<>();
        for (String n : names.subList(Math.min(1, names.size()), names.size())) {
            aliases.add(new Alias(n, Alias.Kind.AKA, false));
        }
        strings(p, "alias").forEach(n -> aliases.add(new Alias(n, Alias.Kind.AKA, false)));
        strings(p, "previousName").forEach(n -> aliases.add(new Alias(n, Alias.Kind.FKA, false)));
        strings(p, "weakAlias").forEach(n -> aliases.add(new Alias(n, Alias.Kind.AKA, true)));
        Set<String> countries = new LinkedHashSet<>();
        for (String key : List.of("nationality", "citizenship", "country", "jurisdiction")) {
            for (String c : strings(p, key)) {
                if (c.length() == 2) {
                    countries.add(c.toUpperCase(Locale.ROOT));
                }
            }
        }
        List<String> datasets = new ArrayList<>();
        e.path("datasets").forEach(d -> datasets.add(d.asText()));
        return new Entity(id, type, primary, aliases, datasets, List.copyOf(countries), strings(p, "imoNumber"));
    }

    private static List<String> strings(JsonNode properties, String key) {
        List<String> out = new ArrayList<>();
        properties.path(key).forEach(v -> {
            String s = v.asText().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        });
        return out;
    }
}
