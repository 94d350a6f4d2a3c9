package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
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
import java.util.Optional;

/**
 * Reads the UK's consolidated list of financial sanctions targets as HM Treasury's OFSI published it ({@code
 * ConList.csv}): a {@code Last Updated} line, a header line, then one row per name, the rows of one target sharing a
 * {@code Group ID}. {@code Name 6} is the family name, {@code Name 1}…{@code Name 5} the others; {@code Alias Type}
 * tells the primary name from aliases and {@code Alias Quality} "Low" marks a weak one. Ids are
 * {@code uk-ofsi:<Group ID>}. Columns are found by their header, so a column added later does not break reading; a
 * missing one the reader needs is an error.
 */
public final class UkConListCsv {
    public static final String SOURCE = "uk-ofsi";
    private static final List<String> REQUIRED = List.of("Name 6", "Name 1", "Group Type", "Alias Type", "Group ID");

    private final Countries countries;

    public UkConListCsv(Countries countries) {
        this.countries = countries;
    }

    public Watchlist read(Reader in, String file) {
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<String, Integer> column = new HashMap<>();
        CsvRecords.read(in, file, row -> {
            List<String> f = row.fields();
            if (column.isEmpty()) {
                // A byte-order mark may open the file.
                if (f.size() > 1 && f.get(0).replace("\uFEFF", "").strip().equalsIgnoreCase("Last Updated")) {
                    return;
                }
                for (int i = 0; i < f.size(); i++) {
                    column.put(f.get(i).replace("\uFEFF", "").strip(), i);
                }
                for (String name : REQUIRED) {
                    if (!column.containsKey(name)) {
                        throw new ListFormatException(file, row.line(), "no '" + name + "' column: not an OFSI "
                                + "consolidated list");
                    }
                }
                return;
            }
            if (f.size() == 1 && f.get(0).isBlank()) {
                return;
            }
            if (f.size() < column.size()) {
                throw new ListFormatException(file, row.line(), "expected " + column.size() + " columns, found "
                        + f.size());
            }
            String group = value(f, column, "Group ID");
            if (group == null) {
                throw new ListFormatException(file, row.line(), "no Group ID");
            }
            Target t = targets.computeIfAbsent(group, g -> new Target(SOURCE + ":" + g));
            t.read(f, column, file, row.line());
        });
        if (column.isEmpty()) {
            throw new ListFormatException(file, 0, "empty: no header line");
        }
        List<Entity> list = new ArrayList<>(targets.size());
        targets.values().forEach(t -> list.add(t.b.build()));
        return new Watchlist(list);
    }

    private static String value(List<String> f, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= f.size()) {
            return null;
        }
        String v = f.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    /** The rows of one Group ID. */
    private final class Target {
        final EntityBuilder b;
        long firstLine;

        Target(String id) {
            b = new EntityBuilder(id);
        }

        void read(List<String> f, Map<String, Integer> column, String file, long line) {
            if (firstLine == 0) {
                firstLine = line;
            }
            String groupType = String.valueOf(value(f, column, "Group Type")).toLowerCase(Locale.ROOT);
            b.type(switch (groupType) {
                case "individual" -> EntityType.PERSON;
                case "entity" -> EntityType.ORGANISATION;
                case "ship" -> EntityType.VESSEL;
                default -> throw new ListFormatException(file, line, "unknown Group Type '" + groupType + "'");
            });
            String family = value(f, column, "Name 6");
            List<String> given = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                String part = value(f, column, "Name " + n);
                if (part != null) {
                    given.add(part);
                }
            }
            if (family == null && given.isEmpty()) {
                throw new ListFormatException(file, line, "a row without a name");
            }
            // Written as OFAC writes people, "FAMILY, Given"; an entity's whole name is in Name 6.
            String name = family == null ? String.join(" ", given)
                    : given.isEmpty() ? family : family + ", " + String.join(" ", given);
            if (b.type() == EntityType.PERSON && family != null && !given.isEmpty()) {
                b.nameParts(new EntityDetails.NameParts(name, given.get(0),
                        String.join(" ", given.subList(1, given.size())), family));
            }
            String aliasType = String.valueOf(value(f, column, "Alias Type")).toLowerCase(Locale.ROOT);
            // "Prime Alias" in the pre-2022 layout (27 Apr 2020), "Primary name" after.
            if ((aliasType.equals("primary name") || aliasType.equals("prime alias")) && b.name() == null) {
                b.name(name);
            } else {
                boolean weak = "low".equalsIgnoreCase(value(f, column, "Alias Quality"));
                b.aliasOnce(new Alias(name, aliasType.startsWith("fka") || aliasType.contains("former")
                        ? Alias.Kind.FKA : Alias.Kind.AKA, weak));
            }
            b.program(value(f, column, "Regime"));
            country(value(f, column, "Country"), EntityDetails.Role.ADDRESS, true);
            country(value(f, column, "Nationality"), EntityDetails.Role.NATIONALITY, true);
            country(value(f, column, "Country of Birth"), EntityDetails.Role.BIRTH, false);
            String dob = value(f, column, "DOB");
            if (dob != null) {
                date(dob).ifPresent(b::birthDate);
            }
            String passport = value(f, column, "Passport Number");
            if (passport != null) {
                b.identifier(new EntityDetails.Identifier("Passport", passport, ""));
            }
            String national = value(f, column, "National Identification Number");
            if (national != null) {
                b.identifier(new EntityDetails.Identifier("National ID No.", national, ""));
            }
            String other = value(f, column, "Other Information");
            if (other != null && !b.hasRemarks()) {
                b.remark(other);
            }
        }

        private void country(String name, EntityDetails.Role role, boolean listed) {
            if (name == null) {
                return;
            }
            // A cell may name several: "(1) Russia (2) Ukraine".
            for (String part : name.split("\\(\\d+\\)")) {
                countries.codeForName(part.strip()).ifPresent(code -> b.country(code, role, listed));
            }
        }
    }

    /** "07/05/1966" → 1966-05-07; "00/00/1966" → 1966; "00/05/1966" → 1966-05. */
    static Optional<String> date(String dmy) {
        String[] p = dmy.strip().split("/");
        if (p.length != 3 || !p[2].matches("\\d{4}")) {
            return Optional.empty();
        }
        if (p[1].equals("00") || p[1].isEmpty()) {
            return Optional.of(p[2]);
        }
        String ym = p[2] + "-" + (p[1].length() == 1 ? "0" : "") + p[1];
        return Optional.of(p[0].equals("00") || p[0].isEmpty() ? ym
                : ym + "-" + (p[0].length() == 1 ? "0" : "") + p[0]);
    }
}
