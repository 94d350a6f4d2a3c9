package sanctionswatch.lists.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import sanctionswatch.json.Json;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityBuilder;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        int skipped = apply(in, file, byId);
        return new Result(new Watchlist(byId.values()), skipped);
    }

    /**
     * A full version and the delta files published after it, applied in the order given: OpenSanctions publishes a
     * collection whole ({@code entities.ftm.json}) and, between full versions, what each run changed
     * ({@code <version>/entities.delta.json}: ADD, MOD, DEL).
     *
     * <p>Example: the yente fixture's 7 {@code eu_fsf} entities, then four deltas of the {@code sanctions}
     * collection of 27–28 May 2024, give the 7 and the persons and organisations the deltas add.
     */
    public Result read(Path full, List<Path> deltas) throws IOException {
        Map<String, Entity> byId = new LinkedHashMap<>();
        int skipped = 0;
        for (Path p : concat(full, deltas)) {
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                skipped += apply(in, p.toString(), byId);
            }
        }
        return new Result(new Watchlist(byId.values()), skipped);
    }

    private static List<Path> concat(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Applies the lines of one file to {@code byId}; the records of other schemata it skipped. */
    private int apply(BufferedReader in, String file, Map<String, Entity> byId) {
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
                    node = Json.mapper().readTree(line);
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
        return skipped;
    }

    private static Entity entity(String id, EntityType type, JsonNode e, String file, long line) {
        JsonNode p = e.path("properties");
        List<String> names = strings(p, "name");
        String primary = names.isEmpty() ? e.path("caption").asText("") : names.get(0);
        if (primary.isBlank()) {
            throw new ListFormatException(file, line, "entity " + id + " has no name");
        }
        EntityBuilder b = new EntityBuilder(id).type(type).name(primary);
        for (String n : names.subList(Math.min(1, names.size()), names.size())) {
            b.alias(new Alias(n, Alias.Kind.AKA, false));
        }
        strings(p, "alias").forEach(n -> b.alias(new Alias(n, Alias.Kind.AKA, false)));
        strings(p, "previousName").forEach(n -> b.alias(new Alias(n, Alias.Kind.FKA, false)));
        strings(p, "weakAlias").forEach(n -> b.alias(new Alias(n, Alias.Kind.AKA, true)));
        for (Map.Entry<String, EntityDetails.Role> key : ROLES.entrySet()) {
            for (String c : strings(p, key.getKey())) {
                if (c.length() == 2) {
                    b.country(c.toUpperCase(Locale.ROOT), key.getValue(), true);
                }
            }
        }
        IDENTIFIERS.forEach((key, label) -> strings(p, key).forEach(v -> b.identifier(
                new EntityDetails.Identifier(label, v, ""))));
        List<String> given = strings(p, "firstName");
        List<String> family = strings(p, "lastName");
        List<String> middle = strings(p, "middleName");
        middle.addAll(strings(p, "fatherName"));
        // FtM keeps each part's values apart (often one per script) without pairing them: parts only when unambiguous.
        if (given.size() <= 1 && family.size() <= 1 && middle.size() <= 1 && given.size() + family.size() > 0) {
            b.nameParts(new EntityDetails.NameParts(primary, String.join("", given), String.join("", middle),
                    String.join("", family)));
        }
        strings(p, "birthDate").forEach(b::birthDate);
        b.remark(String.join(" ", strings(p, "notes")));
        e.path("datasets").forEach(d -> b.program(d.asText()));
        strings(p, "imoNumber").forEach(b::imoNumber);
        return b.build();
    }

    /** FtM's country properties and what each says the country is to the entity. */
    private static final Map<String, EntityDetails.Role> ROLES = new LinkedHashMap<>(Map.of(
            "nationality", EntityDetails.Role.NATIONALITY, "citizenship", EntityDetails.Role.CITIZENSHIP,
            "country", EntityDetails.Role.OTHER, "jurisdiction", EntityDetails.Role.REGISTRATION,
            "flag", EntityDetails.Role.FLAG, "birthCountry", EntityDetails.Role.BIRTH));

    /** FtM's identifier properties, by the name a reader gives them. */
    private static final Map<String, String> IDENTIFIERS = new LinkedHashMap<>(Map.of(
            "passportNumber", "Passport", "idNumber", "National ID No.", "taxNumber", "Tax ID No.",
            "registrationNumber", "Registration Number", "callSign", "Call Sign", "mmsi", "MMSI",
            "swiftBic", "SWIFT/BIC", "innCode", "INN", "ogrnCode", "OGRN", "leiCode", "LEI"));

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
