package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityBuilder;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UK Sanctions List the FCDO publishes ({@code UK_Sanctions_List.xml}: root {@code <Designations>}, then
 * {@code <Designation>} with {@code UniqueID}, {@code OFSIGroupID}, {@code UNReferenceNumber}, {@code Names/Name}
 * ({@code Name1}…{@code Name6}, {@code NameType} "Primary Name", "Primary name variation" or "Alias",
 * {@code AliasStrength}), {@code NonLatinNames}, {@code RegimeName}, {@code IndividualEntityShip},
 * {@code OtherInformation}, {@code Addresses/Address/AddressCountry}, and a person's {@code DOB}, {@code Nationality},
 * {@code CountryOfBirth}, {@code PassportNumber} and {@code NationalIdentifierNumber}, a ship's {@code IMONumber}).
 * Since 28 Jan 2026 the UK publishes its designations only here, no longer in OFSI's ConList.
 *
 * <p>Ids are {@code uk:<UniqueID>} ({@code uk:RUS0251}); names are written as OFSI's ConList writes them, "FAMILY,
 * Given" ({@code Name6} the family name); an alias of "Low quality" is weak. Each designation names its OFSI group
 * ({@code uk-ofsi:<OFSIGroupID>}) and UN reference ({@code un-sc:<UNReferenceNumber>}) as
 * {@link EntityDetails#LISTED_AS}, so the same target on the ConList or the UN list is linked to it.
 */
public final class UkSanctionsListXml {
    public static final String SOURCE = "uk";
    /** "9305609" or "IMO 9305609": the seven digits. */
    private static final Pattern IMO = Pattern.compile("\\b(\\d{7})\\b");

    private final Countries countries;

    public UkSanctionsListXml(Countries countries) {
        this.countries = countries;
    }

    public Watchlist read(InputStream in, String file) {
        List<Entity> entities = new ArrayList<>();
        ListXml.read(in, file, "Designations", "the UK Sanctions List", (x, name) -> {
            if (name.equals("Designation")) {
                entities.add(designation(x, file));
            }
        });
        return new Watchlist(entities);
    }

    private Entity designation(XMLStreamReader x, String file) throws XMLStreamException {
        long startLine = ListXml.line(x);
        // The designation's own fields, and each name's, by element name.
        Map<String, List<String>> fields = new HashMap<>();
        List<Map<String, String>> names = new ArrayList<>();
        Map<String, String> name = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("Designation")) {
                    break;
                }
                if (tag.equals("Name")) {
                    name = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = x.getLocalName();
            if (tag.equals("Name")) {
                name = new HashMap<>();
                names.add(name);
                continue;
            }
            if (!leaf(tag)) {
                continue;
            }
            String v = ListXml.text(x);
            if (v == null) {
                continue;
            }
            if (name != null) {
                name.put(tag, v);
            } else {
                fields.computeIfAbsent(tag, k -> new ArrayList<>()).add(v);
            }
        }
        String uniqueId = first(fields, "UniqueID");
        if (uniqueId == null) {
            throw new ListFormatException(file, startLine, "<Designation> without UniqueID");
        }
        EntityBuilder b = new EntityBuilder(SOURCE + ":" + uniqueId);
        String kind = String.valueOf(first(fields, "IndividualEntityShip")).toLowerCase(Locale.ROOT);
        b.type(switch (kind) {
            case "individual" -> EntityType.PERSON;
            case "entity" -> EntityType.ORGANISATION;
            case "ship" -> EntityType.VESSEL;
            default -> throw new ListFormatException(file, startLine, "<Designation> " + uniqueId
                    + ": unknown IndividualEntityShip '" + first(fields, "IndividualEntityShip") + "'");
        });
        for (Map<String, String> n : names) {
            name(n, b);
        }
        if (b.name() == null && b.aliases().isEmpty()) {
            throw new ListFormatException(file, startLine, "<Designation> " + uniqueId + " has no name");
        }
        fields.getOrDefault("NameNonLatinScript", List.of()).forEach(n -> b.alias(new Alias(n, Alias.Kind.AKA,
                false)));
        fields.getOrDefault("RegimeName", List.of()).forEach(b::program);
        fields.getOrDefault("AddressCountry", List.of()).forEach(c -> country(c, EntityDetails.Role.ADDRESS, true, b));
        fields.getOrDefault("Nationality", List.of()).forEach(c -> country(c, EntityDetails.Role.NATIONALITY, true,
                b));
        fields.getOrDefault("CountryOfBirth", List.of()).forEach(c -> country(c, EntityDetails.Role.BIRTH, false, b));
        fields.getOrDefault("DOB", List.of()).forEach(d -> UkConListCsv.date(d).ifPresent(b::birthDate));
        fields.getOrDefault("PassportNumber", List.of()).forEach(p -> b.identifier(
                new EntityDetails.Identifier("Passport", p, "")));
        fields.getOrDefault("NationalIdentifierNumber", List.of()).forEach(p -> b.identifier(
                new EntityDetails.Identifier("National ID No.", p, "")));
        for (String imo : fields.getOrDefault("IMONumber", List.of())) {
            Matcher m = IMO.matcher(imo);
            if (m.find()) {
                b.imoNumber(m.group(1));
            }
        }
        String group = first(fields, "OFSIGroupID");
        if (group != null) {
            b.identifier(new EntityDetails.Identifier(EntityDetails.LISTED_AS, UkConListCsv.SOURCE + ":" + group, ""));
        }
        String un = first(fields, "UNReferenceNumber");
        if (un != null) {
            b.identifier(new EntityDetails.Identifier(EntityDetails.LISTED_AS, UnScXml.SOURCE + ":" + un, ""));
        }
        b.remark(first(fields, "OtherInformation"));
        return b.build();
    }

    /** One {@code <Name>}: "FAMILY, Given" of Name6 and Name1…Name5; an entity's whole name is in Name6. */
    private static void name(Map<String, String> n, EntityBuilder b) {
        String family = n.get("Name6");
        List<String> given = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String part = n.get("Name" + i);
            if (part != null) {
                given.add(part);
            }
        }
        if (family == null && given.isEmpty()) {
            return;
        }
        String written = family == null ? String.join(" ", given)
                : given.isEmpty() ? family : family + ", " + String.join(" ", given);
        if (b.type() == EntityType.PERSON && family != null && !given.isEmpty()) {
            b.nameParts(new EntityDetails.NameParts(written, given.get(0),
                    String.join(" ", given.subList(1, given.size())), family));
        }
        String type = String.valueOf(n.get("NameType")).toLowerCase(Locale.ROOT);
        if (type.equals("primary name") && b.name() == null) {
            b.name(written);
        } else {
            boolean weak = String.valueOf(n.get("AliasStrength")).toLowerCase(Locale.ROOT).startsWith("low");
            b.aliasOnce(new Alias(written, Alias.Kind.AKA, weak));
        }
    }

    /** The elements whose text this reads; the others hold elements, or say nothing the entry needs. */
    private static boolean leaf(String tag) {
        return switch (tag) {
            case "UniqueID", "OFSIGroupID", "UNReferenceNumber", "Name1", "Name2", "Name3", "Name4", "Name5", "Name6",
                 "NameType", "AliasStrength", "NameNonLatinScript", "RegimeName", "IndividualEntityShip",
                 "OtherInformation", "AddressCountry", "Nationality", "CountryOfBirth", "DOB", "PassportNumber",
                 "NationalIdentifierNumber", "IMONumber" -> true;
            default -> false;
        };
    }

    private static String first(Map<String, List<String>> fields, String tag) {
        List<String> v = fields.get(tag);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private void country(String name, EntityDetails.Role role, boolean listed, EntityBuilder b) {
        countries.codeForName(name).ifPresent(code -> b.country(code, role, listed));
    }
}
