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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OFAC's Enhanced XML publication ({@code SDN_ENHANCED.XML}, {@code CONS_ENHANCED.XML}: root
 * {@code <sanctionsData>}, then {@code <entities>} of {@code <entity id>} with {@code generalInfo/entityType},
 * {@code sanctionsPrograms}, {@code names/name} (primary or an alias of its {@code aliasType}, low quality read as
 * weak; each name's primary translation written "LAST, First" in {@code formattedFullName}), {@code addresses} with
 * their country, {@code features} (birth date, place of birth, nationality and citizenship, SWIFT/BIC, IMO and other
 * identifiers) and {@code identityDocuments}). Ids are {@code <source>:<entity id>}, the entity number of OFAC's other
 * formats: {@code ofac-cons:9639} is HANIYA, Ismail Abdul Salah on the consolidated list of 10 Jan 2025.
 */
public final class OfacEnhancedXml {
    private final String source;
    private final Countries countries;

    /** @param source the id prefix: {@code ofac-sdn}, or {@code ofac-cons} for the consolidated list */
    public OfacEnhancedXml(String source, Countries countries) {
        this.source = source;
        this.countries = countries;
    }

    public Watchlist read(InputStream in, String file) {
        List<Entity> entities = new ArrayList<>();
        ListXml.read(in, file, "sanctionsData", "an OFAC Enhanced XML list", (x, name) -> {
            if (name.equals("entity")) {
                entities.add(entity(x, file));
            }
        });
        return new Watchlist(entities);
    }

    /** One name as read: the primary translation's parts, and what the name is to the entry. */
    private static final class Name {
        boolean primary;
        boolean weak;
        String aliasType;
        String full;
        String first;
        String last;
        boolean translationPrimary;
    }

