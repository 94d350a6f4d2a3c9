package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.EntityBuilder;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the US Consolidated Screening List as the International Trade Administration publishes it
 * ({@code consolidated.csv}: a header row of 29 columns, one record per row, several values of a field joined by
 * {@code "; "}). The CSL gathers eleven lists of three departments; each keeps its own list id, made from the code in
 * the record's {@code source} ("Entity List (EL) - Bureau of Industry and Security" is {@code us-csl-el}, the Denied
 * Persons List {@code us-csl-dpl}, ITAR Debarred {@code us-csl-dtc}, …), with the record's {@code _id}.
 *
 * <p>The SDN rows are OFAC's own entries, which the CSL republishes: they take OFAC's id ({@code ofac-sdn:35096} for
 * PUTIN, Vladimir Vladimirovich), so the SDN list loaded beside the CSL is one entry per entity, not two. Rows of
 * Treasury's other lists (SSI, PLC, CMIC, CAPTA, NS-MBS, FSE) keep their list id with OFAC's entity number
 * ({@code us-csl-ssi:18725}) and name the entry of OFAC's consolidated list they are ({@code ofac-cons:18725},
 * {@link EntityDetails#LISTED_AS}). A record a list gives twice (one CAPTA record in the May 2022 file) is one entry.
 *
 * <p>Types: Individual, Entity, Vessel, Aircraft; the lists of Commerce and State leave the type empty, read as an
 * organisation. Countries come from the ISO codes that end each address and from nationalities and citizenships;
 * identifiers from {@code ids} ("CN, 91110000MA005UCQ5P, Unified Social Credit Code (USCC)"), of the kinds OFAC's
 * remarks carry; IMO numbers from "IMO 8898831, Vessel Registration Identification".
 */
public final class UsCslCsv {
    /** The id prefix of every list of the CSL but the SDN list. */
    public static final String PREFIX = "us-csl-";
    private static final List<String> REQUIRED = List.of("_id", "source", "entity_number", "type", "programs",
            "name", "addresses", "alt_names", "ids");
    /** "Entity List (EL) - Bureau of Industry and Security": the list's code, and the department after the dash. */
    private static final Pattern SOURCE = Pattern.compile(".*\\(([^()]+)\\)[^()]*?-\\s*(.+)");
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");

    /**
     * What the file held.
     *
     * @param list    the entries
     * @param records the records of each list, by list id, as the file counts them ({@code us-csl-el} 2,001, …)
     */
    public record Result(Watchlist list, Map<String, Integer> records) {}

    private final Countries countries;

    public UsCslCsv(Countries countries) {
        this.countries = countries;
    }

    /**
     * Reads the file; {@code file} names it in errors.
     *
     * <p>Example: the May 2022 file gives 14,160 records, {@code ofac-sdn} 10,026 and {@code us-csl-el} 2,001 of them.
     */
    public Result read(Reader in, String file) {
        Map<String, Integer> column = new HashMap<>();
        Map<String, EntityBuilder> entries = new LinkedHashMap<>();
        Map<String, Integer> records = new TreeMap<>();
        CsvRecords.read(in, file, row -> {
            List<String> f = row.fields();
            if (column.isEmpty()) {
                for (int i = 0; i < f.size(); i++) {
                    column.put(f.get(i).replace("\uFEFF", "").strip(), i);
                }
                for (String name : REQUIRED) {
                    if (!column.containsKey(name)) {
                        throw new ListFormatException(file, row.line(), "no '" + name + "' column: not the US "
                                + "Consolidated Screening List");
                    }
                }
                return;
            }
            if (f.size() != column.size()) {
                throw new ListFormatException(file, row.line(), "expected " + column.size() + " columns, found "
                        + f.size());
            }
            Row r = new Row(f, column);
            String list = listId(r.get("source"), file, row.line());
            String number = r.get("entity_number");
            String key = number.isEmpty() ? r.get("_id") : number;
            if (key.isEmpty()) {
                throw new ListFormatException(file, row.line(), "a record without _id");
            }
            String name = r.get("name");
            if (name.isEmpty()) {
                throw new ListFormatException(file, row.line(), "a record without a name");
            }
            records.merge(list, 1, Integer::sum);
            String id = list + ":" + key;
            EntityBuilder b = entries.computeIfAbsent(id, EntityBuilder::new);
            if (!number.isEmpty() && !list.equals("ofac-sdn")) {
                b.identifier(new EntityDetails.Identifier(EntityDetails.LISTED_AS, "ofac-cons:" + number, ""));
            }
            read(r, b, name);
        });
        if (column.isEmpty()) {
            throw new ListFormatException(file, 0, "empty: no header row");
        }
        List<sanctionswatch.lists.Entity> list = new ArrayList<>(entries.size());
        entries.values().forEach(b -> list.add(b.build()));
        return new Result(new Watchlist(list), Map.copyOf(records));
    }

    /** One record's fields, by column name; an absent column is empty. */
    private record Row(List<String> fields, Map<String, Integer> column) {
        String get(String name) {
            Integer i = column.get(name);
            return i == null ? "" : fields.get(i).strip();
        }

        List<String> all(String name) {
            List<String> out = new ArrayList<>();
            for (String v : get(name).split("; ")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
            return out;
        }
    }

    /**
     * The list id of a record's {@code source}: "Entity List (EL) - Bureau of Industry and Security" is
     * {@code us-csl-el}, "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department" {@code us-csl-ns-mbs},
     * "Specially Designated Nationals (SDN) - Treasury Department" OFAC's own {@code ofac-sdn}.
     */
    static String listId(String source, String file, long line) {
        Matcher m = SOURCE.matcher(source);
        if (!m.matches()) {
            throw new ListFormatException(file, line, "source '" + source + "' names no list code in brackets");
        }
        String code = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+list$", "")
                .replaceAll("[^a-z0-9]+", "-");
        return code.equals("sdn") ? "ofac-sdn" : PREFIX + code;
    }

    private void read(Row r, EntityBuilder b, String name) {
        b.name(name);
        b.type(switch (r.get("type").toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityType.PERSON;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> EntityType.ORGANISATION;
        });
        for (String alias : r.all("alt_names")) {
            // The Entity List writes its last alias as prose: "…; and JSC 140 Repair Plant".
            String written = alias.startsWith("and ") ? alias.substring(4).strip() : alias;
            if (!written.isEmpty()) {
                b.aliasOnce(new Alias(written, Alias.Kind.AKA, false));
            }
        }
        r.all("programs").forEach(b::program);
        for (String address : r.all("addresses")) {
            // "19 Luysi Chalovskoy St., Borisov, 222512, BY": the country's code ends the address.
            String last = address.substring(address.lastIndexOf(',') + 1).strip();
            code(last, EntityDetails.Role.ADDRESS, b, true);
        }
        r.all("nationalities").forEach(c -> code(c, EntityDetails.Role.NATIONALITY, b, true));
        r.all("citizenships").forEach(c -> code(c, EntityDetails.Role.CITIZENSHIP, b, true));
        for (String place : r.all("places_of_birth")) {
            countries.codeForName(place.substring(place.lastIndexOf(',') + 1).strip())
                    .ifPresent(c -> b.country(c, EntityDetails.Role.BIRTH, false));
        }
        r.all("dates_of_birth").forEach(b::birthDate);
        String flag = r.get("vessel_flag");
        if (!flag.isEmpty()) {
            countries.codeForName(flag).ifPresent(c -> b.country(c, EntityDetails.Role.FLAG, false));
        }
        String callSign = r.get("call_sign");
        if (!callSign.isEmpty()) {
            b.identifier(new EntityDetails.Identifier("Call Sign", callSign, ""));
        }
        for (String item : r.all("ids")) {
            identifier(item, b);
        }
        b.remark(r.get("remarks"));
    }

    /**
     * One item of {@code ids}: "[country, ][dates, ]number, type" ("JO, 2014-08-30, 2009-08-31, K475336, Passport";
     * "1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL, Digital Currency Address - XBT"). Items of other kinds ("Male, Gender",
     * "www.90zavod.ru, Website") are no identifier.
     */
    private void identifier(String item, EntityBuilder b) {
        String[] parts = item.split(", ");
        if (parts.length < 2) {
            return;
        }
        String type = parts[parts.length - 1].strip();
        String number = parts[parts.length - 2].strip();
        if (type.equals("Vessel Registration Identification")) {
            Matcher imo = OfacRemarks.IMO.matcher(number);
            if (imo.find()) {
                b.imoNumber(imo.group(1));
            }
            return;
        }
        if (!OfacRemarks.identifierType(type) || number.isEmpty()) {
            return;
        }
        String country = parts.length > 2 && ISO.matcher(parts[0].strip()).matches()
                && countries.byCode(parts[0].strip()).isPresent() ? parts[0].strip() : "";
        b.identifier(new EntityDetails.Identifier(type, number, country));
    }

    private void code(String code, EntityDetails.Role role, EntityBuilder b, boolean listed) {
        if (ISO.matcher(code).matches() && countries.byCode(code).isPresent()) {
            b.country(code, role, listed);
        }
    }
}