    private Entity entity(XMLStreamReader x, String file) throws XMLStreamException {
        long startLine = ListXml.line(x);
        String id = ListXml.attribute(x, "id");
        if (id == null) {
            throw new ListFormatException(file, startLine, "<entity> without id");
        }
        EntityBuilder b = new EntityBuilder(source + ":" + id);
        String entityType = null;
        List<Name> names = new ArrayList<>();
        Name current = null;
        String[] feature = new String[2];
        String[] document = new String[3];
        Deque<String> path = new ArrayDeque<>();
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (path.isEmpty()) {
                    break;
                }
                path.pop();
                switch (tag) {
                    case "feature" -> feature(feature[0], feature[1], b);
                    case "identityDocument" -> {
                        if (document[1] != null) {
                            String country = document[2] == null ? ""
                                    : countries.codeForName(document[2]).orElse("");
                            b.identifier(new EntityDetails.Identifier(document[0] == null ? "Identification"
                                    : document[0], document[1], country));
                        }
                    }
                    default -> { }
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = x.getLocalName();
            String parent = path.peek();
            switch (tag) {
                case "entityType" -> entityType = ListXml.text(x);
                case "sanctionsProgram" -> b.program(ListXml.text(x));
                case "isPrimary" -> {
                    boolean yes = "true".equals(ListXml.text(x));
                    if ("name".equals(parent) && current != null) {
                        current.primary = yes;
                    } else if ("translation".equals(parent) && current != null) {
                        current.translationPrimary = yes;
                    }
                }
                case "aliasType" -> {
                    String v = ListXml.text(x);
                    if (current != null) {
                        current.aliasType = v;
                    }
                }
                case "isLowQuality" -> {
                    boolean yes = "true".equals(ListXml.text(x));
                    if (current != null) {
                        current.weak = yes;
                    }
                }
                case "formattedFullName", "formattedFirstName", "formattedLastName" -> {
                    String v = ListXml.text(x);
                    // A name's primary translation is its Latin one; others (Cyrillic, Chinese) follow it.
                    if (current != null && current.translationPrimary && current.full == null) {
                        switch (tag) {
                            case "formattedFullName" -> current.full = v;
                            case "formattedFirstName" -> current.first = v;
                            default -> current.last = v;
                        }
                    }
                }
                case "country" -> {
                    String v = ListXml.text(x);
                    if ("address".equals(parent) && v != null) {
                        countries.codeForName(v).ifPresent(c -> b.country(c, EntityDetails.Role.ADDRESS, true));
                    }
                }
                case "remarks" -> {
                    String v = ListXml.text(x);
                    if (path.size() == 0) {
                        b.remark(v);
                    }
                }
                case "type" -> {
                    String v = ListXml.text(x);
                    if ("feature".equals(parent)) {
                        feature[0] = v;
                    } else if ("identityDocument".equals(parent)) {
                        document[0] = v;
                    }
                }
                case "value" -> {
                    String v = ListXml.text(x);
                    if ("feature".equals(parent)) {
                        feature[1] = v;
                    }
                }
                case "documentNumber" -> document[1] = ListXml.text(x);
                case "issuingCountry" -> document[2] = ListXml.text(x);
                default -> {
                    path.push(tag);
                    switch (tag) {
                        case "name" -> {
                            if ("names".equals(parent)) {
                                current = new Name();
                                names.add(current);
                            }
                        }
                        case "translation" -> {
                            if (current != null) {
                                current.translationPrimary = false;
                            }
                        }
                        case "names" -> current = null;
                        case "feature" -> feature = new String[2];
                        case "identityDocument" -> document = new String[3];
                        case "addresses", "features", "identityDocuments" -> current = null;
                        default -> { }
                    }
                }
            }
        }
        for (Name n : names) {
            if (n.full == null) {
                continue;
            }
            if (n.primary && b.name() == null) {
                b.name(n.full);
            } else {
                String kind = n.aliasType == null ? "" : n.aliasType.toLowerCase(Locale.ROOT);
                b.alias(new Alias(n.full, kind.startsWith("f.k.a") ? Alias.Kind.FKA
                        : kind.startsWith("n.k.a") ? Alias.Kind.NKA : Alias.Kind.AKA, n.weak));
            }
            if (n.first != null && n.last != null) {
                b.nameParts(new EntityDetails.NameParts(n.full, n.first, "", n.last));
            }
        }
        if (b.name() == null) {
            throw new ListFormatException(file, startLine, "<entity id=\"" + id + "\"> has no primary name");
        }
        b.type(switch (String.valueOf(entityType).toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityType.PERSON;
            case "entity" -> EntityType.ORGANISATION;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> throw new ListFormatException(file, startLine, "<entity id=\"" + id + "\">: unknown entityType '"
                    + entityType + "'");
        });
        return b.build();
    }

    /** A feature: "Birthdate" 1962, "Nationality Country" Russia, "SWIFT/BIC" CKLBCNBJ, … */
    private void feature(String type, String value, EntityBuilder b) {
        if (type == null || value == null) {
            return;
        }
        switch (type) {
            case "Birthdate" -> OfacRemarks.date(value).ifPresent(b::birthDate);
            case "Place of Birth" -> countries.codeForName(value.substring(value.lastIndexOf(',') + 1).strip())
                    .ifPresent(c -> b.country(c, EntityDetails.Role.BIRTH, false));
            case "Nationality Country" -> countries.codeForName(value)
                    .ifPresent(c -> b.country(c, EntityDetails.Role.NATIONALITY, true));
            case "Citizenship Country" -> countries.codeForName(value)
                    .ifPresent(c -> b.country(c, EntityDetails.Role.CITIZENSHIP, true));
            case "Nationality of Registration" -> countries.codeForName(value)
                    .ifPresent(c -> b.country(c, EntityDetails.Role.REGISTRATION, false));
            case "Vessel Flag" -> countries.codeForName(value)
                    .ifPresent(c -> b.country(c, EntityDetails.Role.FLAG, false));
            case "Vessel Call Sign" -> b.identifier(new EntityDetails.Identifier("Call Sign", value, ""));
            case "Vessel Registration Identification" -> {
                Matcher imo = OfacRemarks.IMO.matcher(value);
                if (imo.find()) {
                    b.imoNumber(imo.group(1));
                }
            }
            default -> {
                if (OfacRemarks.identifierType(type)) {
                    b.identifier(new EntityDetails.Identifier(type, value, ""));
                }
            }
        }
    }
}
